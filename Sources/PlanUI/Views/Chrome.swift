import PlanCore

/// The title bar, the tabs, the status line and the key hints.
enum Chrome {
    static func title(_ screen: inout Screen, _ s: AppState, _ r: Rect) {
        screen.fill(r, role: .title)
        let ws = s.workspace
        let name = ws.partnership.shortName.isEmpty ? ws.partnership.name : ws.partnership.shortName
        var right = "as at \(s.today.display)"
        if s.isReadOnly { right = "READ-ONLY · " + right }
        if s.editingProposalIndex != nil { right = "EDITING PROPOSAL · " + right }
        if !s.unsaved.isEmpty { right = "NOT SAVED · " + right }
        let rw = TextWidth.width(of: right)
        let left = titleLeft(name: name, period: "\(ws.plan.period)", stage: ws.plan.approvalStage,
                             width: max(1, r.width - rw - 2))
        screen.put(left, x: 0, y: r.y, role: .title)
        screen.put(right, x: max(0, r.width - rw - 1), y: r.y,
                   role: s.isReadOnly || !s.unsaved.isEmpty ? .titleDim : .title)
    }

    /// The title bar's left part in `width` cells, abbreviated step by step rather than cut: the
    /// app's name goes first, then the body a stage names becomes its initials ("submitted to
    /// GO"), then the period, then that body; only then is the text cut with an ellipsis.
    static func titleLeft(name: String, period: String, stage: String, width: Int) -> String {
        let short = shortStage(stage)
        let bare = short.components(separatedBy: " to ").first ?? short
        let candidates = [" SaferPlan · \(name) · \(period) \(stage)", " \(name) · \(period) \(stage)",
                          " \(name) · \(period) \(short)", " \(name) · \(short)", " \(name) · \(bare)"]
        for c in candidates where !LongText.isLonger(c, than: width) && TextWidth.width(of: Sanitize.forDisplay(c)) <= width {
            return Sanitize.forDisplay(c)
        }
        return Layout.truncate(candidates[candidates.count - 1], to: width)
    }

    /// "submitted to Government Office" → "submitted to GO": a body of several words after "to"
    /// becomes its initials; a one-word body ("to Council") stays as it is.
    static func shortStage(_ stage: String) -> String {
        guard let range = stage.range(of: " to ") else { return stage }
        let words = stage[range.upperBound...].split(separator: " ")
        guard words.count > 1 else { return stage }
        let initials = words.compactMap { w in w.first.flatMap { $0.isUppercase ? String($0) : nil } }.joined()
        return initials.count > 1 ? String(stage[..<range.upperBound]) + initials : stage
    }

    /// Tab labels with their x positions, so clicks can find them.
    static func tabLayout(width: Int) -> [(section: PlanSection, x: Int, label: String)] {
        let longWidth = PlanSectionOrder.all.reduce(1) { total, section in
            total + TextWidth.width(of: longTitle(section)) + 3
        }
        let long = longWidth <= width
        var x = 1
        var out: [(PlanSection, Int, String)] = []
        for section in PlanSectionOrder.all {
            let title = long ? longTitle(section) : PlanSectionOrder.shortTitle(section)
            let label = "\(PlanSectionOrder.keyLabel(section)) \(title)"
            out.append((section, x, label))
            x += TextWidth.width(of: label) + 1
        }
        return out
    }

    static func longTitle(_ section: PlanSection) -> String { section.title.replacingAll(" & action plans", with: "") }

    static func tabs(_ screen: inout Screen, _ s: AppState, _ r: Rect) {
        screen.fill(r, role: .tab)
        var active: (Int, String)?
        for (section, x, label) in tabLayout(width: r.width) {
            if section == s.section { active = (x, label) }
            screen.put(label, x: x, y: r.y, role: .tab, maxX: r.width)
        }
        if let (x, label) = active { screen.put(" \(label) ", x: x - 1, y: r.y, role: .tabActive, maxX: r.width) }
    }

    static func status(_ screen: inout Screen, _ s: AppState, _ r: Rect, selectedRow: Row?, position: String?) {
        screen.fill(r, role: .statusBar)
        var maxX = r.maxX
        if let position, s.input == nil {
            let w = TextWidth.width(of: position)
            maxX = r.maxX - w - 2
            screen.put(position, x: r.maxX - w - 1, y: r.y, role: .statusBar)
        }
        if let input = s.input {
            let prefix = input.kind == .search ? "/" : ":"
            screen.put(prefix, x: 1, y: r.y, role: .statusBar)
            // A long line (an export's full path) scrolls sideways like a form's field, with ‹ › marks.
            FormView.drawLine(&screen, input.buffer, x: 2, y: r.y, width: max(4, r.width - 3), role: .statusBar)
            return
        }
        if let m = s.message {
            let role: Role = m.level == .error ? .error : m.level == .warning ? .warning : .statusBar
            let rows = MessageRows.rows(m.text, width: r.width, ellipsis: screen.glyphs.ellipsis)
            // A message that goes on to the next line takes the whole width, the position giving way.
            let width = rows.count > 1 ? r.width : max(1, maxX - r.x)
            screen.putPadded(rows.count > 1 ? rows[0] : " " + m.text, x: 0, y: r.y, width: width, role: role)
            return
        }
        var parts: [String] = []
        // The round's counter stays in view for as long as the round runs.
        if let quarter = s.updateRound {
            let waiting = s.workspace.actionsNeedingUpdate(for: quarter).count
            parts.append("Update round \(quarter): \(waiting) to go · Esc stops the round")
        }
        if !s.list.filter.isEmpty { parts.append("filter: \(s.list.filter) (Esc clears)") }
        if let row = selectedRow {
            let key = DetailKey(model: s.derived.currentKey(s), rowID: row.id, height: 0)
            parts += s.derived.notes(key) {
                let text = row.cells.map(\.text).joined(separator: " ")
                return s.derived.glossary(s).terms(in: text).prefix(4).map { "\($0.term) = \($0.meaning)" }
            }
        }
        screen.put(statusLine(parts, width: maxX, ellipsis: screen.glyphs.ellipsis), x: 0, y: r.y, role: .statusBar, maxX: maxX)
    }

