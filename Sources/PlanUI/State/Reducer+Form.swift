import PlanCore

extension Reducer {
    static func handleForm(_ form: FormState, _ key: Key, _ s: inout AppState) -> [Effect] {
        var f = form
        let schema = f.kind.schema
        let spec = schema.fields[f.fieldIndex]
        let command = s.keyMap.command(for: key, in: .form)
        if command == .save {
            return saveForm(f, &s)
        }
        // In a one-line field Ctrl-E is first readline's end of line; pressed at the end of the
        // line it hands the field to $EDITOR, as it does at once in the multi-line ones.
        let atEnd = f.buffer.cursor == f.buffer.chars.count
        if command == .externalEditor && (spec.kind.isMultiline || key != .ctrl("e") || atEnd) {
            f.values = f.currentValues
            s.overlay = .form(f)
            return [.editExternally(text: f.buffer.text, field: f.fieldIndex)]
        }
        if f.editingArea {
            if key == .escape {
                f.editingArea = false
            } else {
                _ = f.buffer.apply(key, multiline: true)
            }
            s.overlay = .form(f)
            return []
        }
        switch command {
        case .cancel?:
            if s.updateRound != nil && f.kind == .progressUpdate {
                s.updateRound = nil
                s.message = Message("Update round stopped: :round carries on where it left off")
            }
            if f.isDirty {
                s.overlay = .confirm(ConfirmState(title: "Discard changes?", lines: ["You have changed \(f.title).",
                                                                                     "Close the form without saving?"],
                                                  operation: .discardForm, onNo: nil))
                // "No" returns to the form: keep it to restore.
                s.pendingForm = f
            } else {
                s.overlay = nil
            }
            return []
        case .nextField? where spec.kind == .text && spec.options != nil:
            // An owner: Tab first completes a name already used, then moves on; nothing is forced.
            let names = spec.options?(s.editable).map(\.value) ?? []
            if let name = OwnerNames.completion(of: f.buffer.text, among: names) {
                f.buffer = TextBuffer(name)
                s.message = Message("\(spec.label): \(name), a name already used (Tab again moves on)")
            } else {
                moveField(&f, by: 1, &s)
            }
            s.overlay = .form(f)
            return []
        case .nextField?, .prevField?:
            let delta = command == .nextField ? 1 : -1
            moveField(&f, by: delta, &s)
            s.overlay = .form(f)
            return []
        case .pick?:
            return pick(&f, spec: spec, &s)
        default:
            break
        }
        switch spec.kind {
        case .choice where key.isPaste, .bool where key.isPaste:
            s.message = Message("\(spec.label) is chosen from a list, not typed: Enter shows it", .warning)
            return []
        case .choice, .bool:
            let options = spec.choices(in: s.editable)
            // With no options to choose from (a workspace without categories) the field takes text.
            guard !options.isEmpty else {
                _ = f.buffer.apply(key, multiline: false)
                break
            }
            if !typeAhead(key, options, spec, &f, &s) { return [] }
        case .reference, .references:
            if case .char(let c) = key {
                return openPicker(&f, spec: spec, filter: String(c), &s)
            }
            // A pasted name is looked for in the list, as if typed there.
            if case .paste(let text) = key {
                return openPicker(&f, spec: spec, filter: TextBuffer.pasted(text, multiline: false), &s)
            }
            if key == .backspace || key == .delete { f.buffer = TextBuffer("") }
        case .longText, .list:
            switch key {
            case .char, .paste:
                // Typing or pasting opens the box at its end; pasted lines are kept.
                f.editingArea = true
                f.buffer.cursor = f.buffer.chars.count
                _ = f.buffer.apply(key, multiline: true)
            default:
                _ = f.buffer.apply(key, multiline: false)
            }
        case .integer(let low, let high) where low >= 0 && high <= 9:
            // A one-digit scale (likelihood, impact): the digit typed, or the value pasted, takes the place of the one there.
            if case .char(let c) = key, c.isNumber {
                f.buffer = TextBuffer(String(c))
            } else if case .paste(let text) = key {
                f.buffer = TextBuffer(TextBuffer.pasted(text, multiline: false).trimmingSpaces())
            } else {
                _ = f.buffer.apply(key, multiline: false)
            }
        default:
            _ = f.buffer.apply(key, multiline: false)
        }
        f.errors[f.fieldIndex] = nil
        s.overlay = .form(f)
        return []
    }

