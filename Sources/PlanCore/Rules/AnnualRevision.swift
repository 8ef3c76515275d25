/// What rolling the plan into the next year did.
public struct RolloverResult: Sendable, Equatable {
    /// The new financial year the plan was rolled into.
    public var year: FinancialYear
    /// Action plans created for the new year, by priority id.
    public var plansCreated: [String]
    /// Open actions carried forward, by their old id.
    public var actionsCarried: [String]
}

/// Why the plan could not be rolled forward.
public struct RolloverError: Error, Equatable, CustomStringConvertible {
    /// The reason, in words for the officer.
    public var description: String
    /// An error carrying the reason `d`.
    public init(_ d: String) { description = d }
}

extension Workspace {
    /// Rolls the plan into the next financial year: each active priority gets next year's action
    /// plan, open actions carry into it (with a record of where they came from, their history
    /// left behind), last year's plans are closed but kept unchanged otherwise, and the plan's
    /// revision history records what changed.
    @discardableResult
    public mutating func rollOver(on date: Day, summary: String = "") throws(RolloverError) -> RolloverResult {
        let from = plan.currentYear
        let to = from.next
        guard to.start <= plan.period.endYear - 1 else {
            throw RolloverError("the plan period \(plan.period) ends with \(from); start the next plan instead")
        }
        guard !actionPlans.contains(where: { $0.year == to && !$0.actions.isEmpty }) else {
            throw RolloverError("\(to) already has action plans with actions")
        }
        var created: [String] = []
        var carried: [String] = []
        var existingActionIDs = Set(allActions.map(\.action.id))
        for p in priorities where p.status == .active {
            let old = actionPlans.firstIndex { $0.priority == p.id && $0.year == from }
            var newPlan = ActionPlan(id: IDs.next(prefix: "ap-\(p.id)-\(to.start)-", existing: actionPlans.map(\.id)),
                                     priority: p.id, year: to, lead: old.map { actionPlans[$0].lead } ?? p.lead, status: .draft)
            if let old {
                for a in actionPlans[old].actions where a.status.isOpen {
                    var next = a
                    next.id = IDs.next(prefix: a.id + "-", existing: existingActionIDs)
                    existingActionIDs.insert(next.id)
                    next.carriedFrom = a.id
                    next.updates = []
                    next.rag = a.rag
                    newPlan.actions.append(next)
                    carried.append(a.id)
                }
                actionPlans[old].status = .closed
            }
            if let existing = actionPlans.firstIndex(where: { $0.priority == p.id && $0.year == to }) {
                actionPlans[existing].actions = newPlan.actions
            } else {
                actionPlans.append(newPlan)
            }
            created.append(p.id)
        }
        let retired = priorities.filter { $0.retiredIn == to || ($0.status == .retired && $0.retiredIn == nil) }.map(\.title)
        let added = priorities.filter { $0.since == to }.map(\.title)
        var changes = ["\(Plural.count(carried.count, "open action")) carried forward from \(from)",
                       "\(Plural.count(created.count, "action plan")) started for \(to)"]
        changes += added.map { "New priority: \($0)" }
        changes += retired.map { "Retired: \($0)" }
        plan.revisions.append(PlanRevision(id: IDs.next(prefix: "rev-", existing: plan.revisions.map(\.id)), year: to, date: date,
                                           summary: summary.isEmpty ? "Plan revised for \(to)" : summary, changes: changes))
        plan.currentYear = to
        return RolloverResult(year: to, plansCreated: created, actionsCarried: carried)
    }

    /// Open actions of the current year without an update for `quarter`, in priority order.
    public func actionsNeedingUpdate(for quarter: Quarter) -> [String] {
        let order = PriorityKind.allCases.flatMap { kind in priorities.filter { $0.kind == kind } }.map(\.id)
        return order.flatMap { pid in
            actionPlans.filter { $0.priority == pid && $0.year == quarter.year }.flatMap(\.actions)
                .filter { $0.status.isOpen && !$0.hasUpdate(for: quarter) }.map(\.id)
        }
    }
}
