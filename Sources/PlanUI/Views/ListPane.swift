import PlanCore

/// The list, table or tree of a section.
enum ListPane {
    /// Widths for the columns that fit the pane; columns whose `minWindow` is wider than the pane
    /// are hidden (width 0).
    static func widths(_ columns: [Column], total: Int, window: Int) -> [Int] {
        var widths = columns.map { window >= $0.minWindow ? $0.width : -1 }
        let shown = widths.filter { $0 >= 0 }.count
        let fixed = widths.filter { $0 > 0 }.reduce(0, +)
        let flexible = widths.filter { $0 == 0 }.count
        let gaps = max(0, shown - 1)
        let spare = max(0, total - fixed - gaps)
        var given = 0
        for i in widths.indices where widths[i] == 0 {
            given += 1
            widths[i] = given == flexible ? spare - (spare / max(1, flexible)) * (flexible - 1) : spare / max(1, flexible)
        }
        // Narrow windows: shrink the widest fixed columns until everything fits.
        var over = widths.filter { $0 > 0 }.reduce(0, +) + gaps - total
        while over > 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 {
            widths[widest] -= 1
            over -= 1
        }
        return widths.map { max(0, $0) }
    }

    /// Widths as `widths`, then spare room shared: a flexible column keeps `flexibleFloor` cells (or
    /// its widest text, if less); beyond that, fixed columns whose text is cut grow towards their
    /// widest text — an owner's full title at 200 columns rather than 12 cells.
    static func widths(_ columns: [Column], total: Int, window: Int, natural: [Int], flexibleFloor: Int = 30) -> [Int] {
        var w = widths(columns, total: total, window: window)
        let flexible = columns.indices.filter { columns[$0].width == 0 && w[$0] > 0 }
        func keep(_ i: Int) -> Int { min(flexibleFloor, natural[i]) }
        var slack = flexible.reduce(0) { $0 + max(0, w[$1] - keep($1)) }
        for i in columns.indices where columns[i].width > 0 && w[i] > 0 && natural[i] > w[i] && slack > 0 {
            let grow = min(slack, natural[i] - w[i])
            w[i] += grow
            slack -= grow
            // Take the room from the flexible column with the most to spare.
            var owed = grow
            while owed > 0, let donor = flexible.max(by: { w[$0] - keep($0) < w[$1] - keep($1) }) {
                let give = min(owed, max(1, w[donor] - keep(donor)))
                w[donor] -= give
                owed -= give
            }
        }
        return w
    }

    /// The widest text of each column over the rows (at most the first 500, to keep drawing cheap),
    /// including the tree's indentation in the first column.
    static func naturalWidths(_ model: SectionModel, _ rows: [Row], hasTree tree: Bool) -> [Int] {
        var natural = model.columns.map { TextWidth.width(of: $0.title) }
        for row in rows.prefix(500) where row.line == nil && !(row.cells.count == 1 && model.columns.count > 1) {
            for (c, cell) in row.cells.enumerated() where c < natural.count {
                let extra = c == 0 ? 2 * row.depth + (tree || row.depth > 0 ? 2 : 0) : 0
                natural[c] = max(natural[c], TextWidth.width(of: cell.text) + extra)
            }
        }
        return natural
    }

