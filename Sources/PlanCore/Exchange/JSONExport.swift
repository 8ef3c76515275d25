import Foundation

/// The JSON export: `{"kind": "saferplan.export.<subject>", "schemaVersion": 1, ...}` with the
/// subject's records in the same shape as the workspace files, pretty-printed with sorted keys.
public enum JSONExport {
    struct RisksExport: Codable {
        var kind = "saferplan.export.risks"
        var schemaVersion = WorkspaceFile.currentSchemaVersion
        var register: RiskRegister
    }

    struct ActionsExport: Encodable {
        var kind = "saferplan.export.actions"
        var schemaVersion = WorkspaceFile.currentSchemaVersion
        var priorities: [Priority]
        var actionPlans: [ActionPlan]
    }

    struct IndicatorsExport: Encodable {
        var kind = "saferplan.export.indicators"
        var schemaVersion = WorkspaceFile.currentSchemaVersion
        var indicators: [Indicator]
    }

    struct GovernanceExport: Encodable {
        var kind = "saferplan.export.governance"
        var schemaVersion = WorkspaceFile.currentSchemaVersion
        var governance: Governance
    }

    struct BudgetExport: Encodable {
        var kind = "saferplan.export.budget"
        var schemaVersion = WorkspaceFile.currentSchemaVersion
        var budget: Budget
        var totals: [YearTotalsExport]
    }

    struct YearTotalsExport: Encodable {
        var year: FinancialYear
        var confirmed: Money
        var projected: Money
        var carriedForward: Money
        var total: Money
        var includesProjected: Bool
        var allocated: Money
        var unallocated: Money
        /// Parts of the year's money not yet known, left out of the sums (omitted when none).
        var notYetKnown: [String]?
    }

    struct PlanExport: Encodable {
        var kind = "saferplan.export.plan"
        var schemaVersion = WorkspaceFile.currentSchemaVersion
        var info: WorkspaceInfo
        var partnership: Partnership
        var partners: [Partner]
        var engagement: [EngagementMechanism]
        var glossary: [GlossaryTerm]
        var governance: Governance
        var plan: Plan
        var priorities: [Priority]
        var actionPlans: [ActionPlan]
        var indicators: [Indicator]
        var budget: Budget
        var risks: RiskRegister
    }

    /// A list of records under a kind, for the directory sections.
    struct ListExport<Item: Encodable>: Encodable {
        var kind: String
        var schemaVersion = 1
        var items: [Item]
    }

    /// The export of `subject` as UTF-8 JSON text ending in a newline.
    public static func export(_ subject: ExportSubject, of ws: Workspace) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        switch subject {
        case .risks: data = try encoder.encode(RisksExport(register: ws.risks))
        case .actions: data = try encoder.encode(ActionsExport(priorities: ws.priorities, actionPlans: ws.actionPlans))
        case .indicators: data = try encoder.encode(IndicatorsExport(indicators: ws.indicators))
        case .governance: data = try encoder.encode(GovernanceExport(governance: ws.governance))
        case .budget:
            let totals = ws.budget.allTotals.map {
                YearTotalsExport(year: $0.year, confirmed: $0.confirmed, projected: $0.projected,
                                 carriedForward: $0.carriedForward, total: $0.total,
                                 includesProjected: $0.includesProjected, allocated: $0.allocated,
                                 unallocated: $0.unallocated, notYetKnown: $0.isComplete ? nil : $0.notYetKnown)
            }
            data = try encoder.encode(BudgetExport(budget: ws.budget, totals: totals))
        case .partners: data = try encoder.encode(ListExport(kind: "saferplan-partners", items: ws.partners))
        case .engagement: data = try encoder.encode(ListExport(kind: "saferplan-engagement", items: ws.engagement))
        case .timetable: data = try encoder.encode(ListExport(kind: "saferplan-timetable", items: ws.plan.timetable))
        case .glossary: data = try encoder.encode(ListExport(kind: "saferplan-glossary", items: ws.glossary))
        case .plan:
            data = try encoder.encode(PlanExport(info: ws.info, partnership: ws.partnership, partners: ws.partners,
                                                 engagement: ws.engagement, glossary: ws.glossary,
                                                 governance: ws.governance, plan: ws.plan, priorities: ws.priorities,
                                                 actionPlans: ws.actionPlans, indicators: ws.indicators,
                                                 budget: ws.budget, risks: ws.risks))
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
