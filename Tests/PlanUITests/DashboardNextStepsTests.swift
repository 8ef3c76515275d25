import Testing
@testable import PlanCore
@testable import PlanUI

/// The dashboard of a partnership that has brought its sheets in: the next steps stay while the
/// checklist's "must" items and the board's seats are unmet, and the open risks line up.
struct DashboardNextStepsTests {
    let today = Day(iso: "2026-12-05") ?? Day(dayNumber: 0)

    func imported<S: TableSchema>(_ schema: S, _ text: String, into ws: Workspace, createMissing: Bool = false) throws -> Workspace {
        let result = try TableImport.run(schema, try TabularReader.read(Array(text.utf8), file: "sheet.csv"), into: ws,
                                         options: TableImportOptions(today: today, createMissing: createMissing))
        #expect(result.refused == 0, "\(result.report())")
        return result.workspace
    }

    /// A new workspace after `import partners`, `import bodies`, `import risks` and a priority with
    /// an action plan, indicators, funding and a timetable: no section is empty any more.
    func northshire() throws -> Workspace {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire Community Safety Partnership", area: "Northshire", startYear: 2026),
                                   today: today)
        ws = try imported(PartnerSchema(), """
            Organisation;Acronym;Type;Responsible Authority
            Northshire County Council;NCC;local authority;yes
            Northshire Police;NP;police;yes
            Northshire Fire and Rescue Service;NFRS;fire;yes
            Northshire Integrated Care Board;ICB;health;yes
            Probation Service – Northshire PDU;PS;probation;yes
            """, into: ws)
        ws = try imported(BodySchema(), "Body\tAcronym\tMembers\nSafer Northshire Board\tSNB\t\"Chair | NCC | Council Leader\nVice chair | NP | Chief Superintendent\"",
                          into: ws)
        ws = try imported(RiskSchema(), """
            Ref,Risk,Residual likelihood,Residual impact
            R01,Loss of Home Office funding for serious violence duty,3,4
            R02,Data sharing agreement lapses between police and council,2,3
            R03,Domestic abuse refuge capacity shortfall,4,3
            """, into: ws)
        ws = try imported(ActionSchema(), "Priority,Action,Lead\nReduce serious violence,Launch the violence reduction programme,SV Lead",
                          into: ws, createMissing: true)
        ws = try imported(IndicatorSchema(), "NI,Indicator,Baseline,Target\nNI 16,Serious acquisitive crime,12.5,11.9", into: ws)
        ws = try imported(FundingSchema(), "Funding stream,Year,Amount\nCommunity Safety Fund,2026-27,120000", into: ws)
        ws = try imported(MilestoneSchema(), "Date,Step\n15/01/2027,Strategic assessment completed", into: ws)
        return ws
    }

    func state(_ ws: Workspace) -> AppState {
        AppState(workspace: ws, folder: "/plans/northshire", today: today, size: Size(width: 80, height: 24), charset: .unicode)
    }

    @Test func theNextStepsStayWhileTheChecklistsMustItemsAreUnmet() throws {
        let ws = try northshire()
        #expect(ws.nextSteps(today: today, checklist: false).map(\.text) == [
            "Give the responsible authorities their seats on SNB: Fire and rescue, Health, Probation (3 Governance, members)",
        ])
        let must = NextStep.unmetMust(ws.statutoryChecklist(today: today))
        #expect(must.count == 10)
        assertSnapshot(Renderer.render(state(ws)), named: "80x24-dashboard-next-steps-after-imports")
        // The page lists the first five and says how many more there are.
        let s = state(ws)
        let steps = try #require(Sections.listing(s).rows.first)
        #expect(steps.id == "steps")
        #expect(DashboardSection.detail(s, steps).map { $0.spans.map(\.text).joined() } == [
            "Next steps",
            "• Give the responsible authorities their seats on SNB: Fire and rescue, Health, Probation (3 Governance, members)",
            "• Checklist: the story of place is empty or too short",
            "• Checklist: the link to the Sustainable Community Strategy is not described",
            "• Checklist: no lessons learnt are recorded",
            "• Checklist: the strategic assessment lacks its date and a summary of its findings",
            "• and 6 more: the statutory checklist lists what is unmet",
            "Enter on a step opens the section where it is done.",
        ])
    }

    @Test func oneDigitScoresLineUpWithTwoDigitOnes() throws {
        var s = state(try northshire())
        press(&s, [.down])
        #expect(Reducer.selectedRow(s)?.id == "risks")
        assertSnapshot(Renderer.render(s), named: "80x24-dashboard-open-risks")
    }
}
