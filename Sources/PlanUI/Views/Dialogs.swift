import PlanCore

/// Questions, menus and pickers drawn over the screen.
enum Dialogs {
    static func centered(_ width: Int, _ height: Int, in area: Rect) -> Rect {
        let w = min(area.width - 2, width), h = min(area.height, height)
        return Rect(x: area.x + (area.width - w) / 2, y: area.y + max(0, (area.height - h) / 3), width: w, height: h)
    }

    static func confirm(_ screen: inout Screen, _ c: ConfirmState, in area: Rect) {
        let width = min(area.width - 2, max(40, (c.lines.map { TextWidth.width(of: $0) }.max() ?? 30) + 4))
        let wrapped = c.lines.flatMap { Layout.wrap($0, width: width - 4) }
        let box = centered(width, wrapped.count + 4, in: area)
        screen.fill(box, role: .dialog)
        screen.box(box, role: .dialogBorder, title: c.title, titleRole: .dialogTitle)
        for (i, l) in wrapped.enumerated() where box.y + 1 + i < box.maxY - 2 {
            screen.put(l, x: box.x + 2, y: box.y + 1 + i, role: .dialog, maxX: box.maxX - 1)
        }
        screen.put("y yes   n no", x: box.x + 2, y: box.maxY - 2, role: .keyName, maxX: box.maxX - 1)
    }

    static func menu(_ screen: inout Screen, _ m: MenuState, in area: Rect) {
        let width = min(area.width - 2, max(30, (m.items.map { TextWidth.width(of: $0.label) }.max() ?? 20) + 6))
        let box = centered(width, m.items.count + 2, in: area)
        screen.fill(box, role: .dialog)
        screen.box(box, role: .dialogBorder, title: m.title, titleRole: .dialogTitle)
        let visible = box.height - 2
        let top = max(0, m.cursor - visible + 1)
        for (k, item) in m.items.enumerated() where k >= top && k - top < visible {
            let y = box.y + 1 + k - top
            screen.putPadded(" " + item.label, x: box.x + 1, y: y, width: box.width - 2, role: k == m.cursor ? .selection : .dialog)
        }
    }

    static func picker(_ screen: inout Screen, _ p: PickerState, in area: Rect) {
        let options = p.visibleOptions
        let width = min(area.width - 4, max(40, (p.options.map { TextWidth.width(of: $0.label) }.max() ?? 30) + 8))
        let box = centered(width, min(area.height, max(6, options.count + 4)), in: area)
        screen.fill(box, role: .dialog)
        screen.box(box, role: .dialogBorder, title: "Choose: " + p.title + (p.multiple ? " (Space ticks)" : ""),
                   titleRole: .dialogTitle)
        let filterText = "Filter: " + p.filter.text
        screen.put(filterText, x: box.x + 2, y: box.y + 1, role: .input, maxX: box.maxX - 1)
        let visible = box.height - 3
        let top = max(0, p.cursor - visible + 1)
        for (k, option) in options.enumerated() where k >= top && k - top < visible {
            let y = box.y + 2 + k - top
            let tick = p.multiple ? (p.chosen.contains(option.value) ? "[x] " : "[ ] ") : (p.chosen.first == option.value ? "• " : "  ")
            screen.putPadded(" " + tick + option.label, x: box.x + 1, y: y, width: box.width - 2,
                             role: k == p.cursor ? .selection : .dialog)
        }
        if options.isEmpty { screen.put("Nothing matches", x: box.x + 3, y: box.y + 2, role: .dim) }
        screen.cursor = Point(x: min(box.maxX - 2, box.x + 2 + TextWidth.width(of: filterText)), y: box.y + 1)
    }
}