    /// Draws the list from its kept rows: only the rows in view are laid out.
    static func draw(_ screen: inout Screen, _ s: AppState, _ listing: Listing, _ selected: Int?, _ r: Rect) {
        let model = listing.model, rows = listing.rows
        var y = r.y
        for line in model.header where y < r.maxY {
            var x = r.x + 1
            // A line too long for the pane is cut in its last span shown, which ends in "…".
            for span in line.spans {
                let room = r.maxX - x
                guard room > 0 else { break }
                let text = TextWidth.width(of: span.text) > room ? Layout.truncate(span.text, to: room, ellipsis: screen.glyphs.ellipsis) : span.text
                x = screen.put(text, x: x, y: y, role: span.role, maxX: r.maxX, italic: span.italic)
            }
            y += 1
        }
        guard y < r.maxY else { return }
        let widths = widths(model.columns, total: r.width - 2, window: r.width, natural: listing.naturalWidths)
        // A table whose columns have no titles (the dashboard's figures) has no header line.
        if model.hasColumnTitles {
            var x = r.x + 1
            for (c, col) in model.columns.enumerated() where widths[c] > 0 {
                var title = col.title
                if s.list.sortColumn == c { title += s.list.sortDescending ? " " + s.charset.glyphs.arrowDown : " " + s.charset.glyphs.arrowUp }
                screen.putPadded(title, x: x, y: y, width: widths[c], role: .header, alignRight: col.alignRight)
                x += widths[c] + 1
            }
            y += 1
        }
        let body = max(0, r.maxY - y)
        if rows.isEmpty {
            let text = s.list.filter.isEmpty ? model.empty : "Nothing matches \"\(s.list.filter)\" — Esc clears the filter"
            screen.put(text, x: r.x + 2, y: y, role: .dim, maxX: r.maxX)
            return
        }
        let scroll = selected.map { ListPane.scroll(for: $0, in: rows, from: s.list.scroll, body: body) } ?? 0
        let g = s.charset.glyphs
        for (k, row) in rows[scroll..<min(rows.count, scroll + body)].enumerated() {
            let index = scroll + k
            let isSelected = index == selected
            let rowRole: Role? = isSelected ? (s.focus == .list && !s.zoomed ? .selection : .selectionInactive) : nil
            if let rowRole { screen.fill(Rect(x: r.x, y: y + k, width: r.width, height: 1), role: rowRole) }
            var cx = r.x + 1
            if let line = row.line {
                // A drawn line (a chart row) across the width, each span in its own role.
                for span in line { cx = screen.put(span.text, x: cx, y: y + k, role: rowRole ?? span.role, maxX: r.maxX) }
                continue
            }
            // A row of one cell in a table of several (a group heading) spans the whole width.
            let spanAll = row.cells.count == 1 && widths.count > 1
            for (c, cell) in row.cells.enumerated() where c < widths.count && widths[c] > 0 {
                let width = spanAll ? r.width - 2 : widths[c]
                var text = cell.text
                if c == 0 {
                    let marker = row.expandable ? (row.expanded ? g.expanded : g.collapsed) + " " : (row.depth > 0 || listing.hasTree ? "  " : "")
                    text = String(repeating: "  ", count: row.depth) + marker + text
                }
                let mark = c == 0 && row.example && width > 8
                screen.putPadded(text, x: cx, y: y + k, width: mark ? width - 3 : width, role: rowRole ?? cell.role,
                                 alignRight: model.columns[c].alignRight, italic: cell.italic)
                if mark { screen.put(" ex", x: cx + width - 3, y: y + k, role: rowRole ?? .dim, maxX: cx + width) }
                cx += widths[c] + 1
            }
        }
    }

    /// "11–20 of 34" when the list is longer than the pane, for the pane's frame.
    static func position(_ s: AppState, _ model: SectionModel, _ rows: [Row], _ selected: Int?, _ r: Rect) -> String? {
        let body = max(0, r.height - model.headerLines - 1)
        guard rows.count > body, body > 0 else { return nil }
        let scroll = selected.map { self.scroll(for: $0, in: rows, from: s.list.scroll, body: body) } ?? 0
        return "\(scroll + 1)–\(min(rows.count, scroll + body)) of \(rows.count)"
    }

    /// The first row shown so the selected row is visible, keeping the previous scroll where it
    /// can; rows that cannot be selected (totals) after the last selectable row come into view with it.
    static func scroll(for selected: Int, in rows: [Row], from previous: Int, body: Int) -> Int {
        guard body > 0 else { return 0 }
        var scroll = previous
        let lastSelectable = rows.lastIndex { $0.selectable } ?? selected
        let end = selected == lastSelectable ? rows.count - 1 : selected
        if selected < scroll { scroll = selected }
        if end >= scroll + body { scroll = min(selected, end - body + 1) }
        return max(0, min(scroll, max(0, rows.count - body)))
    }

    static func hasTree(_ rows: [Row]) -> Bool { rows.contains { $0.expandable } }
}

extension Role {
    /// Roles whose colour carries meaning (RAG, bands), kept on the detail pane's cursor line.
    var isStatusColour: Bool {
        switch self {
        case .ragRed, .ragAmber, .ragGreen, .bandGreen, .bandYellow, .bandAmber, .bandRed, .bandOther: return true
        default: return false
        }
    }
}
