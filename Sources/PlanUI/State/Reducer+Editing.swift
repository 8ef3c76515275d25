import PlanCore

extension Reducer {
    /// Refuses a change in a read-only workspace, saying why.
    static func refuseIfReadOnly(_ s: inout AppState) -> Bool {
        guard s.isReadOnly else { return false }
        s.message = Message("Read-only: " + s.readOnlyReasons.joined(separator: "; "), .warning)
        return true
    }

    /// A label for adding a kind of record, naming its parent.
    static func addLabel(_ t: AddTarget, _ s: AppState) -> String {
        let schema = t.kind.schema
        let article = schema.noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        guard let parent = t.parent else { return "Add \(article) " + schema.noun }
        let owner: String
        switch t.kind {
        case .member, .decisionRule, .bodyLink, .body, .meeting: owner = s.editable.body(parent)?.shortName ?? parent
        case .actionPlan, .allocation: owner = s.workspace.priority(parent)?.title ?? parent
        case .action: owner = s.workspace.actionPlans.first { $0.id == parent }.map { "the \($0.year) plan" } ?? parent
        case .progressUpdate: owner = s.workspace.action(parent)?.action.title ?? parent
        case .riskReview, .mitigation: owner = s.workspace.risk(parent)?.reference ?? parent
        case .agendaItem: owner = s.workspace.governance.meeting(parent).map { s.workspace.describe($0) } ?? parent
        case .yearTarget, .quarterActual: owner = s.workspace.indicator(parent)?.code ?? parent
        default: owner = parent
        }
        let noun = t.kind == .body ? "body reporting to" : schema.noun + " to"
        return "Add \(article) \(noun) \(owner.prefixWords(6))"
    }

    static func startAdd(_ s: inout AppState) {
        if refuseIfReadOnly(&s) { return }
        var targets: [AddTarget] = []
        if s.focus == .detail || s.zoomed {
            let lines = detailLines(s)
            if s.detailCursor < lines.count, let add = lines[s.detailCursor].add { targets = [add] }
        }
        if targets.isEmpty {
            let (model, rows, i) = selection(s)
            targets = i.map { rows[$0].adds } ?? []
            if targets.isEmpty { targets = model.adds }
        }
        switch targets.count {
        case 0: s.message = Message("Nothing can be added here", .info)
        case 1: openAdd(targets[0], &s)
        default:
            s.overlay = .menu(MenuState(title: "Add", items: targets.map { (label: addLabel($0, s), choice: MenuChoice.add($0)) },
                                        cursor: 0))
        }
    }

    static func openAdd(_ t: AddTarget, _ s: inout AppState) {
        if refuseIfReadOnly(&s) { return }
        let schema = t.kind.schema
        let values = schema.blank(s.editable, t.parent)
        s.overlay = .form(FormState(kind: t.kind, ref: nil, parent: t.parent, title: addLabel(t, s), values: values))
    }

    /// The record the edit and delete commands act on: the detail line's, else the row's.
    static func targetRef(_ s: AppState) -> (RecordRef, [Int]?)? {
        let row = selectedRow(s)
        if s.focus == .detail || s.zoomed {
            let lines = detailLines(s)
            if s.detailCursor < lines.count, let ref = lines[s.detailCursor].ref {
                return (ref, row?.ref == ref ? row?.fields : nil)
            }
        }
        guard let row, let ref = row.ref else { return nil }
        return (ref, row.fields)
    }

    static func startEdit(_ s: inout AppState) {
        guard let (ref, fields) = targetRef(s) else {
            s.message = Message("Select a record to edit", .info)
            return
        }
        openEdit(ref, fields: fields, &s)
    }

    static func openEdit(_ ref: RecordRef, fields: [Int]?, _ s: inout AppState) {
        if refuseIfReadOnly(&s) { return }
        let schema = ref.kind.schema
        guard let values = schema.read(s.editable, ref) else {
            s.message = Message("That \(schema.noun) no longer exists", .warning)
            return
        }
        let title = "Edit \(schema.noun): " + schema.title(s.editable, ref).prefixWords(8)
        s.overlay = .form(FormState(kind: ref.kind, ref: ref, parent: ref.parent, title: title, values: values, visible: fields))
    }

    static func startDelete(_ s: inout AppState) {
        if refuseIfReadOnly(&s) { return }
        guard let (ref, _) = targetRef(s) else {
            s.message = Message("Select a record to delete", .info)
            return
        }
        if ref.kind == .plan || ref.kind == .partnership {
            s.message = Message("The \(ref.kind.rawValue) itself cannot be deleted; edit it instead", .info)
            return
        }
        let schema = ref.kind.schema
        let deps = schema.dependents(s.editable, ref)
        var lines = ["Delete the \(schema.noun) \"\(schema.title(s.editable, ref).prefixWords(8))\"?"]
        if deps.isEmpty { lines.append("Nothing else depends on it.") } else {
            lines.append("What depends on it:")
            lines += deps.map { "  • " + $0 }
            lines.append("References to it will be removed.")
        }
        lines.append("u undoes the deletion.")
        s.overlay = .confirm(ConfirmState(title: "Delete", lines: lines, operation: .delete(ref)))
    }

