import PlanCore

/// Where each risk, action, priority, body and indicator stands in a workspace, by id: built once
/// per change of the workspace and kept in the derived cache, so opening a row's detail finds its
/// records without scanning the lists.
public struct RecordIndex: Sendable {
    private let workspace: Workspace
    private let risks: [String: Int]
    private let actions: [String: (plan: Int, action: Int)]
    private let priorities: [String: Int]
    private let bodies: [String: Int]
    private let indicators: [String: Int]
    private let funding: [String: FundingUse]

    /// Indexes every record of `ws`; the first record with an id wins, as the lists' own look-ups do.
    public init(_ ws: Workspace) {
        workspace = ws
        risks = RecordIndex.positions(ws.risks.risks.map(\.id))
        priorities = RecordIndex.positions(ws.priorities.map(\.id))
        bodies = RecordIndex.positions(ws.governance.bodies.map(\.id))
        indicators = RecordIndex.positions(ws.indicators.map(\.id))
        var acts: [String: (plan: Int, action: Int)] = [:]
        for (p, plan) in ws.actionPlans.enumerated() {
            for (a, action) in plan.actions.enumerated() where acts[action.id] == nil { acts[action.id] = (p, a) }
        }
        actions = acts
        var use: [String: FundingUse] = [:]
        for u in ws.fundingUse where use[u.line.id] == nil { use[u.line.id] = u }
        funding = use
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }

    /// The risk with this id.
    public func risk(_ id: String?) -> Risk? {
        guard let id, let i = risks[id] else { return nil }
        return workspace.risks.risks[i]
    }

    /// The action with this id, with its plan.
    public func action(_ id: String?) -> (plan: ActionPlan, action: PlanAction)? {
        guard let id, let at = actions[id] else { return nil }
        let plan = workspace.actionPlans[at.plan]
        return (plan, plan.actions[at.action])
    }

    /// The priority with this id.
    public func priority(_ id: String?) -> Priority? {
        guard let id, let i = priorities[id] else { return nil }
        return workspace.priorities[i]
    }

    /// The body with this id in the current structure.
    public func body(_ id: String?) -> Body? {
        guard let id, let i = bodies[id] else { return nil }
        return workspace.governance.bodies[i]
    }

    /// What the actions draw on the funding line with this id.
    public func fundingUse(_ id: String?) -> FundingUse? {
        guard let id else { return nil }
        return funding[id]
    }

    /// The indicator with this id.
    public func indicator(_ id: String?) -> Indicator? {
        guard let id, let i = indicators[id] else { return nil }
        return workspace.indicators[i]
    }
}
