import Testing
@testable import PlanCore

/// A sheet of 500 new rows for each small section: every row gets its own id, in sequence, and the
/// workspace still validates; an id a later row gives is not taken by an earlier new row.
struct ManyNewRowsTests {
    let today = day("2026-12-01")
    var fresh: Workspace {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        ws.priorities = [Priority(id: "violence", title: "Violence")]
        return ws
    }

    func run<S: TableSchema>(_ schema: S, _ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(schema, try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "new.csv"), into: ws,
                            options: TableImportOptions(today: today))
    }

    /// Imports `header` and 500 rows made by `row`, and checks the ids of the records added.
    func check<S: TableSchema>(_ schema: S, _ header: String, _ row: (Int) -> String, ids: (Int) -> String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ws = fresh
        let before = Set(schema.records(in: ws).map(schema.id))
        let result = try run(schema, [header] + (1...500).map(row), into: ws)
        #expect(result.summary == "500 added, 0 updated, 0 unchanged", "\(result.report(onlyRefused: true).prefix(3))", sourceLocation: sourceLocation)
        let added = schema.records(in: result.workspace).map(schema.id).filter { !before.contains($0) }
        #expect(added == (1...500).map(ids), sourceLocation: sourceLocation)
        let errors = result.workspace.validate(today: today).filter { $0.level == .error }
        #expect(errors.map(\.message) == [], sourceLocation: sourceLocation)
    }

    @Test func fiveHundredNewRowsOfEachKindGetDistinctIdsThatValidate() throws {
        try check(PartnerSchema(), "Organisation,Acronym", { "Organisation \($0)," }, ids: { "organisation-\($0)" })
        try check(BodySchema(), "Body,Reports to", { $0 == 1 ? "Board," : "Group \($0),Board" }, ids: { $0 == 1 ? "board" : "group-\($0)" })
        try check(EngagementSchema(), "Mechanism,Audience", { "Panel \($0),Residents" }, ids: { "eng-\($0)" })
        try check(MilestoneSchema(), "Step,Date", { "Step \($0),By 2027" }, ids: { "ms-\($0)" })
        try check(IndicatorSchema(), "Indicator,Baseline", { "Indicator \($0),\($0)" }, ids: { "ind-\($0)" })
        try check(GlossarySchema(), "Term,Meaning", { "Term \($0),Meaning \($0)" }, ids: { "term-\($0)" })
        try check(FundingSchema(), "Source,Amount", { "Fund \($0),100" }, ids: { "fund-\($0)" })
        try check(ActionSchema(), "Priority,Action", { "Violence,Action \($0)" }, ids: { String(format: "A%03d", $0) })
    }

    @Test func anIdALaterRowGivesIsNotTakenByAnEarlierNewRow() throws {
        let partners = try run(PartnerSchema(), ["Id,Organisation", ",Street Pastors", "street-pastors,Street Pastors North"], into: fresh)
        #expect(partners.summary == "2 added, 0 updated, 0 unchanged", "\(partners.report())")
        #expect(partners.workspace.partners.suffix(2).map(\.id) == ["street-pastors-2", "street-pastors"])
        let bodies = try run(BodySchema(), ["Id,Body", ",Board", "board,Old board"], into: fresh)
        #expect(bodies.summary == "2 added, 0 updated, 0 unchanged", "\(bodies.report())")
        #expect(bodies.workspace.governance.bodies.suffix(2).map(\.id) == ["board-2", "board"])
    }
}