    /// A key on a choice field with options: the field only ever holds one of them. Letters typed in
    /// a row select the first option whose label begins with them (the same letter again goes on to
    /// the next); a letter that fits none leaves the choice as it is and says so; arrows and space
    /// step through the options; Backspace clears the choice. Returns false when the key was refused.
    static func typeAhead(_ key: Key, _ options: [Option], _ spec: FieldSpec, _ f: inout FormState,
                          _ s: inout AppState) -> Bool {
        let current = options.firstIndex { $0.value == f.buffer.text } ?? -1
        let order = (1...options.count).map { (current + $0 + options.count) % options.count }
        func first(beginning prefix: String, from candidates: [Int]) -> Int? {
            candidates.first { options[$0].label.lowercased().hasPrefix(prefix) }
        }
        switch key {
        case .left, .right, .char(" "):
            let step = key == .left ? options.count - 1 : 1
            f.buffer = TextBuffer(options[(max(0, current) + step) % options.count].value)
            f.typeAhead = ""
        case .char(let c):
            let letter = String(c).lowercased()
            let typed = f.typeAhead + letter
            // A longer prefix may still fit the option chosen; a single letter moves on from it.
            if typed.count > 1, let hit = first(beginning: typed, from: [max(0, current)] + order) {
                f.buffer = TextBuffer(options[hit].value)
                f.typeAhead = typed
            } else if let hit = first(beginning: letter, from: order) {
                f.buffer = TextBuffer(options[hit].value)
                f.typeAhead = letter
            } else {
                s.message = Message("No \(spec.label) begins with \"\(typed)\": Enter shows the list", .warning)
                return false
            }
        case .backspace, .delete:
            f.buffer = TextBuffer("")
            f.typeAhead = ""
        default:
            f.typeAhead = ""
        }
        return true
    }

    /// Moves between fields, refusing to leave a field whose value is invalid.
    static func moveField(_ f: inout FormState, by delta: Int, _ s: inout AppState) {
        let schema = f.kind.schema
        if let error = schema.check(s.editable, f.ref, f.parent, f.fieldIndex, f.buffer.text) {
            f.errors[f.fieldIndex] = error
            s.message = Message("\(schema.fields[f.fieldIndex].label): \(error)", .error)
            return
        }
        f.errors[f.fieldIndex] = nil
        let next = f.focus + delta
        guard next >= 0 && next < f.visible.count else { return }
        f.focusOn(next)
    }

    /// Enter on a field: a picker for choices and references, in-place editing for long text,
    /// else on to the next field.
    static func pick(_ f: inout FormState, spec: FieldSpec, _ s: inout AppState) -> [Effect] {
        switch spec.kind {
        case .choice, .bool, .reference, .references:
            return openPicker(&f, spec: spec, filter: "", &s)
        case .longText, .list:
            f.editingArea = true
            f.buffer.cursor = f.buffer.chars.count
        default:
            moveField(&f, by: 1, &s)
        }
        s.overlay = .form(f)
        return []
    }

    static func openPicker(_ f: inout FormState, spec: FieldSpec, filter: String, _ s: inout AppState) -> [Effect] {
        var options = spec.choices(in: s.editable)
        if case .reference(_, let optional) = spec.kind, optional { options.insert(Option("", "(none)"), at: 0) }
        let multiple: Bool
        if case .references = spec.kind { multiple = true } else { multiple = false }
        let chosen = f.buffer.text.split(separator: "\n").map(String.init)
        var picker = PickerState(title: spec.label, options: options, multiple: multiple, chosen: chosen, cursor: 0,
                                 filter: TextBuffer(filter))
        if !multiple, let i = picker.visibleOptions.firstIndex(where: { $0.value == f.buffer.text }) { picker.cursor = i }
        s.overlay = .picker(picker, form: f)
        return []
    }
}
