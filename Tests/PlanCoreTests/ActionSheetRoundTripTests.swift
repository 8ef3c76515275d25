import Foundation
import Testing
@testable import PlanCore

/// The action sheet as exported, one row per quarterly update, read back into a new workspace and
/// into its own: every update kept, nothing reported as changed; and a council's sheet whose RAG
/// column rates each quarter's row reads back unchanged.
struct ActionSheetRoundTripTests {
    let today = day("2026-12-01")
    var fresh: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    /// A council's sheet: one row per quarterly update, its RAG column rating the row's quarter.
    let councilSheet = """
        Priority,Ref,Action,Lead Officer,By When,Success Measure,Target,Target deadline,RAG,Quarter,Progress Update
        Reducing serious violence,A1,Deliver focused deterrence,SV Lead,31/03/2027,Fewer knife offences,20% fewer,31/01/2027,Green,Q1,"Programme launched
        Two cohorts started"
        Reducing serious violence,A1,Deliver focused deterrence,SV Lead,31/03/2027,Fewer knife offences,20% fewer,31/01/2027,Amber,Q2,Cohort 2 delayed
        Tackling domestic abuse,A2,Train 200 frontline staff,DA Coordinator,31/03/2027,200 staff trained,,,Green,Q1,60 trained
        Anti-social behaviour,A3,Launch ASB case review publicity,ASB Manager,January 2027,Leaflets to every household,,,,,
        """

    func run(_ bytes: [UInt8], file: String, into ws: Workspace, createMissing: Bool = true) throws -> TableImportResult {
        try TableImport.run(ActionSchema(), try TabularReader.read(bytes, file: file), into: ws,
                            options: TableImportOptions(today: today, createMissing: createMissing))
    }

    /// The CSV's rows as "id quarter …", from the columns named.
    func columns(_ csv: String, _ names: [String]) throws -> [String] {
        let records = try CSV.read(csv).map(\.fields)
        let at = try names.map { n in try #require(records.first?.firstIndex(of: n), "no column \(n)") }
        return records.dropFirst().map { r in at.map { r[$0] }.joined(separator: " ") }
    }

    func imported() throws -> Workspace {
        let result = try run(Array(councilSheet.utf8), file: "plan.csv", into: fresh)
        #expect(result.refused == 0, "\(result.report())")
        return result.workspace
    }

    @Test func theExportHasARowPerUpdateAndReadsBackIntoANewWorkspaceWithEveryUpdate() throws {
        let ws = try imported()
        let a1 = try #require(ws.action("A1")?.action)
        #expect(a1.updates.map(\.quarter.description) == ["2026-27 Q1", "2026-27 Q2"])
        let csv = CSVExport.export(.actions, of: ws, today: today)
        let lines = try columns(csv, ["id", "latest_quarter"])
        #expect(lines == ["A1 2026-27 Q1", "A1 2026-27 Q2", "A2 2026-27 Q1", "A3 "], "\(csv)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        for (name, bytes) in [("x.csv", Array(csv.utf8)), ("x.xlsx", try XLSXExport.export(.actions, of: ws, today: today))] {
            let back = try run(bytes, file: name, into: fresh)
            // A1's second row gives its Q2 update: part of adding A1, not an update of an action that was there.
            #expect(back.summary(of: ActionSchema()) == "3 added (with 1 quarterly update), 0 updated, 0 unchanged", "\(name): \(back.report())")
            #expect(back.summary == "3 added (with 1 more row), 0 updated, 0 unchanged")
            #expect(back.added == 3 && back.addedAlong == 1 && back.updated == 0)
            #expect(back.report().contains { $0.contains("row 3") && $0.hasSuffix(": updated A1 (added by an earlier row of this sheet)") }, "\(back.report())")
            #expect(back.workspace.allActions.map(\.action) == ws.allActions.map(\.action), "\(name)")
            #expect(try back.workspace.allActions.map { try encoder.encode($0.action) } == ws.allActions.map { try encoder.encode($0.action) })
            let same = try run(bytes, file: name, into: ws)
            #expect(same.summary == "0 added, 0 updated, 4 unchanged", "\(name): \(same.report())")
            #expect(same.workspace == ws)
        }
    }

