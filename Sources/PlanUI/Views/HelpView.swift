import PlanCore

/// The help text, generated from the key map so it always tells the truth.
public enum HelpContent {
    /// The help overlay's lines: every binding of `keyMap` by context, the text-editing keys, the `:`
    /// commands and the search filters.
    public static func lines(_ keyMap: KeyMap) -> [DetailLine] {
        var d = DetailBuilder()
        d.text("SaferPlan help — Esc closes. Every key below comes from the key map in use,", .strong)
        d.text("including your overrides in $XDG_CONFIG_HOME/saferplan/config.toml.", .dim)
        for context in KeyContext.allCases {
            let bindings = keyMap.bindings.filter { $0.context == context && !$0.keys.isEmpty }
            guard !bindings.isEmpty else { continue }
            d.heading(context.title)
            for b in bindings {
                let keys = b.keys.map(\.label).joined(separator: ", ")
                d.line(DetailLine([Span("  " + Layout.fit(keys, 16), .keyName), Span(" " + b.command.help),
                                   Span("  (\(b.command.rawValue))", .dim)]))
            }
        }
        d.heading("Editing text in forms")
        for (k, what) in [("Left/Right, Home/End", "move in the text"), ("Ctrl-A, Ctrl-E", "start, end of the line (one-line fields)"),
                          ("Alt-B, Alt-F", "a word back, forward"), ("Backspace, Del", "delete"),
                          ("Ctrl-U, Ctrl-K, Ctrl-W", "delete to start, to end, the word before"), ("Alt-D", "delete the word after"),
                          ("Ctrl-E", "in a text box: edit it in $VISUAL or $EDITOR"), ("Tab in a list", "complete the name typed")] {
            d.line(DetailLine([Span("  " + Layout.fit(k, 22), .keyName), Span(" " + what)]))
        }
        d.heading("Command line (:)")
        for c in ColonCommands.all {
            d.line(DetailLine([Span("  :" + c.usage, .keyName), Span("  " + c.help)]))
        }
        d.heading("Searching (/)")
        d.text("  Type words to filter the list; is:overdue, is:red, is:outside, is:noupdate, is:notsmart,")
        d.text("  owner:name and category:name filter by state. Esc clears the filter.")
        return d.lines
    }
}

extension HelpContent {
    /// The help narrowed to lines containing `search` (case ignored), each under its heading.
    public static func lines(_ keyMap: KeyMap, search: String?) -> [DetailLine] {
        let all = lines(keyMap)
        guard let search, !search.isEmpty else { return all }
        let q = search.lowercased()
        var out: [DetailLine] = [DetailLine("Help lines with \"\(search)\" — Backspace edits, Esc shows all", .strong)]
        var heading: DetailLine?
        for line in all.dropFirst(2) {
            let text = line.spans.map(\.text).joined()
            if line.spans.first?.role == .heading { heading = line; continue }
            guard text.lowercased().contains(q) else { continue }
            if let h = heading { out += [.blank, h]; heading = nil }
            out.append(line)
        }
        if out.count == 1 { out.append(DetailLine("  Nothing in the help mentions \"\(search)\".", .dim)) }
        return out
    }
}

enum HelpView {
    static func draw(_ screen: inout Screen, _ s: AppState, scroll: Int, in area: Rect) {
        let title = s.helpSearch.map { "Help — search: \($0)" } ?? "Help — type to search"
        page(&screen, title: title, lines: HelpContent.lines(s.keyMap, search: s.helpSearch), scroll: scroll, in: area)
    }

    /// A boxed page of lines, wrapped to the box and scrolled.
    static func page(_ screen: inout Screen, title: String, lines: [DetailLine], scroll: Int, in area: Rect) {
        screen.fill(area, role: .dialog)
        screen.box(area, role: .dialogBorder, title: title, titleRole: .dialogTitle)
        let inner = area.inset(1)
        let layout = DetailLayout(lines, width: inner.width - 2)
        let top = max(0, min(scroll, max(0, layout.lines.count - inner.height)))
        for (k, p) in layout.lines[top..<min(layout.lines.count, top + inner.height)].enumerated() {
            var x = inner.x + 1
            for span in p.spans { x = screen.put(span.text, x: x, y: inner.y + k, role: span.role == .normal ? .dialog : span.role, maxX: inner.maxX) }
        }
    }
}
