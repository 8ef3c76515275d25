/// Finds the actions of every plan by id, code and title as an import goes, kept in step with the
/// new actions it stores, so a row's action is not found by walking every plan (a sheet of 4,000
/// new actions took 34 s, over three times one of 2,000, while each row did).
///
/// Built again whenever an action is renamed or moved between plans, or the plans are not those
/// it was built for.
final class ActionLookup {
    typealias Position = (plan: Int, action: Int)
    private var byID: [String: Position] = [:]
    private var byCode: [String: Position] = [:]
    private var byTitle: [String: Position] = [:]
    /// How many actions share each normalised title.
    private var titleCount: [String: Int] = [:]
    /// The number of actions it was built for and noted since (-1: build before use).
    private var count = -1

    /// The position of the action of id `reference` (or, with `codes`, of that code ignoring case), nil when none.
    func position(_ reference: String, in ws: Workspace, codes: Bool = true) -> Position? {
        let lower = reference.lowercased()
        for attempt in 0..<2 {
            ensure(ws, rebuild: attempt > 0)
            guard let p = byID[reference] ?? (codes && !reference.isEmpty ? byCode[lower] : nil) else { return nil }
            if let a = action(at: p, in: ws), a.id == reference || (codes && !a.code.isEmpty && a.code.lowercased() == lower) { return p }
        }
        return nil
    }

    /// The position of the only action titled `text` (ignoring case and spacing); nil when none or several.
    func only(titled text: String?, in ws: Workspace) -> Position? {
        guard let text, !text.isEmpty else { return nil }
        let key = FieldDescription.normalise(text)
        for attempt in 0..<2 {
            ensure(ws, rebuild: attempt > 0)
            guard titleCount[key] == 1, let p = byTitle[key] else { return nil }
            if let a = action(at: p, in: ws), FieldDescription.normalise(a.title) == key { return p }
        }
        return nil
    }

    /// Notes `action` appended at `position`.
    func noteAppended(_ action: PlanAction, at position: Position) {
        guard count >= 0 else { return }
        count += 1
        add(action, at: position)
    }

    private func add(_ action: PlanAction, at position: Position) {
        if byID[action.id] == nil { byID[action.id] = position }
        if !action.code.isEmpty, byCode[action.code.lowercased()] == nil { byCode[action.code.lowercased()] = position }
        let key = FieldDescription.normalise(action.title)
        titleCount[key, default: 0] += 1
        if byTitle[key] == nil { byTitle[key] = position }
    }

    /// Notes that actions moved or changed their code or title: built again before the next use.
    func invalidate() { count = -1 }

    private func action(at p: Position, in ws: Workspace) -> PlanAction? {
        guard ws.actionPlans.indices.contains(p.plan), ws.actionPlans[p.plan].actions.indices.contains(p.action) else { return nil }
        return ws.actionPlans[p.plan].actions[p.action]
    }

    private func ensure(_ ws: Workspace, rebuild: Bool) {
        let total = ws.actionPlans.reduce(0) { $0 + $1.actions.count }
        guard rebuild || count != total else { return }
        byID = [:]
        byCode = [:]
        byTitle = [:]
        titleCount = [:]
        for (p, plan) in ws.actionPlans.enumerated() {
            for (i, a) in plan.actions.enumerated() { add(a, at: (p, i)) }
        }
        count = total
    }
}
