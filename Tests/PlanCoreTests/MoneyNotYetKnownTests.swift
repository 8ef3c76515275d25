import Foundation
import Testing
@testable import PlanCore

/// A sum not yet known stays unknown — in totals, files, papers, validation, import and export —
/// and a total a source prints is kept and checked.
@Suite("Money not yet known and stated totals")
struct MoneyNotYetKnownTests {
    let spelthorne = DemoWorkspaces.spelthorne
    var year: FinancialYear { FinancialYear(2008) }

    @Test func spelthornesCarriedForwardSumIsNotYetKnownAndNotCountedAsZero() throws {
        let cf = try #require(spelthorne.budget.carryForwards.first)
        #expect(cf.amount == nil)
        let t = spelthorne.budget.totals(for: year)
        #expect(t.total == Money(pounds: 241_037))
        #expect(!t.isComplete)
        #expect(t.totalText == "£241,037 plus a carried-forward sum not yet known")
    }

    @Test func aLineNotYetKnownIsNamedAndNeverOverAllocated() {
        var b = Budget(fundingLines: [FundingLine(id: "a", source: "A2 Housing", year: year, amount: nil, note: "awaiting board"),
                                      FundingLine(id: "b", source: "Borough", year: year, amount: Money(pounds: 1000))],
                       allocations: [Allocation(id: "x", priority: "p", year: year, amount: Money(pounds: 2000))])
        #expect(b.totals(for: year).totalText == "£1,000 plus the A2 Housing amount not yet known")
        #expect(!b.totals(for: year).overAllocated, "more may come: over-allocation cannot be said yet")
        b.fundingLines[0].amount = Money(pounds: 500)
        #expect(b.totals(for: year).overAllocated)
    }

