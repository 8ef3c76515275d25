import Testing
@testable import PlanCore
@testable import PlanUI

/// The risk forms are made from the risk catalogues: a field added there is on the form.
struct CatalogueFormTests {
    @Test func theRiskFormShowsEachCatalogueFormFieldInOrder() {
        let form = RiskSchemas.risk.fields.map(\.spec)
        let catalogue = Risk.catalogue.formFields
        #expect(form.map(\.label) == catalogue.compactMap(\.formLabel))
        #expect(form.map(\.required) == catalogue.map(\.required))
        #expect(form.map(\.label) == ["Title", "Category", "Owner", "Cause", "Event", "Consequence",
                                      "Inherent likelihood", "Inherent impact", "Residual likelihood", "Residual impact",
                                      "Target likelihood", "Target impact", "Existing controls", "Raised on", "Last review",
                                      "Next review", "Priorities", "Bodies"])
        #expect(form[0].help == "What could happen, in a line", "the catalogue's help where the form has none of its own")
        #expect(form[3].kind == .longText && form[12].kind == .list && form[13].kind == .date(optional: true))
        #expect(form[16].kind == .references(.priority) && form[17].kind == .references(.body))
    }

    @Test func theReviewAndMitigationFormsFollowTheirCatalogues() {
        #expect(RiskSchemas.riskReview.fields.map(\.spec.label) == RiskReview.catalogue.formFields.compactMap(\.formLabel))
        #expect(RiskSchemas.riskReview.fields.map(\.spec.label) == ["Date", "Residual likelihood", "Residual impact", "New target (L×I)",
                                                                    "Note", "Reviewer", "First inherent (L×I)"])
        #expect(RiskSchemas.mitigation.fields.map(\.spec.label) == Mitigation.catalogue.formFields.compactMap(\.formLabel))
        #expect(RiskSchemas.mitigation.fields.map(\.spec.kind) == [.longText, .reference(.action, optional: true), .text,
                                                                   .date(optional: true)])
    }

    @Test func aRequiredLevelLeftOutIsRefusedByItsCatalogueLabel() throws {
        var review = RiskReview(date: Day(dayNumber: 0), residual: RiskScore(likelihood: 3, impact: 3))
        let field = try #require(RiskSchemas.riskReview.fields.first { $0.spec.label == "Residual impact" })
        #expect(throws: FieldError("Residual impact must be from 1 to 5: 1 Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Severe")) {
            try field.set(&review, "9", Workspace())
        }
    }

    @Test func theGlossaryFormFollowsItsCatalogue() throws {
        #expect(PeopleSchemas.glossaryTerm.fields.map(\.spec.label) == ["Term", "Meaning"])
        #expect(PeopleSchemas.glossaryTerm.fields.map(\.spec.required) == [true, true])
        var term = GlossaryTerm(id: "t")
        #expect(throws: FieldError("Meaning is required")) { try PeopleSchemas.glossaryTerm.fields[1].set(&term, " ", Workspace()) }
    }

    @Test func theActionPlanActionAndUpdateFormsFollowTheirCataloguesAsBefore() {
        let plan = DeliverySchemas.actionPlan.fields.map(\.spec)
        #expect(plan.map(\.label) == ActionPlan.catalogue.formFields.compactMap(\.formLabel))
        #expect(plan.map(\.label) == ["Priority", "Year", "Lead", "Status"])
        #expect(plan.map(\.required) == [true, true, false, true])
        #expect(plan.map(\.kind) == [.reference(.priority, optional: false), .year(optional: false), .text, .choice])
        let action = DeliverySchemas.action.fields.map(\.spec)
        #expect(action.map(\.label) == PlanAction.catalogue.formFields.compactMap(\.formLabel))
        #expect(action.map(\.label) == ["Code", "Title", "Owner", "Partners", "Due", "SMART measure", "Baseline", "Target", "Deadline",
                                        "Amount", "Funding line", "Staff", "Status", "RAG"])
        #expect(action.map(\.required) == [false, true, false, false, false, false, false, false, false, false, false, false, true, false])
        #expect(action[9].kind == .money(optional: true) && action[10].kind == .reference(.fundingLine, optional: true))
        #expect(action.map(\.help) == ["", "", action[2].help, "", action[4].help, "", "", "", action[4].help, action[9].help,
                                       "Enter to choose", "", "", ""])
        let update = DeliverySchemas.progressUpdate.fields.map(\.spec)
        #expect(update.map(\.label) == ["Quarter", "RAG", "Commentary", "Value", "Date"])
        #expect(update.map(\.required) == [true, true, false, false, false])
        #expect(update.map(\.kind) == [.quarter, .choice, .longText, .number(optional: true), .date(optional: true)])
    }

    @Test func anActionsRAGMayBeLeftBlankAndItsStatusMayNot() throws {
        var action = PlanAction(id: "a", rag: .red)
        let rag = try #require(DeliverySchemas.action.fields.first { $0.spec.label == "RAG" })
        #expect(rag.spec.options?(Workspace()).map(\.label) == ["(none)", "Red", "Amber", "Green"])
        try rag.set(&action, "", Workspace())
        #expect(action.rag == nil)
        try rag.set(&action, "green", Workspace())
        #expect(action.rag == .green)
        let status = try #require(DeliverySchemas.action.fields.first { $0.spec.label == "Status" })
        #expect(status.spec.options?(Workspace()).map(\.label) == ActionStatus.allCases.map(\.label))
        #expect(throws: FieldError.self) { try status.set(&action, "", Workspace()) }
    }

    @Test func theBudgetFormsFollowTheirCatalogues() {
        let line = PerformanceSchemas.fundingLine.fields.map(\.spec)
        #expect(line.map(\.label) == FundingLine.catalogue.formFields.compactMap(\.formLabel))
        #expect(line.map(\.label) == ["Year", "Source", "Source kind", "Partner", "Capital or revenue", "Certainty", "Amount", "Note"])
        #expect(line.map(\.required) == [true, true, true, false, true, true, false, false])
        #expect(line[6].help == "pounds, e.g. 28000; blank while not yet known (say why in the note)")
        let carry = PerformanceSchemas.carryForward.fields.map(\.spec)
        #expect(carry.map(\.label) == ["Into year", "Amount", "Certainty", "Note"])
        #expect(carry.map(\.required) == [true, false, true, false])
        let allocation = PerformanceSchemas.allocation.fields.map(\.spec)
        #expect(allocation.map(\.label) == ["Priority", "Funding line", "Year", "Amount", "Note"])
        #expect(allocation.map(\.required) == [true, false, true, true, false])
        #expect(allocation.map(\.kind) == [.reference(.priority, optional: false), .reference(.fundingLine, optional: true),
                                           .year(optional: false), .money(optional: false), .longText])
    }

    @Test func theIndicatorTargetAndActualFormsFollowTheirCatalogues() throws {
        let indicator = PerformanceSchemas.indicator.fields.map(\.spec)
        #expect(indicator.map(\.label) == Indicator.catalogue.formFields.compactMap(\.formLabel))
        #expect(indicator.map(\.label) == ["Code", "Title", "Polarity", "Unit", "Baseline", "Baseline period", "Stretch target",
                                           "LAA indicator", "Tolerance %", "Source"])
        #expect(indicator.map(\.required) == [false, true, true, false, false, false, true, true, true, false])
        #expect(indicator.map(\.kind) == [.text, .text, .choice, .text, .number(optional: true), .text, .bool, .bool,
                                          .number(optional: false), .text])
        #expect(indicator[0].help == "e.g. NI 15")
        let target = PerformanceSchemas.yearTarget.fields.map(\.spec)
        #expect(target.map(\.label) == YearTarget.catalogue.formFields.compactMap(\.formLabel))
        #expect(target.map(\.label) == ["Year", "Target"])
        #expect(target.map(\.kind) == [.year(optional: false), .number(optional: false)])
        #expect(target.map(\.required) == [true, true])
        let actual = PerformanceSchemas.quarterActual.fields.map(\.spec)
        #expect(actual.map(\.label) == ["Quarter", "Actual", "Note"])
        #expect(actual.map(\.kind) == [.quarter, .number(optional: false), .longText])
        var a = QuarterActual(quarter: Quarter(containing: Day(dayNumber: 0)), value: 1)
        #expect(throws: FieldError("Actual is required")) { try PerformanceSchemas.quarterActual.fields[1].set(&a, " ", Workspace()) }
        var i = Indicator(id: "i")
        let polarity = try #require(PerformanceSchemas.indicator.fields.first { $0.spec.label == "Polarity" })
        try polarity.set(&i, "higherIsBetter", Workspace())
        #expect(i.polarity == .higherIsBetter)
    }

    @Test func theMilestoneAndEngagementFormsFollowTheirCataloguesAsBefore() throws {
        let milestone = PeopleSchemas.milestone.fields.map(\.spec)
        #expect(milestone.map(\.label) == ["Date", "Step", "Body", "Done", "Done on", "Note"])
        #expect(milestone.map(\.required) == [true, false, false, true, false, false])
        #expect(milestone.map(\.kind) == [.text, .longText, .text, .bool, .date(optional: true), .longText])
        #expect(milestone[0].help == "As written, e.g. 20/02/2008 or By 15/02/2008")
        var m = Milestone(id: "m")
        #expect(throws: FieldError("Date is required")) { try PeopleSchemas.milestone.fields[0].set(&m, " ", Workspace()) }
        #expect(throws: FieldError("\"soon\" cannot be read as a date; write e.g. 20/02/2008")) {
            try PeopleSchemas.milestone.fields[0].set(&m, "soon", Workspace())
        }
        let engagement = PeopleSchemas.engagement.fields.map(\.spec)
        #expect(engagement.map(\.label) == ["Name", "Description", "Frequency", "Frequency wording", "A known date", "Audience", "Owner"])
        #expect(engagement.map(\.required) == [true, false, false, false, false, false, false])
        #expect(engagement.map(\.kind) == [.text, .longText, .cadence, .text, .date(optional: true), .text, .text])
        #expect(engagement[3].help == "As the plan words it, if different")
    }

    @Test func thePartnerFormFollowsItsCatalogueAsBefore() {
        let partner = PeopleSchemas.partner.fields.map(\.spec)
        #expect(partner.map(\.label) == ["Name", "Acronym", "Kind", "Authority", "Role", "Contribution", "Representatives"])
        #expect(partner.map(\.required) == [true, false, true, false, false, false, false])
        #expect(partner.map(\.kind) == [.text, .text, .choice, .choice, .longText, .longText, .list])
        #expect(partner[6].help == "One per line: Name (Title)")
        #expect(partner[3].options?(Workspace()).first?.label == "(none)")
    }

    @Test func theBodyAndMemberFormsFollowTheirCatalogues() {
        let body = GovernanceSchemas.body.fields.map(\.spec)
        #expect(body.map(\.label) == ["Name", "Acronym", "Kind", "Tier", "Status", "Reports to", "Chair", "Vice-chair", "Cadence",
                                      "Cadence wording", "A meeting date", "Purpose", "Terms of reference", "Notes"])
        #expect(body.map(\.required) == [true, false, true, true, true, false, false, false, false, false, false, false, false, false])
        #expect(body[5].kind == .references(.body) && body[5].help == "Enter to choose; a body may report to several")
        #expect(body[8].kind == .cadence && body[9].help == "As the paper words it, if different")
        let member = GovernanceSchemas.member.fields.map(\.spec)
        #expect(member.map(\.label) == ["Role", "Partner", "Organisation", "Person"])
        #expect(member.map(\.required) == [true, false, false, false])
        #expect(member[1].kind == .reference(.partner, optional: true) && member[2].help == "When not one of the partners")
        #expect(GovernanceSchemas.bodyLink.fields.map(\.spec.label) == ["Linked body", "Note"])
        #expect(GovernanceSchemas.decisionRule.fields.map(\.spec.label) == ["Matter", "Decided by", "Escalation"])
        #expect(GovernanceSchemas.decisionRule.fields.map(\.spec.kind) == [.text, .longText, .longText])
    }
}
