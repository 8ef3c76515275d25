import Foundation
import Testing
@testable import PlanCore
@testable import Spreadsheet

/// The budget workbook's Totals sheet says "not yet known" where the papers do, never £0.00 beside
/// a line whose amount is not known; the risks workbook's Id column fits its ids.
struct BudgetTotalsSheetTests {
    let year = FinancialYear(2026)

    @Test func aTotalWithAnUnknownPartSaysSoInWords() {
        var ws = Workspace()
        ws.budget.fundingLines = [FundingLine(id: "fund-1", source: "PCC Community Safety Fund", year: year, amount: Money(pounds: 85_000)),
                                  FundingLine(id: "fund-2", source: "Youth Endowment Fund bid", year: year, amount: nil, certainty: .projected)]
        let sheet = XLSXExport.budgetTotals(ws)
        #expect(sheet.columns.map(\.title) == ["Year", "Confirmed (£)", "Projected (£)", "Carried forward (£)", "Total (£)", "Allocated (£)",
                                               "Unallocated (£)", "Not yet known"])
        #expect(sheet.rows.map { $0.map(\.value) } == [[
            .text("2026-27"), .number(85_000), .text("not yet known"), .number(0), .text("£85,000 plus a sum not yet known"), .number(0),
            .text("£85,000 plus a sum not yet known"), .text("the Youth Endowment Fund bid amount"),
        ]])
        // Known once more, the figures are numbers again.
        ws.budget.fundingLines[1].amount = Money(pounds: 40_000)
        #expect(XLSXExport.budgetTotals(ws).rows.map { $0.map(\.value) } == [[
            .text("2026-27"), .number(85_000), .number(40_000), .number(0), .number(125_000), .number(0), .number(125_000), .empty,
        ]])
    }

    @Test func theRisksWorkbooksIdColumnFitsItsIds() throws {
        var ws = Workspace()
        ws.risks.risks = [Risk(id: "risk-mxb4to5u-za1m", title: "Loss of Home Office funding")]
        let bytes = try XLSXExport.export(.risks, of: ws, today: day("2026-12-01"))
        let sheet = try #require(XLSXExport.risks(ws.risks, today: day("2026-12-01")).first)
        #expect(sheet.columns.first?.title == "Id")
        #expect(ColumnWidths.fitted(sheet).first == 20, "18 characters and their padding, not the 8 the column was given")
        #expect(try XLSXReader.read(bytes).first?.rows[1].cells.first == .text("risk-mxb4to5u-za1m"))
    }
}
