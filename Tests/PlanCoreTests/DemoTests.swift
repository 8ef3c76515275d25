import Testing
@testable import PlanCore

@Suite("Demo workspaces are faithful to the papers")
struct DemoTests {
    @Test func haringey() {
        let ws = DemoWorkspaces.haringey
        #expect(ws.plan.period.description == "2008–2011")
        #expect(ws.priorities.count == 6 && ws.priorities.allSatisfy { $0.kind == .priorityArea })
        #expect(ws.partnership.lessonsLearnt.count == 6)
        #expect(ws.partnership.keyChallenges.count == 6)
        #expect(ws.plan.timetable.map(\.date) == ["19/11/2007", "By 18/12/2007", "By 31/01/2008", "By 15/02/2008",
                                                   "20/02/2008", "29/02/2008", "11/03/2007", "21/03/2008", "28/03/2008"])
        #expect(ws.plan.timetable.last?.step == "Sign off by SECB and agreement on publication and summary")
        #expect(ws.risks.risks.map(\.title).first == "Delays to sign-off of the Safer Communities LAA targets")
        #expect(ws.risks.risks.count == 6)
        #expect(ws.indicators.filter { $0.code.hasPrefix("NI") }.map(\.code) == ["NI 15", "NI 16", "NI 21", "NI 35", "NI 40", "NI 111"])
        #expect(ws.indicators.filter(\.stretch).count == 2)
        let proposal = ws.governance.proposals[0]
        #expect(proposal.bodies.first { $0.id == "pmg" }?.termsOfReference.count == 7)
        #expect(proposal.bodies.first { $0.id == "pmg" }?.members.count == 10)
        #expect(proposal.bodies.first { $0.id == "csp" }?.decisionRules.count == 3)
        #expect(proposal.bodies.first { $0.id == "jlg" }?.cadence.display == "meeting 6-weekly")
        #expect(ws.governance.bodies.filter { $0.kind == .themeBoard }.count == 3)
        #expect(ws.governance.bodies.first { $0.id == "strategy-group" }?.parents == ["pmg", "csp"])
    }

    @Test func spelthorne() {
        let ws = DemoWorkspaces.spelthorne
        #expect(ws.partnership.vision == "To build a safer community")
        #expect(ws.priorities.filter { $0.kind == .priorityArea }.count == 3)
        #expect(ws.priorities.filter { $0.kind == .areaForAction }.count == 9)
        #expect(ws.glossary.count == 10)
        #expect(ws.plan.nationalPriorities.count == 4)
        #expect(ws.budget.fundingLines.filter { $0.certainty == .projected }.map(\.source)
                == ["Surrey Police", "Surrey County Council"])
        #expect(ws.partners.filter { $0.kind == .responsibleAuthority }.count == 6)
        #expect(ws.body("board")?.parents == ["lsp"])
        #expect(ws.body("board")?.links.map(\.target) == ["county-board"])
        #expect(Set(["jag", "ciag", "ppomp"]).isSubset(of: Set(ws.governance.children(of: "community-issues").map(\.id))))
        #expect(ws.engagement.contains { $0.name == "Area Forums" && $0.frequency.display == "twice a year" })
    }

    @Test func herefordshire() {
        let ws = DemoWorkspaces.herefordshire
        #expect(ws.priorities.filter { $0.kind == .priorityArea }.count == 5)
        #expect(ws.priorities.filter { $0.kind == .crossCuttingTheme }.map(\.title)
                == ["Young People (victims and offenders)", "Violent Crime"])
        #expect(ws.partners.count == 8)
        // Seed 002: approved by the Strategy Group; Cabinet asked to recommend it to Council, never "adopted by Cabinet".
        #expect(ws.plan.approvalStatus
                == "Approved by the HCSDP Strategy Group; Cabinet asked on 1 May 2008 to recommend it to Council for adoption")
        #expect(ws.plan.approvalStage == "approved")
        #expect(ws.governance.meeting(ws.plan.approval[1].meeting)?.date.iso == "2008-05-01")
        // The two themes run across the five priority groups.
        #expect(ws.priorities.filter { $0.kind == .crossCuttingTheme }.allSatisfy { $0.bodies.count == 5 })
        #expect(ws.risks.risks.first?.title == "Resources available to address the priority areas")
    }

    @Test func demosHaveNoErrors() {
        for (name, ws) in DemoWorkspaces.all {
            let errors = ws.validate(today: ws.info.asOf ?? day("2009-01-01")).filter { $0.level == .error }
            #expect(errors.isEmpty, "\(name): \(errors)")
            #expect(!ws.info.description.isEmpty && ws.info.description.contains("plausibl"))
        }
    }
}
