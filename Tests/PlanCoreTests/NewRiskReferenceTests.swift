import Testing
@testable import PlanCore

/// New risks take the next reference after every one in use, in a new workspace as in the demo.
struct NewRiskReferenceTests {
    let today = day("2026-12-01")
    var empty: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run(_ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try RiskTableImport.run(try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "r.csv"),
                                into: ws, options: TableImportOptions(today: today))
    }

    @Test func aSecondImportIntoANewWorkspaceTakesTheNextReference() throws {
        let first = try run(["Risk,Owner,Net Likelihood,Net Impact", "First,A,2,2"], into: empty)
        #expect(first.outcomes.map(\.outcome) == [.added(id: "R01", notes: ["no inherent score given: set to the residual score 2 × 2",
                                                                            "no target score given: set to the residual score 2 × 2"])])
        let second = try run(["Risk,Owner,Net Likelihood,Net Impact", "Second,B,3,3"], into: first.workspace)
        #expect(second.workspace.risks.risks.map(\.reference) == ["R01", "R02"])
    }

    @Test func eachNewRowOfOneSheetIsReportedWithItsOwnReference() throws {
        let result = try run(["Risk,Ref,Owner", "One,,A", "Two,R05,A", "Three,,A", "Four,,A"], into: empty)
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: "R06", notes: ["no scores given: kept as not yet scored"]),
            .added(id: "R05", notes: ["no scores given: kept as not yet scored"]),
            .added(id: "R07", notes: ["no scores given: kept as not yet scored"]),
            .added(id: "R08", notes: ["no scores given: kept as not yet scored"]),
        ])
        let noRefColumn = try run(["Risk,Owner", "One,A", "Two,A", "Three,A"], into: empty)
        #expect(noRefColumn.workspace.risks.risks.map(\.reference) == ["R01", "R02", "R03"])
    }

    @Test func theDemoGoesOnAfterItsOwnReferences() throws {
        let ws = DemoWorkspaces.all[0].workspace
        let result = try run(["Risk,Owner", "One,A", "Two,A"], into: ws)
        let highest = ws.risks.risks.compactMap { Int($0.reference.dropFirst()) }.max() ?? 0
        #expect(result.workspace.risks.risks.suffix(2).map(\.reference) == [String(format: "R%02d", highest + 1), String(format: "R%02d", highest + 2)])
    }
}