    @Test func aCouncilSheetRatingEachQuarterReadsBackUnchangedAndTheActionTakesItsLatestRAG() throws {
        let ws = try imported()
        #expect(ws.action("A1")?.action.rag == .amber)
        #expect(ws.action("A1")?.action.updates.map(\.rag) == [.green, .amber])
        let again = try run(Array(councilSheet.utf8), file: "plan.csv", into: ws)
        #expect(again.summary == "0 added, 0 updated, 4 unchanged", "\(again.report())")
        #expect(again.workspace == ws)
        // Rows in the other order leave the action as its latest quarter rates it too.
        var rows = councilSheet.components(separatedBy: "\n")
        rows.swapAt(1, 3)
        rows.swapAt(2, 3)
        let reordered = try run(Array(rows.joined(separator: "\n").utf8), file: "plan.csv", into: fresh)
        #expect(reordered.workspace.action("A1")?.action.rag == .amber)
    }

    @Test func withoutAStatusColumnAnActionWithUpdatesIsInProgress() throws {
        let ws = try imported()
        #expect(ws.action("A1")?.action.status == .inProgress)
        #expect(ws.action("A2")?.action.status == .inProgress)
        #expect(ws.action("A3")?.action.status == .notStarted)
        // A status the sheet gives is kept.
        let given = try run(Array("Priority,Action,Status,Quarter,RAG\nViolence,Patrols,Not started,Q1,Green\n".utf8), file: "s.csv", into: fresh)
        #expect(given.workspace.allActions.first?.action.status == .notStarted)
    }

    @Test func aTargetDeadlineWrittenAsAMonthIsTheMonthsLastDay() throws {
        let result = try run(Array("Priority,Action,Target,Target deadline\nViolence,Patrols,20% fewer,January 2027\n".utf8), file: "t.csv", into: fresh)
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: "A001", notes: ["created the priority \"Violence\"",
                                       "column D \"Target deadline\": \"January 2027\" is taken as 31 Jan 2027, the month's last day"]),
        ])
        #expect(result.workspace.allActions.first?.action.smart.deadline == day("2027-01-31"))
    }

    @Test func anExportOfOneQuarterHasEachActionOnceWithThatQuartersUpdate() throws {
        let ws = try imported()
        let q2 = try #require(Quarter(text: "2026-27 Q2"))
        let csv = CSVExport.export(.actions, of: ws, today: today, quarter: q2)
        let rows = try columns(csv, ["id", "latest_quarter", "latest_rag"])
        #expect(rows == ["A1 2026-27 Q2 Amber", "A2  ", "A3  "], "\(csv)")
        let back = try run(Array(csv.utf8), file: "q2.csv", into: ws)
        #expect(back.summary == "0 added, 0 updated, 3 unchanged", "\(back.report())")
        let xlsx = try run(try XLSXExport.export(.actions, of: ws, today: today, quarter: q2), file: "q2.xlsx", into: ws)
        #expect(xlsx.summary == "0 added, 0 updated, 3 unchanged", "\(xlsx.report())")
    }

    /// The wide fixture's export, re-saved by LibreOffice Calc: read back into its workspace it
    /// changes nothing, and into a new one it gives every update.
    @Test func anExportReSavedByLibreOfficeReadsBackUnchanged() throws {
        let ws = try run(try sheetFixture("council-action-plan-wide.xlsx"), file: "wide.xlsx", into: fresh).workspace
        let file = "saferplan-actions-libreoffice.xlsx"
        let same = try run(try sheetFixture(file), file: file, into: ws)
        #expect(same.summary == "0 added, 0 updated, 7 unchanged", "\(same.report())")
        #expect(same.workspace == ws)
        let back = try run(try sheetFixture(file), file: file, into: fresh)
        #expect(back.workspace.allActions.map(\.action) == ws.allActions.map(\.action))
    }
}
