import PlanCore

extension Reducer {
    /// `x` in the History view: what can be done with the selected change's save.
    static func historyActions(_ m: MenuState, _ s: inout AppState) -> [Effect] {
        guard let saves = m.saves, saves.indices.contains(m.cursor) else { return [] }
        let save = saves[m.cursor]
        let count = s.changeLog.filter { $0.save == save }.count
        var items: [(label: String, choice: MenuChoice)] = [
            ("Undo this whole save (\(count) change\(count == 1 ? "" : "s"))", .run("revert " + save)),
        ]
        if m.items.indices.contains(m.cursor) { items.append(("Jump to the record", m.items[m.cursor].choice)) }
        s.overlay = .menu(MenuState(title: "Actions", items: items, cursor: 0))
        return []
    }

    /// `:revert SAVE`: sets every field the save changed back to its value before, as one new save.
    static func revertSave(_ rest: [String], _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard rest.count == 1, let save = rest.first else {
            s.message = Message("Usage: :revert SAVE; in :history select a change and press x (or :)", .warning)
            return []
        }
        let writes: [FieldWrite]
        switch SaveRevert.plan(save, in: s.changeLog, workspace: s.workspace) {
        case .success(let w): writes = w
        case .failure(let refusal):
            s.message = Message("Not undone: " + ChangeReport.plain(refusal.reason), .warning)
            return []
        }
        var ws = s.workspace
        do { try ws.apply(writes) } catch {
            s.message = Message("Not undone: " + ChangeReport.plain(error.reason), .error)
            return []
        }
        let first = s.changeLog.first { $0.save == save }
        let what = ChangeReport.plain(first.map { "\($0.who)'s save of \(Instant.local($0.at))" } ?? save)
        let places = ChangeReport.plain(writes.map(\.place).joined(separator: ", "))
        let effects = commit(ws, label: "revert \(what): \(places)", &s)
        if !effects.isEmpty { s.message = Message("Undone \(what): \(places) — u to undo") }
        return effects
    }
}
