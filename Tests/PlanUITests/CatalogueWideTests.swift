import Testing
@testable import PlanCore
@testable import PlanUI

/// Every record on the field catalogue: its form shows exactly the catalogue's form fields, its
/// sheet lists exactly the catalogue's columns, and its JSON keys are the catalogue's.
struct CatalogueWideTests {
    /// A record type: its form's labels beside its catalogue's form labels.
    struct Form: Sendable, CustomTestStringConvertible {
        let name: String
        let form: [String]
        let catalogue: [String]
        var testDescription: String { name }
    }

    static func form<R>(_ name: String, _ schema: Schema<R>, _ catalogue: RecordCatalogue<R>) -> Form {
        Form(name: name, form: schema.fields.map(\.spec.label), catalogue: catalogue.formFields.compactMap(\.formLabel))
    }

    static let forms: [Form] = [
        form("risk", RiskSchemas.risk, Risk.catalogue),
        form("risk review", RiskSchemas.riskReview, RiskReview.catalogue),
        form("mitigation", RiskSchemas.mitigation, Mitigation.catalogue),
        form("glossary term", PeopleSchemas.glossaryTerm, GlossaryTerm.catalogue),
        form("action plan", DeliverySchemas.actionPlan, ActionPlan.catalogue),
        form("action", DeliverySchemas.action, PlanAction.catalogue),
        form("progress update", DeliverySchemas.progressUpdate, ProgressUpdate.catalogue),
        form("funding line", PerformanceSchemas.fundingLine, FundingLine.catalogue),
        form("carry-forward", PerformanceSchemas.carryForward, CarryForward.catalogue),
        form("allocation", PerformanceSchemas.allocation, Allocation.catalogue),
        form("indicator", PerformanceSchemas.indicator, Indicator.catalogue),
        form("year target", PerformanceSchemas.yearTarget, YearTarget.catalogue),
        form("quarterly actual", PerformanceSchemas.quarterActual, QuarterActual.catalogue),
        form("milestone", PeopleSchemas.milestone, Milestone.catalogue),
        form("partner", PeopleSchemas.partner, Partner.catalogue),
        form("body", GovernanceSchemas.body, Body.catalogue),
        form("member", GovernanceSchemas.member, Member.catalogue),
        form("body link", GovernanceSchemas.bodyLink, BodyLink.catalogue),
        form("decision rule", GovernanceSchemas.decisionRule, DecisionRule.catalogue),
        form("engagement mechanism", PeopleSchemas.engagement, EngagementMechanism.catalogue),
    ]

    @Test(arguments: forms)
    func aFormShowsExactlyItsCataloguesFormFields(_ f: Form) {
        #expect(!f.catalogue.isEmpty)
        #expect(f.form == f.catalogue)
    }

    /// A sheet: its columns' names beside its catalogue's columns (the record's own columns that
    /// follow them, per year or quarter, left aside).
    struct Sheet: Sendable, CustomTestStringConvertible {
        let name: String
        let columns: [String]
        let catalogue: [String]
        var testDescription: String { name }
    }

    static func sheet(_ name: String, _ schema: some TableSchema, _ catalogue: [String]) -> Sheet {
        Sheet(name: name, columns: Array(schema.fields(Workspace()).map(\.name).prefix(catalogue.count)), catalogue: catalogue)
    }

    static func columns<R>(_ catalogue: RecordCatalogue<R>) -> [String] { catalogue.columns().map(\.name) }

    static let sheets: [Sheet] = [
        sheet("risks", RiskSchema(), columns(Risk.catalogue)),
        sheet("glossary", GlossarySchema(), columns(GlossaryTerm.catalogue)),
        sheet("actions", ActionSchema(), ActionPlan.sheetOrder + columns(PlanAction.catalogue)),
        sheet("funding", FundingSchema(), columns(FundingLine.catalogue)),
        sheet("indicators", IndicatorSchema(), columns(Indicator.catalogue)),
        sheet("milestones", MilestoneSchema(), columns(Milestone.catalogue)),
        sheet("partners", PartnerSchema(), columns(Partner.catalogue)),
        sheet("bodies", BodySchema(), columns(Body.catalogue)),
        sheet("engagement", EngagementSchema(), columns(EngagementMechanism.catalogue)),
    ]

    @Test(arguments: sheets)
    func aSheetListsExactlyItsCataloguesColumns(_ s: Sheet) {
        #expect(!s.catalogue.isEmpty)
        #expect(s.columns == s.catalogue)
    }

    @Test func theIndicatorSheetAddsOnlyItsYearAndQuarterColumns() {
        let extra = IndicatorSchema().fields(Workspace()).dropFirst(Indicator.catalogue.columns().count)
        #expect(!extra.isEmpty && extra.allSatisfy { $0.name.hasPrefix("target ") || $0.name.hasPrefix("actual ") })
    }
}
