extension RecordKind {
    /// The schema for this kind of record.
    public var schema: RecordSchema {
        switch self {
        case .plan: return PlanSchemas.plan.erased
        case .partnership: return PlanSchemas.partnership.erased
        case .strategicLink: return PlanSchemas.strategicLink.erased
        case .approvalStep: return MeetingSchemas.approvalStep.erased
        case .meeting: return MeetingSchemas.meeting.erased
        case .agendaItem: return MeetingSchemas.agendaItem.erased
        case .boardPaper: return MeetingSchemas.boardPaper.erased
        case .revision: return PlanSchemas.revision.erased
        case .nationalPriority: return PlanSchemas.nationalPriority.erased
        case .checklistNote: return PlanSchemas.checklistNote.erased
        case .partner: return PeopleSchemas.partner.erased
        case .engagement: return PeopleSchemas.engagement.erased
        case .glossaryTerm: return PeopleSchemas.glossaryTerm.erased
        case .milestone: return PeopleSchemas.milestone.erased
        case .body: return GovernanceSchemas.body.erased
        case .member: return GovernanceSchemas.member.erased
        case .bodyLink: return GovernanceSchemas.bodyLink.erased
        case .decisionRule: return GovernanceSchemas.decisionRule.erased
        case .priority: return DeliverySchemas.priority.erased
        case .actionPlan: return DeliverySchemas.actionPlan.erased
        case .action: return DeliverySchemas.action.erased
        case .progressUpdate: return DeliverySchemas.progressUpdate.erased
        case .indicator: return PerformanceSchemas.indicator.erased
        case .yearTarget: return PerformanceSchemas.yearTarget.erased
        case .quarterActual: return PerformanceSchemas.quarterActual.erased
        case .fundingLine: return PerformanceSchemas.fundingLine.erased
        case .carryForward: return PerformanceSchemas.carryForward.erased
        case .allocation: return PerformanceSchemas.allocation.erased
        case .risk: return RiskSchemas.risk.erased
        case .mitigation: return RiskSchemas.mitigation.erased
        case .riskReview: return RiskSchemas.riskReview.erased
        case .appetite: return RiskSchemas.appetite.erased
        case .band: return RiskSchemas.band.erased
        case .likelihoodLevel: return RiskSchemas.likelihoodLevel.erased
        case .impactLevel: return RiskSchemas.impactLevel.erased
        }
    }
}
