import Foundation
import Testing
@testable import PlanCore

/// Messages name a CSV record's row as a spreadsheet shows it, with its line where a line break in
/// a cell above moves it; a month-first date is refused naming its row; a text file named .xlsx is
/// said to be no workbook.
struct CSVRowNamingTests {
    let today = day("2026-12-01")
    var empty: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    @Test func aRowBelowACellWithALineBreakIsNamedByItsRowAndItsLine() throws {
        // The register's first risk has two lines of controls: the second risk is row 3 in Calc, on line 4 of the file.
        let file = "council-register-semicolon.csv"
        let input = try #require(try TabularReader.read(try sheetFixture(file), file: file).first)
        #expect(input.rows.map(\.number) == [1, 2, 3])
        #expect(input.lines == [3: 4])
        #expect(input.place(2) == "council-register-semicolon.csv, row 2")
        #expect(input.place(3) == "council-register-semicolon.csv, row 3 (line 4)")
        let result = try RiskTableImport.run([input], into: empty, options: TableImportOptions(today: today))
        #expect(result.report().filter { !$0.hasPrefix(" ") } == ["council-register-semicolon.csv, row 2: added N1",
                                                                   "council-register-semicolon.csv, row 3 (line 4): added N2"])
    }

    @Test func blankLinesAreRowsAndBreaksInSeveralCellsAddUp() throws {
        let text = "Risk,Controls\r\n\r\nA,\"one\r\ntwo\r\nthree\"\r\nB,\"x\ny\"\r\nC,z\r\n"
        let input = try #require(try TabularReader.read(Array(text.utf8), file: "r.csv").first)
        #expect(input.rows.map(\.number) == [1, 3, 4, 5])
        #expect(input.lines == [4: 6, 5: 8])
        #expect(input.rows[1].cells[1] == .text("one\ntwo\nthree"))
    }

    @Test func monthFirstDatesAreRefusedNamingTheFirstImpossibleRowAndItsColumn() throws {
        let text = "Ref,Risk,Risk Owner,Residual Likelihood,Residual Impact,Review Date\n"
            + "N1,Shop theft,BID manager,2,3,12/01/2027\n"
            + "N2,\"Night-time\neconomy\",Licensing lead,3,3,01/31/2027\n"
        let error = #expect(throws: TabularReadError.self) {
            try RiskTableImport.run(try TabularReader.read(Array(text.utf8), file: "us.csv"), into: empty, options: TableImportOptions(today: today))
        }
        #expect(error?.description == "us.csv, row 3: column F \"Review Date\" holds month-first (US) dates such as 01/31/2027, which cannot "
                + "be read day first; SaferPlan reads dates day first, as in the UK. Save the sheet with a UK locale, or write the dates as 2009-11-30")
    }

    @Test func aTextFileNamedAsAWorkbookIsSaidToBeNoWorkbook() {
        let text = #expect(throws: TabularReadError.self) { try TabularReader.read(Array("this is not a workbook\n".utf8), file: "notes.xlsx") }
        #expect(text?.description == "notes.xlsx: is named .xlsx but is not an Excel workbook: a workbook is a zip archive, and this file is "
                + "plain text; open it in the program that made it and save it again as a workbook (.xlsx) or as CSV (.csv)")
        let binary = #expect(throws: TabularReadError.self) { try TabularReader.read([0x00, 0x01, 0x02], file: "Register.XLSX") }
        #expect(binary?.description.hasPrefix("Register.XLSX: is named .xlsx but is not an Excel workbook: a workbook is a zip archive, "
                                              + "and this file is neither a zip archive nor text;") == true)
        // The same text named .csv is read as CSV.
        #expect((try? TabularReader.read(Array("Risk\nA\n".utf8), file: "notes.csv"))?.first?.rows.count == 2)
    }
}

