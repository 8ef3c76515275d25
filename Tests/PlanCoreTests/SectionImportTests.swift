import Foundation
import Testing
@testable import PlanCore

/// Action plans, indicator returns and funding tables from a council's own workbooks, and every
/// demo's sections round-tripping through CSV and xlsx unchanged.
struct SectionImportTests {
    let today = day("2026-12-01")
    var fresh: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run<S: TableSchema>(_ schema: S, _ fixture: String, into ws: Workspace, createMissing: Bool = false) throws -> TableImportResult {
        try TableImport.run(schema, try TabularReader.read(try sheetFixture(fixture), file: fixture), into: ws,
                            options: TableImportOptions(today: today, createMissing: createMissing))
    }

    @Test func anActionPlanWithPriorityNamesRAGCommentaryAndATotalsRow() throws {
        let refused = try run(ActionSchema(), "council-action-plan.xlsx", into: fresh)
        #expect(refused.refused == 3)
        #expect(refused.report(onlyRefused: true)[0] == "council-action-plan.xlsx, sheet \"Action Plan 2026-27\", row 3: refused: column A \"Priority\": "
                + "no priority \"Reducing violent crime\" in the plan (by id, code or title); add it first, or use --create-missing")
        let result = try run(ActionSchema(), "council-action-plan.xlsx", into: fresh, createMissing: true)
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: "A001", notes: ["created the priority \"Reducing violent crime\"", "update 2026-27 Q3: added (Green: \"Patrols running since October\")"]),
            .added(id: "A002", notes: ["update 2026-27 Q3: added (Amber: \"Two officers off sick\")"]),
            .added(id: "A003", notes: ["created the priority \"Domestic abuse\"", "update 2026-27 Q3: added (Red: \"Post vacant since August\")"]),
            .skipped(reason: "a totals row; SaferPlan works totals out"),
        ])
        let ws = result.workspace
        #expect(ws.priorities.map(\.title) == ["Reducing violent crime", "Domestic abuse"])
        #expect(ws.actionPlans.map(\.actions.count) == [2, 1])
        let a = try #require(ws.action("A002")?.action)
        #expect(a.owner == "Licensing Manager")
        #expect(a.due == day("2026-12-31"))
        #expect(a.smart.measure == "Every premises visited twice")
        #expect(a.rag == .amber)
        #expect(a.resources.amount == Money(pence: 250_050))
        #expect(a.updates == [ProgressUpdate(quarter: Quarter(containing: today), rag: .amber, commentary: "Two officers off sick", date: today)])
        #expect(ws.action("A001")?.action.partners == ["Police", "Churches Together"])
        let again = try run(ActionSchema(), "council-action-plan.xlsx", into: ws, createMissing: true)
        #expect(again.summary == "0 added, 0 updated, 3 unchanged")
        #expect(again.workspace == ws)
    }

    @Test func anIndicatorReturnByCodeWithTargetsAndQuartersByMonth() throws {
        let result = try run(IndicatorSchema(), "council-indicator-return.xlsx", into: fresh)
        #expect(result.added == 3)
        let ni15 = try #require(result.workspace.indicators.first { $0.code == "NI 15" })
        #expect(ni15.polarity == .lowerIsBetter && ni15.unit == "per 1,000 population" && ni15.baseline == 0.82)
        #expect(ni15.targets == [YearTarget(year: FinancialYear(2026), value: 0.75)])
        #expect(ni15.actuals.map(\.value) == [0.21, 0.19])
        let local = try #require(result.workspace.indicators.first { $0.code == "LOCAL 1" })
        #expect(local.baseline == 28 && local.targets.first?.value == 25 && local.actuals.map(\.value) == [27, 26])
        let again = try run(IndicatorSchema(), "council-indicator-return.xlsx", into: result.workspace)
        #expect(again.summary == "0 added, 0 updated, 3 unchanged")
    }

    @Test func aFundingTableWithPoundsYearsAsWrittenAndTheTotalLeftOut() throws {
        let result = try run(FundingSchema(), "council-funding.xlsx", into: fresh)
        #expect(result.added == 3 && result.outcomes.last?.outcome == .skipped(reason: "a totals row; SaferPlan works totals out"))
        let lines = result.workspace.budget.fundingLines
        #expect(lines.map(\.amount) == [Money(pounds: 120_000), Money(pounds: 85_000), Money(pounds: 40_000)])
        #expect(lines.map(\.certainty) == [.confirmed, .confirmed, .projected])
        #expect(lines.allSatisfy { $0.year == FinancialYear(2026) })
        #expect(result.workspace.budget.totals(for: FinancialYear(2026)).total == Money(pounds: 245_000))
        let again = try run(FundingSchema(), "council-funding.xlsx", into: result.workspace)
        #expect(again.summary == "0 added, 0 updated, 3 unchanged")
    }

    @Test func everyDemoSectionRoundTripsThroughCSVAndXLSXUnchanged() throws {
        for (name, ws) in DemoWorkspaces.all {
            let today = Today.resolve(for: ws.info)
            func check<S: TableSchema>(_ schema: S, _ subject: ExportSubject) throws {
                let count = schema.records(in: ws).count
                let csv = try TableImport.run(schema, try TabularReader.read(Array(CSVExport.export(subject, of: ws, today: today).utf8), file: "x.csv"),
                                              into: ws, options: TableImportOptions(today: today))
                #expect(csv.summary == "0 added, 0 updated, \(count) unchanged", "\(name) \(subject) csv: \(csv.report())")
                #expect(csv.workspace == ws)
                let xlsx = try TableImport.run(schema, try TabularReader.read(try XLSXExport.export(subject, of: ws, today: today), file: "x.xlsx"),
                                               into: ws, options: TableImportOptions(today: today))
                #expect(xlsx.summary == "0 added, 0 updated, \(count) unchanged", "\(name) \(subject) xlsx: \(xlsx.report())")
                #expect(xlsx.workspace == ws)
            }
            try check(ActionSchema(), .actions)
            try check(IndicatorSchema(), .indicators)
            try check(FundingSchema(), .budget)
            try check(BodySchema(), .governance)
            try check(PartnerSchema(), .partners)
            try check(EngagementSchema(), .engagement)
            try check(MilestoneSchema(), .timetable)
            try check(GlossarySchema(), .glossary)
        }
    }

    @Test func moneyAndNumbersAsPeopleTypeThem() {
        func money(_ s: String) -> Money? { if case .success(let m) = CellValues.money(.text(s)) { return m }; return nil }
        #expect(money("£120,000.00") == Money(pounds: 120_000))
        #expect(money("(1,000)") == Money(pounds: -1_000))
        #expect(money("2500.5") == Money(pence: 250_050))
        #expect(money("twelve") == nil)
        if case .success(let n) = CellValues.number(.text("40%")) { #expect(n == 40) } else { Issue.record("40% not read") }
    }

    @Test func aStructureTopDownWithMembersAndABodyListedBeforeItsParentRefused() throws {
        let sheet = """
            Board or group,Acronym,Reports to,Chair,Meets,Members
            Community Safety Partnership Board,CSPB,,Council Leader,quarterly,"Chair | Northshire County Council | Cllr A Smith
            Member | Northshire Police | Supt B Jones"
            Violence Reduction Group,VRG,CSPB,Superintendent,every 6 weeks,
            Night-Time Economy Group,,Licensing Group,,monthly,
            """
        // The members' organisations are partners of the workspace, as `import partners` leaves them.
        var ws = fresh
        for (id, name) in [("council", "Northshire County Council"), ("police", "Northshire Police")] {
            if let i = ws.partners.firstIndex(where: { $0.id == id }) { ws.partners[i].name = name }
        }
        let result = try TableImport.run(BodySchema(), try TabularReader.read(Array(sheet.utf8), file: "bodies.csv"), into: ws,
                                         options: TableImportOptions(today: today))
        #expect(result.added == 2)
        #expect(result.outcomes[2].outcome == .refused(reasons: [
            "column C \"Reports to\": no body \"Licensing Group\" yet; list a body before the bodies that report to it",
        ]))
        let board = try #require(result.workspace.governance.bodies.first)
        #expect(board.cadence.rule == .monthly && board.cadence.interval == 3)
        #expect(board.members.map(\.person) == ["Cllr A Smith", "Supt B Jones"])
        #expect(board.members.map(\.partner) == ["council", "police"])
        #expect(result.workspace.governance.bodies[1].parents == [board.id])
    }

    @Test func partnersGlossaryAndTimetableFromSheets() throws {
        let partners = try TableImport.run(PartnerSchema(), try TabularReader.read(Array("""
            Organisation;Acronym;Responsible authority;Role
            Northshire County Council;NCC;Council;Lead for community safety
            Northshire Police;;Police;
            """.utf8), file: "p.csv"), into: fresh, options: TableImportOptions(today: today))
        #expect(partners.added == 0 && partners.updated == 2, "the authorities listed to confirm are confirmed, not doubled")
        #expect(partners.workspace.partners.prefix(2).map(\.name) == ["Northshire County Council", "Northshire Police"])
        #expect(partners.workspace.partners.prefix(2).map(\.authority) == [.council, .police])
        let glossary = try TableImport.run(GlossarySchema(), try TabularReader.read(Array("Acronym\tStands for\nMARAC\tMulti-Agency Risk Assessment Conference\nIDVA\t\n".utf8),
                                                                                   file: "g.tsv"), into: fresh, options: TableImportOptions(today: today))
        #expect(glossary.added == 1)
        #expect(glossary.outcomes[1].outcome == .refused(reasons: ["column B \"Stands for\": expected what IDVA means, found nothing"]))
        let timetable = try TableImport.run(MilestoneSchema(), try TabularReader.read(Array("Milestone,By,Complete\nDraft to the board,By 18/12/2026,yes\nConsultation,Jan 2027,\n".utf8),
                                                                                      file: "t.csv"), into: fresh, options: TableImportOptions(today: today))
        #expect(timetable.workspace.plan.timetable.map(\.date) == ["By 18/12/2026", "Jan 2027"])
        #expect(timetable.workspace.plan.timetable.map(\.done) == [true, false])
    }
}

/// The directory sections have tables, not papers, and say so.
struct DirectoryExportTests {
    @Test func aPaperOfTheGlossaryIsRefusedWithWhatToUseInstead() {
        let error = #expect(throws: ExportError.self) {
            try Papers.paper(.glossary, of: DemoWorkspaces.haringey, options: PaperOptions(since: nil, summary: false, today: day("2009-11-16")))
        }
        #expect(error?.message == "there is no board paper of the glossary; export it as csv, xlsx or json")
        #expect(ExportSubject.allCases.filter { !$0.hasPaper } == [.partners, .engagement, .timetable, .glossary])
    }
}
