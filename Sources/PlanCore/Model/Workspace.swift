/// A whole partnership plan workspace: everything in the folder, in memory.
public struct Workspace: Sendable, Equatable {
    /// What the workspace is, its sources, and the date it is viewed as at (kept in partnership.json).
    public var info: WorkspaceInfo
    /// The partnership's narrative: its name, area, vision, story of place and strategic links
    /// (partnership.json).
    public var partnership: Partnership
    /// The partner organisations (partnership.json).
    public var partners: [Partner]
    /// The ways the partnership engages with local communities (partnership.json).
    public var engagement: [EngagementMechanism]
    /// Terms and abbreviations with their meanings (partnership.json).
    public var glossary: [GlossaryTerm]
    /// The boards and groups, proposals to change them and former structures (governance.json).
    public var governance: Governance
    /// The plan itself: its title, period, current year, approval, timetable, strategic assessment
    /// and revisions (plan.json).
    public var plan: Plan
    /// The priorities, active and retired (plan.json).
    public var priorities: [Priority]
    /// Every priority's action plan for every year, with their actions (actions.json).
    public var actionPlans: [ActionPlan]
    /// The performance indicators with their targets and actuals (indicators.json).
    public var indicators: [Indicator]
    /// Funding lines, carry-forwards and allocations (budget.json).
    public var budget: Budget
    /// The risk register: matrix, appetite and risks (risks.json).
    public var risks: RiskRegister
    /// Fields two clones changed two ways, listed in their files until someone picks a side.
    public var mergeConflicts: [MergeConflict] = []

    /// A workspace of the given parts; by default empty.
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

    /// The partner with this id; nil for nil or an id no partner has.
    public func partner(_ id: String?) -> Partner? {
        guard let id else { return nil }
        return partners.first { $0.id == id }
    }

    /// The priority with this id, active or retired; nil for nil or an id no priority has.
    public func priority(_ id: String?) -> Priority? {
        guard let id else { return nil }
        return priorities.first { $0.id == id }
    }

    /// The indicator with this id; nil for nil or an id no indicator has.
    public func indicator(_ id: String?) -> Indicator? {
        guard let id else { return nil }
        return indicators.first { $0.id == id }
    }

    /// The funding line with this id; nil for nil or an id no line has.
    public func fundingLine(_ id: String?) -> FundingLine? {
        guard let id else { return nil }
        return budget.fundingLines.first { $0.id == id }
    }

    /// The risk with this id (not its reference), open or closed; nil for nil or an id no risk has.
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
