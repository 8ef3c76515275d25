import Testing
@testable import PlanCore

/// Before any row is applied one pass (on two threads for many rows) finds the blank rows and the
/// month-first dates; a table is refused at the first row holding one, in the first date column
/// (in field order) that does, wherever in the table that row is.
@Suite("Rows scanned before applying")
struct RowScanTests {
    static func row(_ n: Int, _ cells: [String]) -> TabularRow {
        TabularRow(number: n, cells: cells.map { $0.isEmpty ? RawCell.empty : .text($0) })
    }

    @Test func blankRowsAndMonthFirstDatesAreFoundPerRowAndColumn() throws {
        let rows = [
            Self.row(1, ["Risk", "Raised", "Reviewed"]),
            Self.row(2, ["A", "12/01/2027", "01/02/2027"]),
            Self.row(3, ["  ", "", " "]),
            Self.row(4, ["B", "01/31/2027", "15/01/2027"]),
            Self.row(5, ["C", "02/13/2027", "12/25/2027"]),
        ]
        let scan = RowScan(rows, dateColumns: [1, 2])
        #expect(rows.indices.filter(scan.isBlank) == [2])
        #expect(try #require(scan.firstMonthFirst(0, among: [1, 3, 4], of: rows)) == (3, "01/31/2027"))
        #expect(try #require(scan.firstMonthFirst(1, among: [1, 3, 4], of: rows)) == (4, "12/25/2027"))
        // Rows left out of those asked about (as the import leaves out the header and the rows above it) are not reported.
        #expect(try #require(scan.firstMonthFirst(0, among: [4], of: rows)) == (4, "02/13/2027"))
        #expect(scan.firstMonthFirst(1, among: [1, 3], of: rows) == nil)
    }

    @Test func manyRowsScannedOnTwoThreadsGiveWhatEachRowSays() throws {
        let rows = (0..<5_000).map { k in
            Self.row(k + 1, k % 97 == 5 ? ["", ""] : ["Risk \(k)", k == 4_321 || k == 4_999 ? "03/30/2027" : "30/03/2027"])
        }
        let scan = RowScan(rows, dateColumns: [1])
        #expect(rows.indices.filter(scan.isBlank) == rows.indices.filter { rows[$0].isBlank })
        #expect(rows.indices.filter(scan.isBlank).count == 52)
        // The first in the second half, though the last row holds one too.
        #expect(try #require(scan.firstMonthFirst(0, among: Array(rows.indices), of: rows)) == (4_321, "03/30/2027"))
        #expect(try #require(scan.firstMonthFirst(0, among: Array(4_322..<5_000), of: rows)) == (4_999, "03/30/2027"))
    }

    @Test func dateColumnsPastTheSixtyThirdAreAskedAboutRowByRow() throws {
        let header = Self.row(1, (0..<70).map { "Date \($0)" })
        let dates = Self.row(2, (0..<70).map { $0 == 66 ? "06/30/2027" : "30/06/2027" })
        let scan = RowScan([header, dates], dateColumns: Array(0..<70))
        #expect(try #require(scan.firstMonthFirst(66, among: [1], of: [header, dates])) == (1, "06/30/2027"))
        #expect(scan.firstMonthFirst(65, among: [1], of: [header, dates]) == nil)
        #expect(scan.firstMonthFirst(5, among: [1], of: [header, dates]) == nil)
    }

    @Test func aLargeSheetIsRefusedAtItsFirstMonthFirstDateInFieldOrderPastBlankRows() throws {
        var lines = ["Risk,Owner,Residual likelihood,Residual impact,Last review,Next review"]
        for k in 0..<3_000 {
            if k % 500 == 7 { lines.append(",,,,,"); continue }
            let last = k == 2_900 ? "11/30/2026" : "30/11/2026"
            let next = k == 2_500 ? "12/31/2026" : "31/12/2026"
            lines.append("Risk \(k),Owner,2,3,\(last),\(next)")
        }
        let input = try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "us.csv")
        let error = #expect(throws: TabularReadError.self) {
            try RiskTableImport.run(input, into: DemoWorkspaces.haringey, options: TableImportOptions(today: day("2026-12-01")))
        }
        // The last review comes before the next review among the register's fields, so its row is named, though further down.
        #expect(error?.description == "us.csv, row 2902: column E \"Last review\" holds month-first (US) dates such as 11/30/2026, "
                + "which cannot be read day first; SaferPlan reads dates day first, as in the UK. Save the sheet with a UK locale, "
                + "or write the dates as 2009-11-30")
    }
}
