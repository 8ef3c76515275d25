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
}
