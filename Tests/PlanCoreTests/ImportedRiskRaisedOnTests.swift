import Testing
@testable import PlanCore

/// The date an imported risk was raised on: the import's today for a new risk whose sheet gives
/// none, so the chair's brief counts it as new; an update keeps the date the risk already had.
@Suite("Imported risks' raised date")
struct ImportedRiskRaisedOnTests {
    let today = day("2009-11-16")

    func run(_ rows: [String], into ws: Workspace) throws -> TableImportResult {
        try RiskTableImport.run(try TabularReader.read(Array(rows.joined(separator: "\r\n").utf8), file: "register.csv"), into: ws,
                                options: TableImportOptions(today: today))
    }

    @Test func aNewRiskWithoutARaisedColumnIsRaisedOnTheImportsToday() throws {
        let result = try run(["Risk,Owner,Current likelihood,Current impact", "New estate opens,Head of Safer Communities,3,4"],
                             into: DemoWorkspaces.haringey)
        #expect(result.added == 1)
        let r = try #require(result.workspace.risks.risks.last)
        #expect(r.title == "New estate opens")
        #expect(r.raisedOn == today)
        let brief = ChairBrief(result.workspace.risks, since: day("2009-11-01"), today: today)
        #expect(brief.newRisks == [r.id])
    }

    @Test func aNewRiskWithAnEmptyRaisedCellIsRaisedOnTheImportsToday() throws {
        let result = try run(["Risk,Raised", "New estate opens,"], into: DemoWorkspaces.haringey)
        #expect(result.workspace.risks.risks.last?.raisedOn == today)
    }

    @Test func aRaisedDateTheSheetGivesIsKept() throws {
        let result = try run(["Risk,Raised", "New estate opens,02/11/2009"], into: DemoWorkspaces.haringey)
        #expect(result.workspace.risks.risks.last?.raisedOn == day("2009-11-02"))
    }

    @Test func anUpdateDoesNotChangeTheDateRaised() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks.append(Risk(id: "R07", title: "New estate opens", owner: "Head of Safer Communities", raisedOn: day("2009-11-02")))
        ws.risks.risks.append(Risk(id: "R08", title: "Night bus withdrawn", owner: "Transport lead"))
        let result = try run(["Ref,Owner", "R07,Community Safety Manager", "R08,Community Safety Manager"], into: ws)
        #expect(result.updated == 2)
        #expect(result.workspace.risk("R07")?.owner == "Community Safety Manager")
        #expect(result.workspace.risk("R07")?.raisedOn == day("2009-11-02"))
        #expect(result.workspace.risk("R08")?.raisedOn == nil)
    }

    @Test func theSameSheetImportedAgainTheNextDayChangesNothing() throws {
        let rows = ["Risk,Owner,Raised", "New estate opens,Head of Safer Communities,"]
        let first = try run(rows, into: DemoWorkspaces.haringey)
        let again = try RiskTableImport.run(try TabularReader.read(Array(rows.joined(separator: "\r\n").utf8), file: "register.csv"),
                                            into: first.workspace, options: TableImportOptions(today: day("2009-11-17")))
        #expect(again.summary == "0 added, 0 updated, 1 unchanged", "\(again.report())")
        #expect(again.workspace.risks.risks.last?.raisedOn == today)
    }
}
