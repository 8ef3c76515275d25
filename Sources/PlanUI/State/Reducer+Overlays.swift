import PlanCore

extension Reducer {
    static func handleOverlay(_ overlay: Overlay, _ key: Key, _ s: inout AppState) -> [Effect] {
        switch overlay {
        case .help(let scroll): return handleHelp(scroll, key, &s)
        case .form(let form): return handleForm(form, key, &s)
        case .confirm(let c): return handleConfirm(c, key, &s)
        case .menu(let m): return handleMenu(m, key, &s)
        case .picker(let p, let form): return handlePicker(p, form, key, &s)
        }
    }

    static func handleHelp(_ scroll: Int, _ key: Key, _ s: inout AppState) -> [Effect] {
        let total = HelpContent.lines(s.keyMap).count
        let page = max(1, s.size.height - 6)
        switch s.keyMap.command(for: key, in: .help) {
        case .back?, .help?, .quit?: s.overlay = nil
        case .up?: s.overlay = .help(scroll: max(0, scroll - 1))
        case .down?: s.overlay = .help(scroll: min(max(0, total - page), scroll + 1))
        case .pageUp?: s.overlay = .help(scroll: max(0, scroll - page))
        case .pageDown?: s.overlay = .help(scroll: min(max(0, total - page), scroll + page))
        case .top?: s.overlay = .help(scroll: 0)
        case .bottom?: s.overlay = .help(scroll: max(0, total - page))
        default: break
        }
        return []
    }

    static func handleConfirm(_ c: ConfirmState, _ key: Key, _ s: inout AppState) -> [Effect] {
        switch s.keyMap.command(for: key, in: .dialog) {
        case .yes?:
            s.overlay = nil
            return perform(c.operation, &s)
        case .no?:
            s.overlay = nil
            if case .discardForm = c.operation, let form = s.pendingForm { s.overlay = .form(form) }
            // A form kept aside while a change on disk is decided comes back after the choice.
            if case .takeTheirs? = c.onNo {} else { s.pendingForm = nil }
            if let onNo = c.onNo { return perform(onNo, &s) }
            return []
        default:
            return []
        }
    }

    static func perform(_ op: PendingOperation, _ s: inout AppState) -> [Effect] {
        switch op {
        case .delete(let ref): return delete(ref, &s)
        case .discardForm:
            s.overlay = nil
            s.pendingForm = nil
            s.message = Message("Form closed without saving")
            return []
        case .restoreRecovery(let form):
            s.overlay = .form(form)
            s.message = Message("Restored: check the values and press Ctrl-S to save")
            return [.clearRecovery]
        case .discardRecovery:
            s.message = Message("The kept form was discarded")
            return [.clearRecovery]
        case .keepMine(let change):
            return keepMine(change, &s)
        case .takeTheirs(let change):
            return takeTheirs(change, &s)
        }
    }

    static func handleMenu(_ m: MenuState, _ key: Key, _ s: inout AppState) -> [Effect] {
        var m = m
        switch key {
        case .up, .char("k"): m.cursor = max(0, m.cursor - 1)
        case .down, .char("j"): m.cursor = min(m.items.count - 1, m.cursor + 1)
        case .home: m.cursor = 0
        case .end: m.cursor = m.items.count - 1
        case .escape, .char("q"): s.overlay = nil; return []
        case .enter:
            s.overlay = nil
            return choose(m.items[m.cursor].choice, &s)
        case .char("x") where m.saves != nil:
            return historyActions(m, &s)
        case .char(":") where m.saves != nil:
            s.overlay = nil
            s.input = InputLine(kind: .command, buffer: TextBuffer("revert " + (m.saves?[m.cursor] ?? "")))
            return []
        case .char(let c):
            // A digit or the first letter of an item chooses it.
            if let i = m.items.firstIndex(where: { $0.label.first.map { String($0).lowercased() } == String(c).lowercased() }) {
                s.overlay = nil
                return choose(m.items[i].choice, &s)
            }
        default: break
        }
        s.overlay = .menu(m)
        return []
    }

    static func choose(_ choice: MenuChoice, _ s: inout AppState) -> [Effect] {
        switch choice {
        case .section(let section): goTo(section, &s)
        case .add(let target): openAdd(target, &s)
        case .jump(let location): jump(location, &s)
        case .run(let command): return runCommandLine(command, &s)
        case .prompt(let text): s.input = InputLine(kind: .command, buffer: TextBuffer(text))
        }
        return []
    }

    static func handlePicker(_ p: PickerState, _ form: FormState, _ key: Key, _ s: inout AppState) -> [Effect] {
        var p = p
        var form = form
        let options = p.visibleOptions
        switch key {
        case .escape:
            s.overlay = .form(form)
            return []
        case .up: p.cursor = max(0, p.cursor - 1)
        case .down: p.cursor = min(max(0, options.count - 1), p.cursor + 1)
        case .pageUp: p.cursor = max(0, p.cursor - 10)
        case .pageDown: p.cursor = min(max(0, options.count - 1), p.cursor + 10)
        case .char(" ") where p.multiple:
            guard p.cursor < options.count else { break }
            let v = options[p.cursor].value
            if let i = p.chosen.firstIndex(of: v) { p.chosen.remove(at: i) } else { p.chosen.append(v) }
        case .enter:
            if p.multiple {
                form.buffer = TextBuffer(p.chosen.joined(separator: "\n"))
            } else if p.cursor < options.count {
                form.buffer = TextBuffer(options[p.cursor].value)
            }
            form.errors[form.fieldIndex] = nil
            s.overlay = .form(form)
            return []
        default:
            if p.filter.apply(key, multiline: false) { p.cursor = 0 }
        }
        s.overlay = .picker(p, form: form)
        return []
    }

    static func handleInput(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard var input = s.input else { return [] }
        switch key {
        case .escape:
            if input.kind == .search {
                s.list.filter = ""
                clampSelection(&s)
            }
            s.input = nil
        case .enter:
            s.input = nil
            if input.kind == .command {
                let text = input.buffer.text.trimmingSpaces()
                if !text.isEmpty { s.commandHistory.append(text) }
                return runCommandLine(text, &s)
            }
            let rows = Sections.visibleRows(s, Sections.model(s))
            if !s.list.filter.isEmpty {
                s.message = Message(rows.isEmpty ? "No match for \"\(s.list.filter)\"" : "\(rows.count) match"
                                    + (rows.count == 1 ? "" : "es") + " — Esc clears the filter", rows.isEmpty ? .warning : .info)
            }
        case .up where input.kind == .command:
            if let last = s.commandHistory.last { input.buffer = TextBuffer(last) }
            s.input = input
        case .tab where input.kind == .command:
            input.buffer = TextBuffer(ColonCommands.complete(input.buffer.text))
            s.input = input
        default:
            guard input.buffer.apply(key, multiline: false) else { return [] }
            if input.kind == .search && input.buffer.text.isEmpty && key == .backspace && s.list.filter.isEmpty {
                s.input = nil
                return []
            }
            s.input = input
            if input.kind == .search {
                s.list.filter = input.buffer.text
                s.list.index = 0
                s.list.selectedID = nil
                s.list.scroll = 0
                clampSelection(&s)
            }
        }
        return []
    }
}