    /// Replaces the workspace after a confirmed change: records undo, saves the changed files.
    static func commit(_ new: Workspace, label: String, _ s: inout AppState) -> [Effect] {
        let changed = new.changedFiles(since: s.workspace)
        guard !changed.isEmpty else {
            s.message = Message("No change")
            return []
        }
        s.undo.record(s.workspace, label: label)
        s.lastChange = label
        s.workspace = new
        s.unsaved.formUnion(changed)
        clampSelection(&s)
        return [.save(s.unsaved)]
    }

    static func delete(_ ref: RecordRef, _ s: inout AppState) -> [Effect] {
        let schema = ref.kind.schema
        let title = schema.title(s.editable, ref)
        var ws = s.editable
        schema.remove(&ws, ref)
        let effects = commit(s.folding(ws), label: "delete \(schema.noun) \(title)", &s)
        if s.focus == .detail { s.detailCursor = firstSelectableDetailLine(s) }
        s.message = Message("Deleted \(schema.noun) \(title) — \(s.keyMap.label(.undo, in: .global)) to undo")
        return effects
    }

    static func undo(_ s: inout AppState) -> [Effect] { stepHistory(back: true, &s) }

    static func redo(_ s: inout AppState) -> [Effect] { stepHistory(back: false, &s) }

    /// Goes one step back (undo) or forward (redo) in the session's history, saving what changes.
    static func stepHistory(back: Bool, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard let snap = back ? s.undo.undo(current: s.workspace) : s.undo.redo(current: s.workspace) else {
            s.message = Message(back ? "Nothing to undo" : "Nothing to redo", .info)
            return []
        }
        s.unsaved.formUnion(snap.workspace.changedFiles(since: s.workspace))
        s.lastChange = (back ? "undo " : "redo ") + snap.label
        s.workspace = snap.workspace
        clampSelection(&s)
        let keys = s.keyMap
        s.message = Message(back ? "Undone: \(snap.label) (\(keys.label(.redo, in: .global)) redoes)"
                                 : "Redone: \(snap.label) (\(keys.label(.undo, in: .global)) undoes)")
        return [.save(s.unsaved)]
    }

    /// Saves a form: every field is checked; on success the record is stored and selected.
    static func saveForm(_ form: FormState, _ s: inout AppState) -> [Effect] {
        var f = form
        f.values = f.currentValues
        let schema = f.kind.schema
        var ws = s.editable
        switch schema.write(&ws, f.ref, f.parent, f.values) {
        case .failure(.gone):
            // Nothing typed is lost: the record was removed meanwhile (perhaps on disk by someone
            // else), so the form stays open as a new record holding what was typed; saving again
            // adds it under a new id, and Esc closes it (asking first, since it was changed).
            if let gone = f.ref {
                f.ref = nil
                f.parent = gone.parent
                f.title = "Add \(schema.noun) (the one edited was removed)"
            }
            s.overlay = .form(f)
            s.message = Message("Not saved: that \(schema.noun) was removed meanwhile (perhaps on disk by someone else). "
                                + "What you typed stays in this form; \(s.keyMap.label(.save, in: .form)) adds it as a new \(schema.noun), Esc closes it", .error)
            return []
        case .failure(.ownerGone(let owner)):
            // Nothing typed is lost: the form stays open with it, and Esc closes it.
            s.overlay = .form(f)
            s.message = Message("Not saved: \(owner) was removed meanwhile (perhaps on disk by someone else). "
                                + "What you typed stays in this form; Esc closes it", .error)
            return []
        case .failure(.fields(let errors)):
            f.errors = errors
            if let first = f.visible.firstIndex(where: { errors[$0] != nil }) {
                f.focusOn(first)
            } else if let hidden = errors.keys.sorted().first {
                s.message = Message("\(schema.fields[hidden].label): \(errors[hidden] ?? "")", .error)
            }
            s.overlay = .form(f)
            if s.message == nil { s.message = Message("Not saved: correct the field marked in red", .error) }
            return []
        case .success(let ref):
            let verb = f.ref == nil ? "add" : "edit"
            let title = schema.title(ws, ref)
            s.overlay = nil
            let changed = f.ref == nil ? [] : f.values.indices.filter { $0 < f.original.count && f.values[$0] != f.original[$0] }
                .map { schema.fields[$0].label.lowercased() }
            let what = changed.isEmpty ? "" : " (" + changed.joined(separator: ", ") + ")"
            let effects = commit(s.folding(ws), label: "\(verb) \(schema.noun) \(title)\(what)", &s)
            if f.ref == nil { reveal(ref, &s) }
            s.message = Message("Saved \(schema.noun) \(title.prefixWords(6))" + (effects.isEmpty ? "" : " — u to undo"))
            if f.kind == .progressUpdate && s.updateRound != nil { nextInRound(&s) }
            return effects
        }
    }

    /// Selects a record just added: its row, or its line in the detail pane.
    static func reveal(_ ref: RecordRef, _ s: inout AppState) {
        let (model, rows, _) = selection(s)
        if let i = rows.firstIndex(where: { $0.ref == ref }) {
            select(rows, i, &s, model: model)
            return
        }
        let lines = detailLines(s)
        if let k = lines.firstIndex(where: { $0.ref == ref }) {
            s.focus = .detail
            s.detailCursor = k
        }
    }
}
