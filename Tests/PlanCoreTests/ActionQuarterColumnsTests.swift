import Testing
@testable import PlanCore

/// An action plan kept wide — one row per action, a RAG and an update column per quarter — read
/// into each action's quarterly updates with the long form's honest outcomes.
struct ActionQuarterColumnsTests {
    let today = day("2026-12-01")
    var ws: Workspace {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        ws.priorities = [Priority(id: "violence", title: "Violence"), Priority(id: "da", title: "Domestic abuse")]
        return ws
    }

    func q(_ n: Int) -> Quarter { Quarter(year: FinancialYear(2026), number: n) ?? Quarter(containing: today) }

    func run(_ bytes: [UInt8], file: String, into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(ActionSchema(), try TabularReader.read(bytes, file: file), into: ws, options: TableImportOptions(today: today))
    }

    func run(_ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try run(Array(lines.joined(separator: "\n").utf8), file: "actions.csv", into: ws)
    }

    @Test func aWideWorkbookGivesEachQuarterItsUpdate() throws {
        let result = try run(try sheetFixture("council-action-plan-wide.xlsx"), file: "wide.xlsx", into: ws)
        #expect(result.match.ignored == [])
        #expect(result.refused == 0, "\(result.report())")
        let actions = result.workspace.allActions.map(\.action)
        #expect(actions.map(\.title) == ["Street pastors in the town centre", "Licensed premises visits", "IDVA service for high-risk victims"])
        #expect(actions[0].updates == [ProgressUpdate(quarter: q(1), rag: .green, commentary: "Patrols started", date: today),
                                       ProgressUpdate(quarter: q(2), rag: .amber, commentary: "Two volunteers left", date: today)])
        #expect(actions[1].updates.map(\.rag) == [.green, .green, .red])
        #expect(actions[1].updates.map(\.commentary) == ["All premises listed", "First round done", "Officers off sick"])
        // A quarter's only column saying a RAG is that quarter's RAG; an empty quarter adds nothing.
        #expect(actions[2].updates == [ProgressUpdate(quarter: q(1), rag: .amber, commentary: "Recruiting", date: today),
                                       ProgressUpdate(quarter: q(4), rag: .green, commentary: "", date: today)])
        #expect(result.outcomes[0].outcome == .added(id: "A001", notes: ["update 2026-27 Q1: added (Green: \"Patrols started\")",
                                                                        "update 2026-27 Q2: added (Amber: \"Two volunteers left\")"]))
        #expect(result.workspace.validate(today: today).filter { $0.level == .error } == [])

        let again = try run(try sheetFixture("council-action-plan-wide.xlsx"), file: "wide.xlsx", into: result.workspace)
        #expect(again.summary == "0 added, 0 updated, 3 unchanged")
        #expect(again.workspace == result.workspace)
    }

    @Test func noQuarterHeaderIsAlsoAnotherColumnsHeader() {
        let others = Set(ActionSchema().fields(ws).flatMap(\.keys))
        let quarters = ActionQuarterColumns.fields.flatMap(\.keys)
        #expect(quarters.filter(others.contains) == [])
        var fieldsOf: [String: Set<String>] = [:]
        for f in ActionQuarterColumns.fields { for k in f.keys { fieldsOf[k, default: []].insert(f.name) } }
        #expect(fieldsOf.filter { $0.value.count > 1 }.keys.sorted() == [])
        #expect(quarters.contains("q1aprjun") && quarters.contains("quarter3rag") && quarters.contains("progressq2"))
    }

    @Test func aChangedQuarterIsReportedAsThatUpdateAndOnlyThat() throws {
        let header = "Priority,Action,Q1 RAG,Q1 Update,Q2 RAG,Q2 Progress"
        let first = try run([header, "Violence,Street pastors,Green,Started,Amber,Volunteers left"], into: ws)
        let changed = try run([header, "Violence,Street pastors,Green,Started,Red,Volunteers left"], into: first.workspace)
        #expect(changed.outcomes.map(\.outcome) == [.updated(id: "A001", changes: [FieldChange(field: "RAG", before: "Amber", after: "Red")],
                                                                      notes: ["update 2026-27 Q2: RAG Amber → Red"])])
        #expect(changed.report() == ["actions.csv, row 2: updated A001", "    RAG: Amber → Red", "    update 2026-27 Q2: RAG Amber → Red"])
        #expect(changed.workspace.allActions[0].action.updates.map(\.rag) == [.green, .red])
        let q3 = try run(["Priority,Action,Q3 Commentary", "Violence,Street safety,Recruiting again"], into: changed.workspace)
        // No Q3 RAG column, no update held and no RAG of the action's own: the update cannot be made.
        // The refusal says how to give the RAG.
        #expect(q3.outcomes.map(\.outcome) == [.refused(reasons: ["column C \"Q3 Commentary\": the 2026-27 Q3 update has commentary but no RAG, "
            + "and none is held for that quarter or the action to take: add a \"Q3 RAG\" column with Red, Amber or Green, "
            + "or a \"RAG\" column with the action's own RAG (or import the action's RAG first)"])])
        let emptyRAG = try run(["Priority,Action,RAG,Q3 RAG,Q3 Commentary", "Violence,Street safety,,,Recruiting again"], into: changed.workspace)
        #expect(emptyRAG.report(onlyRefused: true) == ["actions.csv, row 2: refused: column D \"Q3 RAG\": the 2026-27 Q3 update has commentary "
            + "but no RAG, and none is held for that quarter or the action to take: write Red, Amber or Green in this cell"])
        let ownColumn = try run(["Priority,Action,RAG,Q3 Commentary", "Violence,Street safety,,Recruiting again"], into: changed.workspace)
        #expect(ownColumn.report(onlyRefused: true).first?.hasSuffix("add a \"Q3 RAG\" column with Red, Amber or Green, "
            + "or fill the action's RAG in column C \"RAG\"") == true, "\(ownColumn.report())")
        // The action rated by its latest update (Q2, Red) lends its RAG to a commentary-only quarter.
        let rated = try run(["Action,Q3 Commentary", "Street pastors,Recruiting again"], into: changed.workspace)
        #expect(rated.outcomes.map(\.outcome) == [.updated(id: "A001", changes: [], notes: ["update 2026-27 Q3: added (Red: \"Recruiting again\")"])])
        let withRAG = try run(["Action,Quarter 3 RAG,Quarter 3", "Street pastors,amber,Recruiting again"], into: changed.workspace)
        #expect(withRAG.outcomes.map(\.outcome) == [.updated(id: "A001", changes: [FieldChange(field: "RAG", before: "Red", after: "Amber")],
                                                                      notes: ["update 2026-27 Q3: added (Amber: \"Recruiting again\")"])])
    }

    @Test func aQuarterWithoutACommentaryColumnKeepsItsCommentary() throws {
        let first = try run(["Priority,Action,Q1 RAG,Q1 Update", "Violence,Street pastors,Green,Started"], into: ws)
        let ragOnly = try run(["Action,Q1 RAG", "Street pastors,Amber"], into: first.workspace)
        #expect(ragOnly.workspace.allActions[0].action.updates == [ProgressUpdate(quarter: q(1), rag: .amber, commentary: "Started", date: today)])
    }

    @Test func aBadRAGOrAQuarterGivenTwiceDifferentlyIsRefusedNamingTheColumn() throws {
        let bad = try run(["Priority,Action,Q2 RAG", "Violence,Street pastors,Purple"], into: ws)
        #expect(bad.outcomes.map(\.outcome) == [.refused(reasons: ["column C \"Q2 RAG\": expected Red, Amber or Green, found \"Purple\""])])
        let twice = try run(["Priority,Action,Quarter,Quarter RAG,Q2 RAG", "Violence,Street pastors,Q2,Green,Red"], into: ws)
        #expect(twice.outcomes.map(\.outcome) == [.refused(reasons: ["column E \"Q2 RAG\": the 2026-27 Q2 update is also given by column C \"Quarter\", differently"])])
        let agreeing = try run(["Priority,Action,Quarter,Quarter RAG,Q2 RAG", "Violence,Street pastors,Q2,Green,Green"], into: ws)
        #expect(agreeing.refused == 0)
        #expect(agreeing.workspace.allActions[0].action.updates.map(\.quarter) == [q(2)])
    }

    @Test func aNewActionsOnlyUpdateIsSaidAsAddedLikeAnyOther() throws {
        let result = try run(["Priority,Action,Lead,Q1 RAG,Q1 Update", "Violence,Street pastors,Bob,Green,Done Q1"], into: ws)
        #expect(result.outcomes.map(\.outcome) == [.added(id: "A001", notes: ["update 2026-27 Q1: added (Green: \"Done Q1\")"])])
        #expect(result.report() == ["actions.csv, row 2: added A001", "    update 2026-27 Q1: added (Green: \"Done Q1\")"])
    }

    @Test func anUpdatesLineBreaksAreShownOnOneLineOfItsNote() throws {
        let result = try run(["Priority,Action,Q1 RAG,Q1 Update", "Violence,Refuge plan,Green,\"Plan drafted\nSent to board\""], into: ws)
        #expect(result.outcomes.map(\.outcome) == [.added(id: "A001", notes: ["update 2026-27 Q1: added (Green: \"Plan drafted ⏎ Sent to board\")"])])
        #expect(result.workspace.allActions[0].action.updates.map(\.commentary) == ["Plan drafted\nSent to board"])
        let changed = try run(["Action,Q1 Update", "Refuge plan,\"Plan agreed\nBoard: yes\""], into: result.workspace)
        #expect(changed.report() == ["actions.csv, row 2: updated A001",
                                     "    update 2026-27 Q1: commentary \"Plan drafted ⏎ Sent to board\" → \"Plan agreed ⏎ Board: yes\""])
    }

    @Test func aWideRowRatesTheActionAsItsLatestUpdate() throws {
        let header = "Priority,Action,Q1 RAG,Q1 Update,Q2 RAG,Q2 Update"
        let result = try run([header, "Violence,Street pastors,Green,Started,Amber,Volunteers left", "Violence,Patrols,Red,Late,,"], into: ws)
        let actions = result.workspace.allActions.map(\.action)
        #expect(actions.map(\.rag) == [.amber, .red])
        #expect(actions.map(\.status) == [.inProgress, .inProgress])
        let csv = CSVExport.export(.actions, of: result.workspace, today: today)
        #expect(csv.contains("Street pastors,,,,,,,,,,,In progress,Amber,2026-27 Q2,Amber,Volunteers left"))
        // A later sheet changing Q2 rates the action anew; the same sheet again changes nothing.
        let changed = try run([header, "Violence,Street pastors,Green,Started,Red,Volunteers left"], into: result.workspace)
        #expect(changed.workspace.allActions[0].action.rag == .red)
        #expect(changed.outcomes.map(\.outcome) == [.updated(id: "A001", changes: [FieldChange(field: "RAG", before: "Amber", after: "Red")],
                                                              notes: ["update 2026-27 Q2: RAG Amber → Red"])])
        let again = try run([header, "Violence,Street pastors,Green,Started,Red,Volunteers left"], into: changed.workspace)
        #expect(again.summary == "0 added, 0 updated, 1 unchanged")
        // A RAG column of the sheet's own rates the action instead.
        let own = try run(["Priority,Action,RAG,Q1 RAG", "Violence,Outreach,Green,Red"], into: ws)
        #expect(own.workspace.allActions[0].action.rag == .green)
    }

    @Test func theWideImportRoundTripsThroughTheLongExport() throws {
        let ws = try run(try sheetFixture("council-action-plan-wide.xlsx"), file: "wide.xlsx", into: ws).workspace
        // One row per quarterly update: the three actions' seven updates.
        #expect(ws.allActions.map(\.action.updates.count).reduce(0, +) == 7)
        let csv = try run(Array(CSVExport.export(.actions, of: ws, today: today).utf8), file: "x.csv", into: ws)
        #expect(csv.summary == "0 added, 0 updated, 7 unchanged")
        #expect(csv.workspace == ws)
        let xlsx = try run(try XLSXExport.export(.actions, of: ws, today: today), file: "x.xlsx", into: ws)
        #expect(xlsx.summary == "0 added, 0 updated, 7 unchanged")
        #expect(xlsx.workspace == ws)
        // The export stays long: no quarter columns.
        #expect(!CSVExport.export(.actions, of: ws, today: today).contains("q1_rag"))
    }
}
