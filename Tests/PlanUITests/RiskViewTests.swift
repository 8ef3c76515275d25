import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Risk register views and workflow")
struct RiskViewTests {
    func menuLabels(_ s: AppState) -> [String] {
        if case .menu(let m)? = s.overlay { return m.items.map(\.label) }
        return []
    }

    @Test func vStepsThroughTheViewsAndSnapshotsEach() {
        var s = demoState()
        press(&s, [.char("6")])
        for (n, name) in ["heatmap", "movement", "brief", "matrix"].enumerated() {
            press(&s, [.char("v")])
            #expect(s.list.view == n + 1)
            assertSnapshot(Renderer.render(s), named: "80x24-risks-\(name)")
        }
        press(&s, [.char("v")])
        #expect(s.list.view == 0)
    }

    @Test func heatMapCellListsItsRisksAndEnterOpensOne() {
        var s = demoState()
        press(&s, [.char("6"), .char("v"), .char("j"), .char("j")])
        let screen = Renderer.render(s).text
        #expect(screen.contains("L3 Possible × I3 Moderate"))
        #expect(screen.contains("R04  9  Loss of skilled staff"))
        // Into the detail, Enter on the first risk jumps to it in the register.
        press(&s, [.tab, .enter])
        #expect(s.list.view == 0)
        #expect(Reducer.selectedRow(s)?.ref == RecordRef(.risk, "R04"))
    }

    @Test func heatMapScoresToggle() {
        var s = demoState()
        press(&s, [.char("6"), .char("v")])
        command(&s, "scores inherent")
        #expect(s.heatKind == .inherent)
        #expect(Renderer.render(s).text.contains("Inherent scores"))
        press(&s, [.char("x")])
        #expect(menuLabels(s).contains("Map residual scores"))
    }

    @Test func closeWithAReasonThenUndo() {
        var s = demoState()
        press(&s, [.char("6"), .char("j")])
        press(&s, [.char("x")])
        #expect(menuLabels(s).first == "Record a review of R02")
        #expect(menuLabels(s).contains("Close R02 (give a reason)"))
        press(&s, [.down, .enter])
        #expect(s.input?.buffer.text == "close ")
        type(&s, "Drug strategy adopted")
        let effects = press(&s, [.enter])
        #expect(effects == [.save([.risks])])
        #expect(s.workspace.risk("R02")?.status == .closed)
        #expect(s.workspace.risk("R02")?.statusHistory.last?.reason == "Drug strategy adopted")
        #expect(s.message?.text == "Closed R02: Drug strategy adopted")
        // A reason is required.
        command(&s, "reopen")
        #expect(s.message?.text == "Not changed: give a reason to reopen R02")
        press(&s, [.char("u")])
        #expect(s.workspace.risk("R02")?.status == .open)
    }

    @Test func reviewFormSetsResidualTargetAndNextReview() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("j"), .char("j"), .char("j"), .char("x"), .enter])
        guard case .form(let f)? = s.overlay else { Issue.record("no form"); return }
        #expect(f.title.contains("review"))
        // Date, residual likelihood, residual impact, new target.
        press(&s, [.tab])
        press(&s, [.backspace]); type(&s, "2")
        press(&s, [.tab, .tab])
        type(&s, "1x3")
        press(&s, [.tab])
        type(&s, "Posts filled")
        press(&s, [.ctrl("s")])
        let r = try #require(s.workspace.risk("R04"))
        #expect(r.residual == RiskScore(likelihood: 2, impact: 3))
        #expect(r.target == RiskScore(likelihood: 1, impact: 3))
        #expect(r.lastReview == s.today)
        #expect(!s.workspace.risks.isOverdue(r, today: s.today))
    }

    @Test func sinceSetsTheBriefDate() {
        var s = demoState()
        command(&s, "since 2009-06-01")
        #expect(s.section == .risks && s.list.view == 3)
        #expect(Renderer.render(s).text.contains("Since the last meeting on 1 Jun 2009"))
        command(&s, "since someday")
        #expect(s.message?.level == .warning)
    }

    @Test func readOnlyChairSeesEverythingAndChangesNothing() {
        var s = demoState()
        s.readOnlyReasons = ["opened with --read-only"]
        press(&s, [.char("6"), .char("v"), .char("v"), .char("v")])
        #expect(Renderer.render(s).text.contains("Reviews overdue (2)"))
        command(&s, "close not allowed")
        #expect(s.message?.text == "Read-only: opened with --read-only")
        let effects = command(&s, "export risks html brief.html")
        #expect(effects == [.export(.risks, .html, path: "brief.html")])
        #expect(s.workspace == DemoWorkspaces.haringey)
    }

    @Test func matrixEditsReBandTheRegister() {
        var s = demoState()
        press(&s, [.char("6")])
        command(&s, "view matrix")
        #expect(s.list.view == 4)
        // The High band (third) gets a threshold of 13: R05 (12) becomes Medium.
        let rows = Sections.visibleRows(s, Sections.model(s))
        let high = rows.firstIndex { $0.ref == RecordRef(.band, "2") }
        #expect(high != nil)
        s.list.selectedID = rows[high ?? 0].id
        press(&s, [.char("e"), .tab, .ctrl("u")])
        type(&s, "13")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.risks.matrix.band(for: 12)?.name == "Medium")
        press(&s, [.char("v")])
        #expect(s.list.view == 0)
        let r05 = Sections.model(s).rows.first { $0.id == "R05" }
        #expect(r05?.cells[5].role == Role.band("amber") || r05?.cells[5].role == Role.band("yellow"))
    }
}

@Suite("Action menus when read-only")
struct ReadOnlyMenuTests {
    @Test func changingActionsAreLeftOut() {
        var s = demoState()
        s.readOnlyReasons = ["opened with --read-only"]
        for key: Character in ["6", "3", "4", "2", "0"] {
            press(&s, [.char(key), .char("x")])
            guard case .menu(let m)? = s.overlay else { Issue.record("no menu in \(s.section)"); continue }
            #expect(!m.items.contains { SectionActions.changes($0.choice) }, "\(s.section): \(m.items.map(\.label))")
            #expect(m.items.contains { $0.label.hasPrefix("Export") || $0.label.hasPrefix("Show") })
            press(&s, [.escape])
        }
    }
}
