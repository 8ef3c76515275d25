import PlanCore

/// The app's one pure step: an action and the state in, the new state and the effects out.
public enum Reducer {
    /// Applies `action` to `s`; returns the work the shell must do.
    public static func reduce(_ s: inout AppState, _ action: AppAction) -> [Effect] {
        let effects = step(&s, action)
        if let m = s.message { s.messageLog.append(m, time: s.clock) }
        return effects
    }

    /// The step itself; `reduce` adds the message it leaves to the log.
    static func step(_ s: inout AppState, _ action: AppAction) -> [Effect] {
        switch action {
        case .resize(let size):
            s.size = size
            clampSelection(&s)
            return []
        case .key(let key):
            s.message = nil
            return handle(key, &s)
        case .saved(let files, let error):
            if let error {
                s.message = Message("Not saved: \(error). Your change is kept; :w tries again.", .error)
            } else {
                s.unsaved.subtract(files)
                return [.readChangeLog]
            }
            return []
        case .edited(let field, let text, let error):
            if let error { s.message = Message(error, .error) }
            guard var text, case .form(var form) = s.overlay, form.values.indices.contains(field) else { return [] }
            // A single-line field takes the first line of what the editor wrote.
            if !form.kind.schema.fields[field].kind.isMultiline, let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first {
                text = String(firstLine)
            }
            if form.fieldIndex == field { form.buffer = TextBuffer(text) } else { form.values[field] = text }
            form.errors[field] = nil
            s.overlay = .form(form)
            return [.redraw]
        case .themeApplied(let name, let error):
            if let error { s.message = Message(error, .error) } else {
                s.themeName = name
                s.message = Message("Theme: \(name)")
            }
            return []
        case .notify(let message):
            s.message = message
            return []
        case .paperCoverLoaded(let cover, let error):
            s.paperCover = cover
            s.overlay = .menu(PaperCoverDialog.menu(s))
            if let error { s.message = Message(error, .error) }
            return []
        case .changeLogRead(let entries):
            changeLogRead(entries, &s)
            return []
        case .changedOnDisk(let change):
            return changedOnDisk(change, &s)
        case .exported(let path, let message, let opener):
            s.message = message
            // Offer to show what was written, after asking where, when there is something to show it with.
            defer { s.offerToOpen = false }
            if let opener, s.offerToOpen {
                s.overlay = .confirm(ConfirmState(title: "Open the export?", lines: [path, "with \(opener)? (y opens it, n leaves it)"],
                                                  operation: .openFile(path), onNo: nil))
            }
            return []
        case .offerRecovery(let form, let savedAt):
            s.overlay = .confirm(ConfirmState(
                title: "Restore unsaved work?",
                lines: ["A form you were editing (\(form.title)) was kept when the session ended at \(LocalTime.describe(savedAt)).",
                        "Restore it? (n discards it)"],
                operation: .restoreRecovery(form), onNo: .discardRecovery))
            return []
        }
    }

    static func handle(_ key: Key, _ s: inout AppState) -> [Effect] {
        if key == .ctrl("c") { return quit(&s, force: s.overlay == nil && s.input == nil) }
        if s.size.width < AppState.minimumSize.width || s.size.height < AppState.minimumSize.height {
            return key == .char("q") ? quit(&s, force: true) : []
        }
        // Suspending and redrawing are the terminal's business and work everywhere, forms included.
        if let c = s.keyMap.bindings.first(where: { $0.context == .global && $0.keys.contains(key) })?.command,
           c == .suspend || c == .refresh {
            return c == .suspend ? [.suspend] : [.redraw]
        }
        // Esc and a letter sent together read as Alt-letter: outside text being edited they are both keys.
        if case .alt(let c) = key, !isEditingText(s) { return handle(.escape, &s) + handle(.char(c), &s) }
        if let overlay = s.overlay { return handleOverlay(overlay, key, &s) }
        if s.input != nil { return handleInput(key, &s) }
        if case .mouse(let m) = key { return handleMouse(m, &s) }
        if key.isPaste {
            s.message = Message("Pasted text goes into a field: open a form or the : line first", .warning)
            return []
        }
        guard let command = s.keyMap.command(for: key, in: .list) else { return [] }
        return run(command, &s)
    }