    @Test func theFileOmitsAnUnknownAmountAndStatedTotalsOnlyWhenSet() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(spelthorne, at: tmp.file("w"))
        let text = try tmp.read("w/budget.json")
        let cf = try #require(text.range(of: "\"carryForwards\"").map { String(text[$0.lowerBound...].prefix { $0 != "}" }) })
        #expect(!cf.contains("\"amount\""), "\(cf)")
        #expect(!text.contains("statedTotals"), "a budget without stated totals writes the file it wrote before")
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace == spelthorne)
        var ws = spelthorne
        ws.budget.statedTotals = [StatedTotal(year: year, amount: Money(pounds: 241_037), source: "Plan 2008–11, Resources")]
        try WorkspaceStore.create(ws, at: tmp.file("s"))
        #expect(try tmp.read("s/budget.json").contains("\"statedTotals\""))
        #expect(try WorkspaceStore.load(folder: tmp.file("s")).workspace == ws)
    }

    @Test func validateChecksAStatedTotalAgainstTheSum() {
        var ws = spelthorne
        let today = day("2008-06-01")
        func budgetFindings(_ w: Workspace) -> [String] {
            w.validate(today: today).filter { $0.location.field == "statedTotals" }.map(\.message)
        }
        ws.budget.statedTotals = [StatedTotal(year: year, amount: Money(pounds: 250_000), source: "the plan")]
        #expect(budgetFindings(ws).isEmpty, "the unknown carried-forward sum may make up the difference")
        ws.budget.statedTotals = [StatedTotal(year: year, amount: Money(pounds: 240_000), source: "the plan")]
        #expect(budgetFindings(ws) == ["2008-09: the stated total £240,000 (the plan) is less than the known lines alone, "
                                       + "£241,037 plus a carried-forward sum not yet known"])
        ws.budget.carryForwards[0].amount = Money(pounds: 10_000)
        ws.budget.statedTotals = [StatedTotal(year: year, amount: Money(pounds: 241_037))]
        #expect(budgetFindings(ws) == ["2008-09: the stated total £241,037 differs from the sum of the lines, £251,037"])
        ws.budget.statedTotals = [StatedTotal(year: year, amount: Money(pounds: 251_037))]
        #expect(budgetFindings(ws).isEmpty)
    }

    @Test func theBudgetPaperSaysNotYetKnown() throws {
        var ws = spelthorne
        ws.budget.statedTotals = [StatedTotal(year: year, amount: Money(pounds: 241_037), source: "the plan")]
        let md = try Papers.render(.budget, format: .md, of: ws, options: PaperOptions(today: day("2008-06-01")))
        #expect(md.contains("| Carried forward |  |  | not yet known | Projected |"), "\(md)")
        #expect(md.contains("£241,037 plus a carried-forward sum not yet known"))
        #expect(md.contains("| **Total as printed in the plan** |  |  | **£241,037** |  |"))
    }

    func importFunding(_ rows: [String], into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(FundingSchema(), try TabularReader.read(Array(rows.joined(separator: "\r\n").utf8), file: "funding.csv"),
                            into: ws, options: TableImportOptions(today: day("2008-06-01")))
    }

    @Test func importReadsWordsAndAnEmptyCellWithANoteAsNotYetKnown() throws {
        let result = try importFunding(["Funding stream,Year,Amount (£),Note",
                                        "Safer Stronger Communities Fund,2008-09,TBC,",
                                        "Youth crime grant,2008-09,,Awaiting the Home Office letter",
                                        "Drugs intervention,2008-09,,"], into: spelthorne)
        #expect(result.report(onlyRefused: true) == [
            "funding.csv, row 4: refused: column C \"Amount (£)\": expected the amount in pounds, found nothing; for a sum not yet known "
                + "write TBC or \"not yet known\", or say why in the note",
        ])
        let partial = try TableImport.run(FundingSchema(), try TabularReader.read(Array(["Funding stream,Year,Amount (£),Note",
                                                                                        "Safer Stronger Communities Fund,2008-09,TBC,",
                                                                                        "Youth crime grant,2008-09,,Awaiting the Home Office letter"]
                                                                                        .joined(separator: "\r\n").utf8), file: "funding.csv"),
                                          into: spelthorne, options: TableImportOptions(today: day("2008-06-01")))
        #expect(partial.added == 2)
        let lines = partial.workspace.budget.fundingLines.suffix(2)
        #expect(lines.map(\.amount) == [nil, nil])
        #expect(lines.map(\.note) == ["TBC", "Awaiting the Home Office letter"])
        #expect(partial.workspace.budget.totals(for: year).totalText
                == "£241,037 plus the Safer Stronger Communities Fund amount and the Youth crime grant amount and a carried-forward sum not yet known")
    }

    @Test func anUnknownAmountRoundTripsThroughCSVAndXLSXUnchanged() throws {
        var ws = spelthorne
        ws.budget.fundingLines.append(FundingLine(id: "fl-ssc", source: "Safer Stronger Communities Fund", year: year, amount: nil))
        let csvText = TableExport.csv(FundingSchema(), ws, today: day("2008-06-01"))
        #expect(csvText.contains("Safer Stronger Communities Fund") && csvText.contains("not yet known"))
        let csv = try TableImport.run(FundingSchema(), try TabularReader.read(Array(csvText.utf8), file: "f.csv"), into: ws,
                                      options: TableImportOptions(today: day("2008-06-01")))
        #expect(csv.summary == "0 added, 0 updated, 9 unchanged", "\(csv.report())")
        #expect(csv.workspace == ws)
        let xlsx = try TableImport.run(FundingSchema(), try TabularReader.read(try XLSXExport.export(.budget, of: ws, today: day("2008-06-01")),
                                                                               file: "f.xlsx"),
                                       into: ws, options: TableImportOptions(today: day("2008-06-01")))
        #expect(xlsx.summary == "0 added, 0 updated, 9 unchanged", "\(xlsx.report())")
        #expect(xlsx.workspace == ws)
    }
}
