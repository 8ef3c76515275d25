import Testing
import Spreadsheet
@testable import PlanCore

/// An indicator return whose cells are formatted as percentages: 0.17 shown as 17% is taken as 17,
/// as the text "17%" is, and a % indicator exported as a workbook comes back unchanged.
struct PercentCellImportTests {
    let today = day("2026-12-01")
    var fresh: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run(_ fixture: String, into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(IndicatorSchema(), try TabularReader.read(try sheetFixture(fixture), file: fixture), into: ws,
                            options: TableImportOptions(today: today))
    }

    @Test func builtInPercentCellsAreTakenAsTheirPercentages() throws {
        let result = try run("council-indicators-percent-openpyxl.xlsx", into: fresh)
        #expect(result.refused == 0, "\(result.report())")
        let ni20 = try #require(result.workspace.indicators.first { $0.code == "NI 20" })
        #expect(ni20.baseline == 17)
        #expect(ni20.targets.map(\.value) == [15])
        #expect(ni20.actuals.map(\.value) == [16, 15.5])
        #expect(ni20.rag == .amber)
    }

    @Test func customPercentCellsSavedByLibreOfficeAreTakenAsTheirPercentages() throws {
        let result = try run("council-indicators-percent-libreoffice.xlsx", into: fresh)
        #expect(result.refused == 0, "\(result.report())")
        let ni32 = try #require(result.workspace.indicators.first { $0.code == "NI 32" })
        #expect(ni32.baseline == 27.5)
        #expect(ni32.targets.map(\.value) == [25])
        #expect(ni32.actuals.map(\.value) == [26.2, 24.15])
    }

    @Test func aPercentIndicatorExportedAsAWorkbookComesBackUnchanged() throws {
        let imported = try run("council-indicators-percent-openpyxl.xlsx", into: fresh).workspace
        let bytes = try XLSXExport.export(.indicators, of: imported, today: today)
        let sheet = try #require(try XLSXReader.read(bytes).first)
        let header = sheet.rows[0].cells.map(\.text)
        let q2 = try #require(header.firstIndex(of: "Actual 2026-27 Q2"))
        // Written as the percentage the officer typed (with "%" as the unit), not as a fraction.
        #expect(sheet.rows[1].cells[q2] == .number(15.5))
        let again = try TableImport.run(IndicatorSchema(), try TabularReader.read(bytes, file: "indicators.xlsx"), into: imported,
                                        options: TableImportOptions(today: today))
        #expect(again.outcomes.map(\.outcome) == [.unchanged(id: "ind-1"), .unchanged(id: "ind-2")])
        #expect(again.workspace.indicators == imported.indicators)
    }
}
