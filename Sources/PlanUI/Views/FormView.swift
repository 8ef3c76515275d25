import PlanCore

/// A form: a box over the content area, a label and value per field, the reason a value was
/// refused under its field, and the field's help.
enum FormView {
    static func draw(_ screen: inout Screen, _ s: AppState, _ f: FormState, in area: Rect) {
        let box = Rect(x: area.x, y: area.y, width: area.width, height: area.height)
        screen.fill(box, role: .dialog)
        screen.box(box, role: .dialogBorder, title: f.title, titleRole: .dialogTitle)
        let schema = f.kind.schema
        let inner = box.inset(1)
        let labelWidth = min(24, max(12, (f.visible.map { TextWidth.width(of: schema.fields[$0].label) }.max() ?? 10) + 3))
        let valueX = inner.x + labelWidth + 2
        let valueWidth = max(8, inner.maxX - valueX - 1)
        // A refusal's reason, wrapped under its field so it is read whole.
        func errorLines(_ i: Int) -> [String] {
            f.errors[i].map { Layout.wrap("! " + $0, width: max(8, inner.maxX - valueX)) } ?? []
        }
        // Each field takes one line, more when it is being edited over several lines or has an error.
        var blocks: [(field: Int, lines: Int)] = []
        for (pos, i) in f.visible.enumerated() {
            let focused = pos == f.focus
            var n = 1
            if focused && f.editingArea { n = max(3, min(inner.height - 4, FieldWindow.wrap(f.buffer, width: valueWidth).rows.count + 1)) }
            n += errorLines(i).count
            blocks.append((i, n))
        }
        let available = inner.height - 2
        var first = 0
        // Keep the focused field in view.
        var used = blocks[0...f.focus].reduce(0) { $0 + $1.lines }
        while used > available && first < f.focus {
            used -= blocks[first].lines
            first += 1
        }
        var y = inner.y
        var last = first
        for pos in first..<blocks.count {
            let (i, n) = blocks[pos]
            guard y + n <= inner.y + available else { break }
            last = pos
            let spec = schema.fields[i]
            let focused = pos == f.focus
            let label = spec.label + (spec.required ? " *" : "")
            screen.putPadded(label, x: inner.x + 1, y: y, width: labelWidth, role: focused ? .strong : .label)
            let value = focused ? f.buffer.text : f.values[i]
            let role: Role = focused ? .inputFocus : .input
            if focused && f.editingArea {
                drawArea(&screen, f.buffer, x: valueX, y: y, width: valueWidth, height: n - errorLines(i).count)
            } else {
                var shown = spec.display(value, in: s.editable)
                // Records are named, never shown by id ("SCEB – Safer Communities…", not "csp").
                if case .references = spec.kind {} else if spec.kind.isMultiline { shown = firstLine(shown, value: value) }
                if case .choice = spec.kind, focused { shown = "‹ " + shown + " ›" }
                if case .bool = spec.kind, focused { shown = "‹ " + shown + " ›" }
                if shown.isEmpty && !focused { shown = spec.kind.isMultiline ? "(empty — Enter to write)" : "" }
                let blank = spec.blankMeans.flatMap { means in value.trimmingSpaces().isEmpty ? means(context(f, s)) : nil }
                let meaning = spec.describe?(value, context(f, s)) ?? blank
                if focused, isTyped(spec.kind) {
                    drawLine(&screen, f.buffer, x: valueX, y: y, width: valueWidth, role: role)
                    if let meaning {
                        let after = valueX + TextWidth.width(of: f.buffer.text) + 1
                        if after + 4 < valueX + valueWidth {
                            screen.put("· " + meaning, x: after, y: y, role: .dim, maxX: valueX + valueWidth)
                        }
                    }
                } else if let meaning, !shown.isEmpty {
                    screen.putPadded(shown + " · " + meaning, x: valueX, y: y, width: valueWidth, role: role)
                } else if let blank, shown.isEmpty {
                    screen.putPadded(blank, x: valueX, y: y, width: valueWidth, role: .placeholder)
                } else {
                    screen.putPadded(shown, x: valueX, y: y, width: valueWidth, role: shown.hasPrefix("(empty") ? .placeholder : role)
                }
            }
            let reasons = errorLines(i)
            for (k, line) in reasons.enumerated() {
                screen.put(line, x: valueX, y: y + n - reasons.count + k, role: .error, maxX: inner.maxX)
            }
            y += n
        }
        // The focused field's help, and what the form is for.
        let spec = schema.fields[f.fieldIndex]
        var help = spec.help
        switch spec.kind {
        case .choice, .bool: help = (help.isEmpty ? "" : help + " · ") + "Left/Right or Space to change, Enter for the list"
        case .reference, .references: help = (help.isEmpty ? "" : help + " · ") + "Enter to choose"
        case .longText, .list:
            help = f.editingArea ? "Writing: Enter for a new line, Esc when done, Ctrl-E for $EDITOR"
                : (spec.kind == .list ? "One item per line. " : "") + "Enter or type to write, Ctrl-E for $EDITOR"
        default: break
        }
        screen.put(Layout.truncate(help, to: inner.width - 2), x: inner.x + 1, y: inner.maxY - 1, role: .dim)
        if first > 0 { screen.put(s.charset.glyphs.arrowUp + " more", x: inner.maxX - 7, y: inner.y, role: .dim) }
        let below = blocks.count - 1 - last
        if below > 0 {
            let more = "\(s.charset.glyphs.arrowDown) \(below) more field\(below == 1 ? "" : "s")"
            screen.put(more, x: inner.maxX - TextWidth.width(of: more) - 1, y: inner.maxY - 2, role: .dim)
        }
    }

