import Testing
@testable import Spreadsheet

/// Cells shown as percentages: the fraction the file holds (0.17) is read as a percent cell that
/// shows 17%, whether the format is built in (openpyxl's `0%`) or custom (LibreOffice's `0.0%`).
struct PercentCellTests {
    @Test func percentFormatsAreTheBuiltInOnesAndCodesShowingAPercentSign() {
        #expect(PercentFormats.builtIn == [9, 10])
        for code in ["0%", "0.0%", "0.00%", "[BLUE]0.0%;[RED]\\-0.0%", "#,##0.0%"] { #expect(PercentFormats.isPercent(code: code), "\(code)") }
        for code in ["General", "0.00", "0.00\"%\"", "0.0\\%", "d mmm yyyy", "\"£\"#,##0.00", "0;[Red]-0%"] {
            #expect(!PercentFormats.isPercent(code: code), "\(code)")
        }
    }

    @Test func aFractionShowsAsItsPercentageWithoutBinaryNoise() {
        #expect(SheetCell.percentage(0.17) == 17)
        #expect(SheetCell.percentage(0.155) == 15.5)
        #expect(SheetCell.percentage(0.2415) == 24.15)
        #expect(SheetCell.percentage(1) == 100)
        #expect(SheetCell.percentage(-0.05) == -5)
        #expect(SheetCell.percentage(.nan) == nil)
        #expect(SheetCell.percent(0.155).text == "15.5%")
        #expect(SheetCell.percent(0.07).text == "7%")
    }

    @Test func aWorkbookMadeByOpenpyxlReadsItsBuiltInPercentCells() throws {
        let sheets = try XLSXReader.read(try fixture("council-indicators-percent-openpyxl.xlsx"))
        let indicators = try #require(sheets.first { $0.name == "Indicators" })
        #expect(indicators.rows[1].cells == [.text("NI 20"), .text("Assaults with injury"), .text("Lower"), .text("%"),
                                             .percent(0.17), .percent(0.15), .percent(0.16), .percent(0.155)])
        #expect(indicators.rows[1].cells.suffix(4).map(\.text) == ["17%", "15%", "16%", "15.5%"])
    }

    @Test func aWorkbookSavedByLibreOfficeReadsItsCustomPercentCells() throws {
        let sheet = try #require(try XLSXReader.read(try fixture("council-indicators-percent-libreoffice.xlsx")).first)
        #expect(sheet.rows[1].cells.dropFirst(4).map(\.text) == ["27.5%", "25%", "26.2%", "24.15%", "Down on last year"])
        #expect(sheet.rows[1].cells[4] == .percent(0.275))
        // A cell in a column of plain numbers (the header row) is not touched.
        #expect(sheet.rows[0].cells[4] == .text("Baseline"))
    }

    @Test func aPercentCellIsWrittenAsItsFractionInAPercentFormatAndReadsBack() throws {
        let bytes = try XLSXWriter.write([SheetOutput(name: "Rates", columns: [SheetColumn("Rate")], rows: [[OutputCell(.percent(0.175))]])])
        let back = try XLSXReader.read(bytes)
        #expect(back[0].rows.map(\.cells) == [[.text("Rate")], [.percent(0.175)]])
    }
}