    /// True when the keys go to text being typed (a form's text field or box, the `:` line), where
    /// Alt-B, Alt-F and Alt-D move and delete by word.
    static func isEditingText(_ s: AppState) -> Bool {
        switch s.overlay {
        case .form(let f)?: return f.editingArea || FormView.isTyped(f.kind.schema.fields[f.fieldIndex].kind)
        case nil: return s.input != nil
        default: return false
        }
    }

    /// Leaves, unless a form has unsaved edits or saves failed (then asks first).
    static func quit(_ s: inout AppState, force: Bool) -> [Effect] {
        if !force, case .form(let f)? = s.overlay, f.isDirty {
            s.pendingForm = f
            s.overlay = .confirm(ConfirmState(title: "Discard this form?", lines: ["You have changed \(f.title).",
                                                                                   "Leave without saving it?"],
                                              operation: .discardForm))
            return []
        }
        if !force && !s.unsaved.isEmpty {
            s.message = Message("Some changes are not saved (" + s.unsaved.map(\.fileName).sorted().joined(separator: ", ")
                                + "): :w to retry, or Ctrl-C to leave anyway", .error)
            return []
        }
        s.quitting = true
        return [.quit]
    }

    /// Runs a key-map command in the sections.
    static func run(_ command: Command, _ s: inout AppState) -> [Effect] {
        switch command {
        case .quit: return quit(&s, force: false)
        case .help: s.overlay = .help(scroll: 0)
        case .messages: s.overlay = .messages(scroll: max(0, MessageLogContent.lines(s).count - max(1, s.size.height - 6)))
        case .refresh: return [.redraw]
        case .suspend: return [.suspend]
        case .section1, .section2, .section3, .section4, .section5, .section6, .section7, .section8, .section9,
             .section10, .section11:
            let n = (Int(command.rawValue.dropFirst(7)) ?? 1) - 1
            goTo(PlanSectionOrder.all[n], &s)
        case .nextSection, .prevSection:
            let all = PlanSectionOrder.all
            let i = all.firstIndex(of: s.section) ?? 0
            goTo(all[(i + (command == .nextSection ? 1 : all.count - 1)) % all.count], &s)
        case .menu: openSectionMenu(&s)
        case .up, .down, .top, .bottom, .pageUp, .pageDown, .halfPageUp, .halfPageDown: move(command, &s)
        case .left: left(&s)
        case .right: right(&s)
        case .nextPane, .prevPane:
            if !s.zoomed && Sections.model(s).listOnly { return open(&s) }
            if s.zoomed { s.zoomed = false; s.focus = .list } else { s.focus = s.focus == .list ? .detail : .list }
            if s.focus == .detail { s.detailCursor = firstSelectableDetailLine(s) }
        case .open: return open(&s)
        case .back: back(&s)
        case .search: s.input = InputLine(kind: .search, buffer: TextBuffer(s.list.filter))
        case .commandLine: s.input = InputLine(kind: .command, buffer: TextBuffer())
        case .add: startAdd(&s)
        case .edit: startEdit(&s)
        case .delete: startDelete(&s)
        case .undo: return undo(&s)
        case .redo: return redo(&s)
        case .sort: cycleSort(&s)
        case .toggleView: nextView(&s)
        case .action: openActionMenu(&s)
        case .nextField, .prevField, .save, .cancel, .externalEditor, .pick, .yes, .no, .complete:
            break
        }
        return []
    }

    static func cycleSort(_ s: inout AppState) {
        guard Sections.isSortable(s) else {
            s.message = Message("This list keeps its own order", .info)
            return
        }
        let columns = Sections.model(s).columns.count
        var l = s.list
        switch (l.sortColumn, l.sortDescending) {
        case (nil, _): l.sortColumn = 0; l.sortDescending = false
        case (let c?, false): l.sortColumn = c; l.sortDescending = true
        case (let c?, true): l.sortColumn = c + 1 < columns ? c + 1 : nil; l.sortDescending = false
        }
        s.list = l
        let model = Sections.model(s)
        s.message = Message(l.sortColumn.map { "Sorted by \(model.columns[$0].title.isEmpty ? "column \($0 + 1)" : model.columns[$0].title)"
            + (l.sortDescending ? ", descending" : "") } ?? "In the section's own order")
    }
}
