import Testing
@testable import PlanCore

/// Values councils write that an import takes: "Monitoring", "£8 000", "Annual", "January 2027",
/// "Partnership board", a "Board / Group" header.
struct CouncilWordsImportTests {
    let today = day("2026-12-05")
    var empty: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run<S: TableSchema>(_ schema: S, _ lines: [String], into ws: Workspace? = nil) throws -> TableImportResult {
        try TableImport.run(schema, try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "sheet.csv"),
                            into: ws ?? empty, options: TableImportOptions(today: today))
    }

    @Test func aRiskBeingMonitoredIsOpen() throws {
        let result = try run(RiskSchema(), ["Risk,Owner,Status", "Funding ends,Head of CS,Monitoring", "Venue lost,Youth,Closed"])
        #expect(result.refused == 0, "\(result.report())")
        #expect(result.workspace.risks.risks.map(\.status) == [.open, .closed])
    }

    @Test func aRiskColumnOfCodesBesideARiskDescriptionIsTheReference() throws {
        let result = try run(RiskSchema(), ["Risk,Risk Description,Owner", "R07,Funding ends,Head of CS", "R08,Venue lost,Youth"])
        #expect(result.match.columns["ref"] == 0 && result.match.columns["title"] == 1)
        #expect(result.workspace.risks.risks.map(\.reference) == ["R07", "R08"])
        #expect(result.workspace.risks.risks.map(\.title) == ["Funding ends", "Venue lost"])
        let both = #expect(throws: TabularReadError.self) { try run(RiskSchema(), ["Risk,Risk Description,Owner", "A,B,C"]) }
        #expect(both?.description == "sheet.csv, row 1: columns A \"Risk\" and B \"Risk Description\" both give the risk; "
                + "remove one, or name the one to use with --map")
    }

    @Test func thousandsSetApartBySpacesAreRead() throws {
        #expect(try CellValues.money(.text("£8 000")).get() == Money(pence: 800_000))
        #expect(try CellValues.money(.text("£8\u{00A0}000")).get() == Money(pence: 800_000))
        #expect(try CellValues.money(.text("1\u{202F}250\u{202F}000.50")).get() == Money(pence: 125_000_050))
        #expect(throws: CellProblem.self) { try CellValues.money(.text("8 00")).get() }
        #expect(throws: CellProblem.self) { try CellValues.money(.text("8 000 1")).get() }
    }

    @Test func annualIsCountedAsOnceAYear() throws {
        #expect(Cadence(parsing: "Annual") == Cadence(parsing: "annually"))
        #expect(Cadence(parsing: "Annual")?.meetingsPerYear == 1)
        let result = try run(EngagementSchema(), ["Mechanism,Description,Frequency", "Residents' survey,Perceptions of crime,Annual"])
        #expect(result.workspace.engagement.last?.frequency.meetingsPerYear == 1)
        #expect(result.outcomes.map(\.outcome) == [.added(id: try #require(result.workspace.engagement.last).id, notes: [])])
    }

    @Test func aMonthAndYearIsATimetableDateImportAndValidateAgreeOn() throws {
        let result = try run(MilestoneSchema(), ["Date,Milestone,Body", "January 2027,Strategic assessment completed,Board",
                                                 "15/02/2027,Draft plan to consultation,Board"])
        #expect(result.workspace.plan.timetable.map(\.date) == ["January 2027", "15/02/2027"])
        #expect(result.workspace.plan.timetable.map(\.day) == [day("2027-01-31"), day("2027-02-15")])
        #expect(result.workspace.plan.timetableFindings.isEmpty)
        #expect(Milestone.day(of: "By Jan 2027") == day("2027-01-31"))
        #expect(Milestone.day(of: "Spring 2027") == nil)
    }

    @Test func aBoardWithNoParentIsTheStrategicBoardAtTierOneAndThePartnershipBoard() throws {
        let result = try run(BodySchema(), ["Board / Group;Reports To;Chair", "Safer Northshire Board;;Council Leader",
                                            "Violence Reduction Group;Safer Northshire Board;Chief Inspector"])
        #expect(result.refused == 0, "\(result.report())")
        let bodies = result.workspace.governance.bodies
        #expect(bodies.map(\.id) == ["safer-northshire-board", "violence-reduction-group"], "ids from the name, as the README says")
        #expect(bodies.last?.parents == ["safer-northshire-board"])
        #expect(bodies.map(\.tier) == [1, 2])
        #expect(bodies.map(\.kind) == [.strategicBoard, .workingGroup])
        #expect(result.workspace.governance.partnershipBoard == bodies.first?.id)
        #expect(result.outcomes.first?.outcome == .added(id: try #require(bodies.first).id,
                                                         notes: ["taken as the partnership board (the first strategic board); a \"Partnership board\" column says otherwise"]))
    }

    @Test func aPartnershipBoardColumnAndKindNameTheBoard() throws {
        let result = try run(BodySchema(), ["Body,Kind,Partnership board", "Safer Northshire Partnership,Standing partnership,no",
                                            "Safer Northshire Board,Partnership board,yes"])
        #expect(result.refused == 0, "\(result.report())")
        let bodies = result.workspace.governance.bodies
        #expect(bodies.map(\.kind) == [.standingPartnership, .strategicBoard])
        #expect(bodies.map(\.id) == ["safer-northshire-partnership", "safer-northshire-board"])
        #expect(result.workspace.governance.partnershipBoard == bodies.last?.id)
    }
}
