import PlanCore

extension Reducer {
    static func handleOverlay(_ overlay: Overlay, _ key: Key, _ s: inout AppState) -> [Effect] {
        switch overlay {
        case .help(let scroll): return handleHelp(scroll, key, &s)
        case .messages(let scroll): return handleMessages(scroll, key, &s)
        case .form(let form): return handleForm(form, key, &s)
        case .confirm(let c): return handleConfirm(c, key, &s)
        case .menu(let m): return handleMenu(m, key, &s)
        case .picker(let p, let form): return handlePicker(p, form, key, &s)
        }
    }

    static let helpCommands: Set<Command> = [.back, .help, .quit, .up, .down, .pageUp, .pageDown, .top, .bottom, .search]

    static func handleHelp(_ scroll: Int, _ key: Key, _ s: inout AppState) -> [Effect] {
        // Only the help's own commands act here (other global keys would type into the search).
        let command = s.keyMap.command(for: key, in: .help).flatMap { helpCommands.contains($0) ? $0 : nil }
        // Typing searches: "/" or any letter the help does not use starts it; then every letter is typed.
        if case .char(let c) = key, s.helpSearch != nil || command == nil || command == .search {
            s.helpSearch = s.helpSearch.map { $0 + String(c) } ?? (command == .search ? "" : String(c))
            s.overlay = .help(scroll: 0)
            return []
        }
        if let search = s.helpSearch, key == .backspace || key == .escape {
            s.helpSearch = key == .escape || search.isEmpty ? nil : String(search.dropLast())
            s.overlay = .help(scroll: 0)
            return []
        }
        let total = HelpContent.lines(s.keyMap, search: s.helpSearch).count
        let page = max(1, s.size.height - 6)
        switch command {
        case .back?, .help?, .quit?:
            s.overlay = nil
            s.helpSearch = nil
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

    /// Scrolling the message log; undo and redo work from it, so their effect is read at once.
    static func handleMessages(_ scroll: Int, _ key: Key, _ s: inout AppState) -> [Effect] {
        let total = MessageLogContent.lines(s).count
        let page = max(1, s.size.height - 6)
        let bottom = max(0, total - page)
        if let command = s.keyMap.command(for: key, in: .global), command == .undo || command == .redo {
            let effects = command == .undo ? undo(&s) : redo(&s)
            s.overlay = .messages(scroll: max(0, MessageLogContent.lines(s).count - page))
            return effects
        }
        switch s.keyMap.command(for: key, in: .help) {
        case .back?, .help?, .quit?: s.overlay = nil
        case .up?: s.overlay = .messages(scroll: max(0, scroll - 1))
        case .down?: s.overlay = .messages(scroll: min(bottom, scroll + 1))
        case .pageUp?: s.overlay = .messages(scroll: max(0, scroll - page))
        case .pageDown?: s.overlay = .messages(scroll: min(bottom, scroll + page))
        case .top?: s.overlay = .messages(scroll: 0)
        case .bottom?: s.overlay = .messages(scroll: bottom)
        default:
            if s.keyMap.command(for: key, in: .global) == .messages { s.overlay = nil }
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
        case .openFile(let path):
            s.overlay = nil
            return [.openFile(path)]
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
        switch (s.keyMap.command(for: key, in: .menu), key) {
        case (.up?, _): m.cursor = max(0, m.cursor - 1)
        case (.down?, _): m.cursor = min(m.items.count - 1, m.cursor + 1)
        case (.top?, _): m.cursor = 0
        case (.bottom?, _): m.cursor = m.items.count - 1
        case (.back?, _): s.overlay = nil; return []
        case (.open?, _):
            s.overlay = nil
            return choose(m.items[m.cursor].choice, &s)
        case (_, .char("x")) where m.saves != nil:
            return historyActions(m, &s)
        case (_, .char(":")) where m.saves != nil:
            s.overlay = nil
            s.input = InputLine(kind: .command, buffer: TextBuffer("revert " + (m.saves?[m.cursor] ?? "")))
            return []
        case (_, .char(let c)):
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

    /// The commands a picker acts on; other bound keys (letters bound elsewhere) type into its filter.
    static let pickerCommands: Set<Command> = [.back, .up, .down, .pageUp, .pageDown, .pick, .complete, .open]

    static func handlePicker(_ p: PickerState, _ form: FormState, _ key: Key, _ s: inout AppState) -> [Effect] {
        var p = p
        var form = form
        let options = p.visibleOptions
        // Keys go through the key map's picker table; anything else types into the filter.
        switch s.keyMap.command(for: key, in: .picker).flatMap({ pickerCommands.contains($0) ? $0 : nil }) {
        case .back?:
            s.overlay = .form(form)
            return []
        case .up?: p.cursor = max(0, p.cursor - 1)
        case .down?: p.cursor = min(max(0, options.count - 1), p.cursor + 1)
        case .pageUp?: p.cursor = max(0, p.cursor - 10)
        case .pageDown?: p.cursor = min(max(0, options.count - 1), p.cursor + 10)
        case .pick? where p.multiple:
            guard p.cursor < options.count else { break }
            let v = options[p.cursor].value
            if let i = p.chosen.firstIndex(of: v) { p.chosen.remove(at: i) } else { p.chosen.append(v) }
        case .complete?:
            // One option fits best: Tab takes it (ticks it in a list); several: the filter grows to
            // what they share and the status line names them.
            let best = p.bestOptions
            if best.count == 1, !p.filter.text.isEmpty {
                guard p.multiple else {
                    form.buffer = TextBuffer(best[0].value)
                    form.errors[form.fieldIndex] = nil
                    s.overlay = .form(form)
                    return []
                }
                if !p.chosen.contains(best[0].value) { p.chosen.append(best[0].value) }
                p.filter = TextBuffer("")
            } else {
                p.complete()
                let fits = p.bestOptions
                s.message = Message("\(fits.count) fit \"\(p.filter.text)\": " + fits.prefix(4).map(\.label).joined(separator: "; ")
                                    + (fits.count > 4 ? "; …" : ""))
            }
            p.cursor = 0
        case .open?:
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
        let command = s.keyMap.command(for: key, in: .input)
        switch key {
        case _ where command == .back:
            s.offerToOpen = false
            if input.kind == .search {
                s.list.filter = ""
                clampSelection(&s)
            }
            s.input = nil
        case _ where command == .open:
            s.input = nil
            if input.kind == .command {
                let text = input.buffer.text.trimmingSpaces()
                if !text.isEmpty { s.commandHistory.append(text) }
                return runCommandLine(text, &s)
            }
            let rows = Sections.listing(s).rows
            if !s.list.filter.isEmpty {
                s.message = Message(rows.isEmpty ? "No match for \"\(s.list.filter)\"" : "\(rows.count) match"
                                    + (rows.count == 1 ? "" : "es") + " — Esc clears the filter", rows.isEmpty ? .warning : .info)
            }
        case _ where command == .up && input.kind == .command:
            if let last = s.commandHistory.last { input.buffer = TextBuffer(last) }
            s.input = input
        case _ where command == .complete && input.kind == .command:
            let text = input.buffer.text
            if let (completed, note) = completeBodyName(text, s) {
                input.buffer = TextBuffer(completed)
                if let note { s.message = Message(note) }
            } else {
                input.buffer = TextBuffer(ColonCommands.complete(text))
            }
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