    static func isTyped(_ kind: FieldKind) -> Bool {
        switch kind {
        case .choice, .bool, .reference, .references, .longText, .list: return false
        default: return true
        }
    }

    static func firstLine(_ display: String, value: String) -> String {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: true)
        guard let first = lines.first else { return "" }
        let shown = display.contains("; ") && !display.contains("\n") ? display : String(first)
        return lines.count > 1 && !display.contains("; ") ? shown + "  (+\(lines.count - 1) more line\(lines.count == 2 ? "" : "s"))" : shown
    }

    /// What a field's description sees: the form's current values by key.
    static func context(_ f: FormState, _ s: AppState) -> FieldContext {
        let fields = f.kind.schema.fields
        var byKey: [String: String] = [:]
        for (i, v) in f.currentValues.enumerated() where i < fields.count { byKey[fields[i].key] = v }
        return FieldContext(values: byKey, parent: f.parent ?? f.ref?.parent, workspace: s.editable)
    }

    /// A one-line field with the cursor, scrolled sideways to keep it in view: ‹ and › mark text
    /// cut off at either end.
    static func drawLine(_ screen: inout Screen, _ buffer: TextBuffer, x: Int, y: Int, width: Int, role: Role) {
        let slice = FieldWindow.slice(buffer.chars, cursor: buffer.cursor, width: width)
        screen.putPadded("", x: x, y: y, width: width, role: role)
        let textX = x + (slice.cutLeft ? 1 : 0)
        if slice.cutLeft { screen.put("‹", x: x, y: y, role: .dim) }
        screen.put(String(buffer.chars[slice.start..<slice.end]), x: textX, y: y, role: role,
                   maxX: x + width - (slice.cutRight ? 1 : 0))
        if slice.cutRight { screen.put("›", x: x + width - 1, y: y, role: .dim) }
        let before = String(buffer.chars[slice.start..<max(slice.start, buffer.cursor)])
        screen.cursor = Point(x: min(x + width - 1, textX + TextWidth.width(of: before)), y: y)
    }

    /// A multi-line text box with the cursor: lines wrap at spaces, the rows scroll to keep the cursor in view.
    static func drawArea(_ screen: inout Screen, _ buffer: TextBuffer, x: Int, y: Int, width: Int, height: Int) {
        let wrapped = FieldWindow.wrap(buffer, width: width)
        let top = max(0, wrapped.cursorRow - height + 1)
        for k in 0..<height {
            screen.fill(Rect(x: x, y: y + k, width: width, height: 1), role: .inputFocus)
            let row = top + k
            guard row < wrapped.rows.count else { continue }
            screen.put(wrapped.rows[row], x: x, y: y + k, role: .inputFocus, maxX: x + width)
            if row == wrapped.cursorRow {
                screen.cursor = Point(x: min(x + width - 1, x + wrapped.cursorColumn), y: y + k)
            }
        }
    }
}
