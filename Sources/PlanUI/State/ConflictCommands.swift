import PlanCore

extension Reducer {
    /// `:conflicts` (a menu to pick a side for each field a merge left changed two ways) and
    /// `:resolve N ours|theirs`; nil for any other command.
    static func runConflictCommand(_ head: String, _ rest: [String], _ s: inout AppState) -> [Effect]? {
        switch head {
        case "conflicts":
            openConflictMenu(&s)
            return []
        case "resolve":
            return resolveConflict(rest, &s)
        default:
            return nil
        }
    }

    /// Lists every unresolved conflict with both sides to choose from.
    static func openConflictMenu(_ s: inout AppState) {
        let conflicts = s.workspace.mergeConflicts
        guard !conflicts.isEmpty else {
            s.message = Message("No merge conflicts: every field has one value", .info)
            return
        }
        var items: [(label: String, choice: MenuChoice)] = []
        for (k, c) in conflicts.enumerated() {
            let place = ChangeReport.plain("\(c.reference ?? c.path.description) \(c.field)")
            items.append(("\(place): keep ours \(ChangeReport.plain(MergeConflict.show(c.ours)))"
                          + (c.oursBy.map { " (\(ChangeReport.plain($0)))" } ?? ""), .run("resolve \(k + 1) ours")))
            items.append(("\(place): take theirs \(ChangeReport.plain(MergeConflict.show(c.theirs)))"
                          + (c.theirsBy.map { " (\(ChangeReport.plain($0)))" } ?? ""), .run("resolve \(k + 1) theirs")))
        }
        s.overlay = .menu(MenuState(title: "Merge conflicts: pick a side (\(conflicts.count))", items: items, cursor: 0))
    }

    /// Keeps one side's value of conflict N (counted from 1) and saves.
    static func resolveConflict(_ rest: [String], _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        let conflicts = s.workspace.mergeConflicts
        guard rest.count == 2, let n = Int(rest[0]), conflicts.indices.contains(n - 1),
              let side = ConflictSide(rawValue: rest[1].lowercased()) else {
            s.message = Message("Usage: :resolve N ours|theirs (N from 1 to \(conflicts.count)); :conflicts lists them", .warning)
            return []
        }
        let c = conflicts[n - 1]
        var ws = s.workspace
        do { _ = try ws.resolve(c, taking: side) } catch {
            s.message = Message("Not resolved: " + ChangeReport.plain(error.reason), .error)
            return []
        }
        let what = ChangeReport.plain("\(c.reference ?? c.path.description) \(c.field)")
        let effects = commit(ws, label: "pick \(side.rawValue) for \(what)", &s)
        let left = ws.mergeConflicts.count
        s.message = Message("Kept \(side.rawValue) for \(what)" + (left == 0 ? "; no conflicts left" : "; \(left) left (:conflicts)"))
        return effects
    }
}
