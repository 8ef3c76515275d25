import Testing
@testable import PlanCore

/// A percentage column's CSV header carries its unit, as money's does, and reads back under either name.
struct PercentHeaderTests {
    let today = day("2026-12-01")
    var fresh: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run(_ text: String, into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(IndicatorSchema(), try TabularReader.read(Array(text.utf8), file: "indicators.csv"),
                            into: ws, options: TableImportOptions(today: today))
    }

    @Test func theToleranceHeaderSaysPercentAndBothHeadersReadBack() throws {
        let ws = try run("Ref,Performance Indicator,Polarity,Unit,Target 2026/27,Tolerance\nNI 30,Re-offending,Lower is better,%,10,7.5\n", into: fresh).workspace
        #expect(ws.indicators.map(\.tolerance) == [7.5])
        let csv = CSVExport.export(.indicators, of: ws, today: today)
        let header = csv.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.split(separator: ",").contains("tolerance (%)"), "\(header)")
        #expect(!header.split(separator: ",").contains("tolerance"))
        let back = try run(csv, into: ws)
        #expect(back.summary == "0 added, 0 updated, 1 unchanged", "\(back.report())")
        // An export written before the unit was in the header reads back the same.
        let old = try run(csv.replacingOccurrences(of: "tolerance (%)", with: "tolerance"), into: ws)
        #expect(old.summary == "0 added, 0 updated, 1 unchanged", "\(old.report())")
        #expect(old.workspace == ws)
    }
}