    /// The status line's parts joined while they fit whole in `width`: a part that does not fit
    /// gives way with those after it, and only a first part too long on its own is cut, with "…".
    static func statusLine(_ parts: [String], width: Int, ellipsis: String) -> String {
        var line = ""
        for part in parts {
            let next = line.isEmpty ? " " + part : line + " · " + part
            if TextWidth.width(of: next) <= width {
                line = next
            } else {
                if line.isEmpty { line = Layout.truncate(" " + part, to: width, ellipsis: ellipsis) }
                break
            }
        }
        return line
    }

    /// The most useful keys for where the user is, taken from the key map.
    static func hints(_ screen: inout Screen, _ s: AppState, _ r: Rect) {
        if s.input == nil, let m = s.message {
            let rows = MessageRows.rows(m.text, width: r.width, ellipsis: screen.glyphs.ellipsis)
            if rows.count > 1 {
                let role: Role = m.level == .error ? .error : m.level == .warning ? .warning : .statusBar
                screen.putPadded(rows[1], x: 0, y: r.y, width: r.width, role: role)
                return
            }
        }
        screen.fill(r, role: .keyHint)
        let km = s.keyMap
        let pairs: [(String, String)]
        switch s.overlay {
        case .form(let f)?:
            pairs = f.editingArea
                ? [("Esc", "done"), (km.label(.save, in: .form), "save form"), (km.label(.externalEditor, in: .form), "$EDITOR")]
                : [(km.label(.nextField, in: .form), "next"), (km.label(.prevField, in: .form), "prev"),
                   ("Enter", "choose/edit"), (km.label(.save, in: .form), "save"), (km.label(.externalEditor, in: .form), "$EDITOR"),
                   (km.label(.cancel, in: .form), "cancel")]
        case .confirm?: pairs = [(km.label(.yes, in: .dialog), "yes"), (km.label(.no, in: .dialog), "no")]
        case .picker(let p, _)?:
            pairs = (p.multiple ? [(km.label(.pick, in: .picker), "tick")] : [])
                + [(km.label(.open, in: .picker), "choose"), (km.label(.complete, in: .picker), "complete"),
                   (km.label(.back, in: .picker), "back"), ("type", "to filter")]
        case .menu?: pairs = [(km.label(.open, in: .menu), "choose"), (km.label(.back, in: .menu), "close")]
        case .help?: pairs = [("Up/Down", "scroll"), ("type", "to search"), (km.label(.back, in: .help), "close")]
        case .messages?:
            pairs = [("Up/Down", "scroll"), (km.label(.undo, in: .global), "undo"), (km.label(.redo, in: .global), "redo"), ("Esc", "close")]
        case nil:
            if s.input != nil {
                pairs = [(km.label(.open, in: .input), "done"), (km.label(.back, in: .input), "cancel")]
                    + (s.input?.kind == .command ? [(km.label(.complete, in: .input), "complete")] : [])
            } else {
                // Read-only: only what works there — no add, edit, delete or undo.
                let changing: [(String, String)] = s.isReadOnly ? [] : [
                    (km.label(.add, in: .list), "add"), (km.label(.edit, in: .list), "edit"),
                    (km.label(.delete, in: .list), "del"), (km.label(.undo, in: .global), "undo")]
                pairs = [(km.label(.help, in: .global), "help"), (km.label(.search, in: .global), "search"),
                         (km.label(.commandLine, in: .global), "cmd")] + changing
                    + (!SectionActions.hasActions(s.section) ? [(km.label(.nextPane, in: .list), "pane")]
                       : [(km.label(.action, in: .list), "act")])
                    + (Sections.views(s.section).count > 1 ? [(km.label(.toggleView, in: .list), "view")] : [])
                    + [(km.label(.quit, in: .global), "quit"), (km.label(.messages, in: .global), "messages")]
            }
        }
        var x = 1
        for (k, label) in pairs where !k.isEmpty {
            let need = TextWidth.width(of: k) + TextWidth.width(of: label) + 3
            if x + need > r.width { break }
            x = screen.put(k, x: x, y: r.y, role: .keyName)
            x = screen.put(" " + label + "  ", x: x, y: r.y, role: .keyHint)
        }
    }
}

/// Finds which tab a click landed on.
public enum TabBar {
    /// The section whose tab is at column `x` of a tab bar `width` columns wide, or nil.
    public static func section(at x: Int, width: Int) -> PlanSection? {
        Chrome.tabLayout(width: width).first { x >= $0.x && x < $0.x + TextWidth.width(of: $0.label) + 1 }?.section
    }
}
