import Testing
@testable import PlanCore

/// One row per quarterly update: rows naming the same action for different quarters each add
/// that quarter's update, and the dry run says an update is added, not that the quarter changed.
struct ActionQuarterRowsTests {
    let today = day("2026-12-01")
    var ws: Workspace {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        ws.priorities = [Priority(id: "violence", title: "Violence")]
        return ws
    }

    func run(_ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(ActionSchema(), try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "actions.csv"),
                            into: ws, options: TableImportOptions(today: today))
    }

    /// A quarter with commentary and no RAG anywhere is refused, saying where the RAG can be given.
    @Test func aCommentaryOnlyQuarterWithNoRAGAnywhereSaysHowToGiveIt() throws {
        let noColumn = try run(["Priority,Action,Quarter,Commentary", "Violence,Deliver bystander training,Q1,Course booked"], into: ws)
        #expect(noColumn.report(onlyRefused: true) == ["actions.csv, row 2: refused: column D \"Commentary\": the 2026-27 Q1 update has "
            + "commentary but no RAG, and the action has none to lend it: add a \"Quarter RAG\" column with Red, Amber or Green, "
            + "or a \"RAG\" column with the action's own RAG (or import the action's RAG first)"])
        let emptyCell = try run(["Priority,Action,Quarter,Quarter RAG,Commentary", "Violence,Deliver bystander training,Q1,,Course booked"], into: ws)
        #expect(emptyCell.report(onlyRefused: true) == ["actions.csv, row 2: refused: column D \"Quarter RAG\": the 2026-27 Q1 update has "
            + "commentary but no RAG, and the action has none to lend it: write Red, Amber or Green in this cell"])
    }

    @Test func twoQuartersOfOneActionAddTwoUpdates() throws {
        let result = try run(["Priority,Action,Quarter,RAG,Progress Update",
                              "Violence,Deliver bystander training,Q1,Green,Course booked",
                              "Violence,Deliver bystander training,Q2,Amber,Venue dropped out"], into: ws)
        #expect(result.refused == 0, "\(result.report())")
        let action = try #require(result.workspace.allActions.first?.action)
        #expect(result.workspace.allActions.count == 1)
        #expect(action.updates.map(\.quarter.description) == ["2026-27 Q1", "2026-27 Q2"])
        #expect(action.updates.map(\.rag) == [.green, .amber])
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: action.id, notes: ["update 2026-27 Q1: added (Green: \"Course booked\")"]),
            .updated(id: action.id, changes: [FieldChange(field: "RAG", before: "Green", after: "Amber")], notes: ["update 2026-27 Q2: added (Amber: \"Venue dropped out\")"]),
        ])
        #expect(result.report().contains("    update 2026-27 Q2: added (Amber: \"Venue dropped out\")"))
        #expect(!result.report().contains { $0.contains("Quarter:") })
    }

    @Test func rowsOfOneActionThatDisagreeOnItsOwnColumnsAreRefused() throws {
        let result = try run(["Priority,Action,Lead Officer,Quarter,RAG,Progress Update",
                              "Violence,Deliver bystander training,Jo Bloggs,Q1,Green,Course booked",
                              "Violence,Deliver bystander training,Sam Patel,Q2,Amber,Venue dropped out"], into: ws)
        #expect(result.refused == 1)
        let id = try #require(result.workspace.allActions.first?.action.id)
        #expect(result.outcomes.last?.outcome == .refused(reasons: [
            "column C \"Lead Officer\": row 2 gives \"Jo Bloggs\" for the same action \(id), this row \"Sam Patel\"; "
                + "an action's own columns must be the same on each of its rows",
        ]))
        #expect(result.workspace.allActions.first?.action.owner == "Jo Bloggs")
    }

    @Test func newActionsAfterARefusedOneAreNotComparedWithIt() throws {
        // The first action names no priority in the plan and is refused; the next two are other actions
        // given the id the refused one would have had, and are judged on their own cells.
        let result = try run(["Priority,Action,Lead Officer",
                              "Knife crime,Weapons sweeps in parks,Jo Bloggs",
                              "Violence,Deliver bystander training,Sam Patel",
                              "Violence,Street pastors,Ali Khan"], into: ws)
        #expect(result.outcomes.first?.outcome == .refused(reasons: [
            "column A \"Priority\": no priority \"Knife crime\" in the plan (by id, code or title); add it first, or use --create-missing",
        ]))
        #expect(result.refused == 1)
        #expect(result.added == 2)
        #expect(result.workspace.allActions.map(\.action.title) == ["Deliver bystander training", "Street pastors"])
        #expect(result.workspace.allActions.map(\.action.owner) == ["Sam Patel", "Ali Khan"])
    }

    @Test func theSameQuarterTwiceIsStillRefused() throws {
        let result = try run(["Priority,Action,Quarter,RAG", "Violence,Deliver training,Q1,Green", "Violence,Deliver training,Q1,Red"], into: ws)
        #expect(result.refused == 1)
        #expect(result.outcomes.last?.outcome == .refused(reasons: [
            "column \"id\": the reference \(try #require(result.workspace.allActions.first?.action.id)) is also on row 2",
        ]))
    }

    @Test func aChangedUpdateSaysWhatChanged() throws {
        let first = try run(["Priority,Action,Quarter,RAG,Progress Update", "Violence,Deliver training,Q2,Green,On track"], into: ws)
        let again = try run(["Action,Quarter,RAG,Progress Update", "Deliver training,Q2,Amber,On track"], into: first.workspace)
        let id = try #require(first.workspace.allActions.first?.action.id)
        #expect(again.outcomes.map(\.outcome) == [.updated(id: id, changes: [FieldChange(field: "RAG", before: "Green", after: "Amber")], notes: ["update 2026-27 Q2: RAG Green → Amber"])])
    }
}
