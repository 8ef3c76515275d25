/// A whole partnership plan workspace: everything in the folder, in memory.
public struct Workspace: Sendable, Equatable {
    public var info: WorkspaceInfo
    public var partnership: Partnership
    public var partners: [Partner]
    public var engagement: [EngagementMechanism]
    public var glossary: [GlossaryTerm]
    public var governance: Governance
    public var plan: Plan
    public var priorities: [Priority]
    public var actionPlans: [ActionPlan]
    public var indicators: [Indicator]
    public var budget: Budget
    public var risks: RiskRegister
    /// Fields two clones changed two ways, listed in their files until someone picks a side.
    public var mergeConflicts: [MergeConflict] = []

    public init(info: WorkspaceInfo = WorkspaceInfo(), partnership: Partnership = Partnership(),
                partners: [Partner] = [], engagement: [EngagementMechanism] = [], glossary: [GlossaryTerm] = [],
                governance: Governance = Governance(), plan: Plan = Plan(), priorities: [Priority] = [],
                actionPlans: [ActionPlan] = [], indicators: [Indicator] = [], budget: Budget = Budget(),
                risks: RiskRegister = RiskRegister()) {
        self.info = info
        self.partnership = partnership
        self.partners = partners
        self.engagement = engagement
        self.glossary = glossary
        self.governance = governance
        self.plan = plan
        self.priorities = priorities
        self.actionPlans = actionPlans
        self.indicators = indicators
        self.budget = budget
        self.risks = risks
    }
}

extension Workspace {
    /// The body with this id in the current structure.
    public func body(_ id: String?) -> Body? {
        guard let id else { return nil }
        return governance.bodies.first { $0.id == id }
    }

    public func partner(_ id: String?) -> Partner? {
        guard let id else { return nil }
        return partners.first { $0.id == id }
    }

    public func priority(_ id: String?) -> Priority? {
        guard let id else { return nil }
        return priorities.first { $0.id == id }
    }

    public func indicator(_ id: String?) -> Indicator? {
        guard let id else { return nil }
        return indicators.first { $0.id == id }
    }

    public func fundingLine(_ id: String?) -> FundingLine? {
        guard let id else { return nil }
        return budget.fundingLines.first { $0.id == id }
    }

    public func risk(_ id: String?) -> Risk? {
        guard let id else { return nil }
        return risks.risks.first { $0.id == id }
    }

    /// Every action in every action plan, with its plan.
    public var allActions: [(plan: ActionPlan, action: PlanAction)] {
        actionPlans.flatMap { plan in plan.actions.map { (plan, $0) } }
    }

    /// The action with this id, with its plan.
    public func action(_ id: String?) -> (plan: ActionPlan, action: PlanAction)? {
        guard let id else { return nil }
        for plan in actionPlans {
            if let a = plan.actions.first(where: { $0.id == id }) { return (plan, a) }
        }
        return nil
    }

    /// The meaning of a glossary term, matched without regard to case.
    public func meaning(of term: String) -> String? {
        let t = term.lowercased()
        return glossary.first { $0.term.lowercased() == t }?.meaning
    }
}
