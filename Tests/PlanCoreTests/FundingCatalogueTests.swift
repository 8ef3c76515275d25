import Foundation
import Testing
@testable import PlanCore

/// The budget's catalogues: budget.json written and read from them, and the funding sheet's
/// columns the ones it has always had.
struct FundingCatalogueTests {
    /// The funding sheet's columns as `FundingSchema` listed them by hand before the catalogue, with
    /// "Funder" also a partner's header and the sheet's own "Amount not yet known" column since.
    static let columnsBefore: [FieldDescription] = [
        FieldDescription("id", "Id", synonyms: ["line id", "ref"]),
        FieldDescription("year", "Year", synonyms: ["financial year", "fy", "funding year"], help: "e.g. 2026-27 (default: the current year)"),
        FieldDescription("source", "Source", synonyms: ["funding stream", "funding source", "funder", "fund", "grant", "stream", "funding"],
            required: true),
        FieldDescription("source_kind", "Kind", .choice(FundingSourceKind.allCases.map(\.label)), synonyms: ["source kind", "type", "funding type"]),
        FieldDescription("partner", "Partner", .references("partner"), synonyms: ["contributing partner", "organisation", "agency", "from", "funder"]),
        FieldDescription("nature", "Nature", .choice(FundingNature.allCases.map(\.label)), synonyms: ["revenue capital", "revenue or capital"]),
        FieldDescription("certainty", "Status", .choice(Certainty.allCases.map(\.label)), synonyms: ["certainty", "confirmed", "confirmed or projected"]),
        FieldDescription("amount", "Amount (£)", .money, synonyms: ["amount", "£", "value", "allocation", "total £", "sum", "budget"], required: true),
        FieldDescription("amount_not_known", "Amount not yet known", synonyms: ["not yet known", "amount unknown", "amount tbc"],
                         help: "\"not yet known\" while the amount is not known (the amount left empty)"),
        FieldDescription("note", "Note", synonyms: ["notes", "comments", "comment"]),
    ]

    @Test func theFundingSheetKeepsItsColumns() {
        #expect(FundingSchema().fields(Workspace()).map(CatalogueTests.line) == Self.columnsBefore.map(CatalogueTests.line))
        #expect(FundingSchema().fields(Workspace()).map(\.name) == FundingLine.catalogue.fields.filter(\.inSheets).map(\.name))
    }

    static var fullBudget: Budget {
        var b = Budget()
        b.fundingLines = [FundingLine(id: "fl-1", source: "Home Office", sourceKind: .partnerContribution, partner: "pt-2", year: FinancialYear(2026),
                                      amount: Money(pence: 12_000_000), nature: .capital, certainty: .projected, note: "Bid")]
        b.carryForwards = [CarryForward(id: "cf-1", year: FinancialYear(2027), amount: nil, certainty: .confirmed, note: "Underspend")]
        b.allocations = [Allocation(id: "al-1", priority: "p-1", fundingLine: "fl-1", year: FinancialYear(2026),
                                    amount: Money(pence: 500_000), note: "Youth")]
        return b
    }

    static func budgetFile(_ budget: Budget) throws -> String {
        var ws = Workspace()
        ws.budget = budget
        return String(decoding: try ws.encoded(.budget), as: UTF8.self)
    }

    static func readBudget(_ text: String) throws(LoadError) -> Workspace {
        try WorkspaceStore.read(.budget, bytes: Array(text.utf8), path: "budget.json").0
    }

    @Test func aBudgetIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        let text = try Self.budgetFile(Self.fullBudget)
        #expect(try CatalogueTests.keys(ofObjectsWith: "sourceKind", in: text) == [FundingLine.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "priority", in: text) == [Allocation.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "certainty", in: text).contains(["certainty", "id", "note", "year"]))
        #expect(try Self.readBudget(text).budget == Self.fullBudget)
    }

    @Test(arguments: [
        ("\"nature\" : \"capital\"", "\"natur\" : \"capital\"", "unknown field \"natur\"; check its spelling", "budget.fundingLines[0]"),
        ("\"year\" : \"2027-28\"", "\"year\" : null", "", "budget.carryForwards[0].year"),
        ("\"priority\" : \"p-1\",", "", "the required field Priority (\"priority\") is missing", "budget.allocations[0]"),
        ("\"amount\" : 5000", "\"amount\" : null", "", "budget.allocations[0].amount"),
    ])
    func aFaultInAnyBudgetFieldIsPlacedAtItsLineColumnAndPath(_ find: String, _ replace: String, _ message: String,
                                                                 _ path: String) throws {
        let good = try Self.budgetFile(Self.fullBudget)
        #expect(good.contains(find))
        guard let first = good.range(of: find) else { return }
        let bad = good.replacingCharacters(in: first, with: replace)
        do {
            _ = try Self.readBudget(bad)
            Issue.record("\(path) was not refused")
        } catch {
            if !message.isEmpty { #expect(error.message == message) }
            #expect(error.fieldPath == path)
            #expect(error.position != nil)
        }
    }
}
