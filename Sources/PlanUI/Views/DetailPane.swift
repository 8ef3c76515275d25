import PlanCore

/// The detail pane: the selected record's page, wrapped, with its selectable lines.
enum DetailPane {
    /// Draws `lines`; `layout` is them wrapped to the pane's width when the caller kept it.
    static func draw(_ screen: inout Screen, _ s: AppState, _ lines: [DetailLine], _ r: Rect, focused: Bool,
                     layout kept: DetailLayout? = nil) {
        guard r.width > 2, r.height > 0 else { return }
        let layout = kept ?? DetailLayout(lines, width: r.width - 2)
        if lines.isEmpty {
            screen.put("Select a row to see its details.", x: r.x + 1, y: r.y, role: .dim, maxX: r.maxX)
            return
        }
        let overflow = layout.lines.count > r.height
        let height = overflow ? r.height - 1 : r.height
        let scroll = max(0, min(s.detailScroll, max(0, layout.lines.count - height)))
        for (k, p) in layout.lines[scroll..<min(layout.lines.count, scroll + height)].enumerated() {
            let y = r.y + k
            let isCursor = focused && p.logical == s.detailCursor && lines[p.logical].selectable
            if isCursor { screen.fill(Rect(x: r.x, y: y, width: r.width, height: 1), role: .selection) }
            var x = r.x + 1
            for span in p.spans {
                x = screen.put(span.text, x: x, y: y, role: isCursor && !span.role.isStatusColour ? .selection : span.role,
                               maxX: r.maxX - 1, italic: span.italic)
            }
        }
        if overflow {
            let g = s.charset.glyphs
            let end = min(layout.lines.count, scroll + height)
            let more = (scroll > 0 ? g.arrowUp : " ") + (end < layout.lines.count ? g.arrowDown : " ")
                + " lines \(scroll + 1)–\(end) of \(layout.lines.count)" + (focused ? "" : " · Tab or Enter to read on")
            screen.put(more, x: r.maxX - TextWidth.width(of: more) - 1, y: r.maxY - 1, role: .dim)
        }
    }
}
