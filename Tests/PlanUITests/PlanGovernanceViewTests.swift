import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Plan, timetable and governance views")
struct PlanGovernanceViewTests {
    @discardableResult
    func command(_ s: inout AppState, _ text: String) -> [Effect] {
        press(&s, [.char(":")])
        type(&s, text)
        return press(&s, [.enter])
    }

    @Test func governanceChartAndWhoSitsWhere() {
        var s = demoState("spelthorne")
        press(&s, [.char("3"), .char("v")])
        assertSnapshot(Renderer.render(s), named: "80x24-governance-chart")
        #expect(Renderer.render(s).text.contains("│ OMG │"))
        press(&s, [.char("v")])
        assertSnapshot(Renderer.render(s), named: "80x24-governance-people")
        #expect(Renderer.render(s).text.contains("Missing from the strategic board: Probation"))
        var ascii = demoState("spelthorne", charset: .ascii)
        press(&ascii, [.char("3"), .char("v")])
        #expect(Renderer.render(ascii).text.contains("| OMG |"))
    }

    @Test func timelineMarksDoneDueAndToday() {
        var s = demoState("spelthorne")
        press(&s, [.char("0"), .char("v")])
        let screen = Renderer.render(s).text
        assertSnapshot(Renderer.render(s), named: "80x24-timetable-timeline")
        #expect(screen.contains("▼ today"))
        #expect(screen.contains("✓ 31/01/2008"))
    }

    @Test func markingAStepDoneAndUndoing() throws {
        var s = demoState("spelthorne")
        press(&s, [.char("0"), .char("j"), .char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        #expect(m.items.first?.label.hasPrefix("Mark \"Board agrees the Plan") == true)
        let effects = press(&s, [.enter])
        #expect(effects == [.save([.plan])])
        let step = try #require(s.workspace.plan.timetable.first { $0.id == Reducer.selectedRow(s)?.ref?.id })
        #expect(step.done && step.doneOn == s.today)
        press(&s, [.char("u")])
        #expect(s.workspace.plan.timetable[1].done == false)
    }

    @Test func advancingThePlanRecordsTheStep() {
        var s = demoState("spelthorne")
        #expect(s.workspace.plan.status == .finalDraft)
        press(&s, [.char("2"), .char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        #expect(m.items.first?.label == "Move the plan to endorsed (name the body)")
        press(&s, [.enter])
        type(&s, "Spelthorne Safer Stronger Partnership Board")
        press(&s, [.enter])
        #expect(s.workspace.plan.status == .endorsed)
        command(&s, "advance Cabinet")
        #expect(s.workspace.plan.status == .adopted)
        #expect(s.workspace.plan.statusHistory.last == PlanStatusStep(status: .adopted, date: s.today, body: "Cabinet"))
        #expect(Renderer.render(s).text.contains("2008–2011 adopted"))
        command(&s, "advance")
        command(&s, "advance")
        #expect(s.message?.text == "The plan is already published: there is no further step")
    }

    @Test func summaryExportFromTheCommandLine() {
        var s = demoState("spelthorne")
        #expect(command(&s, "export summary html") == [.export(.plan, .html, path: "spelthorne-ssp-summary.html", summary: true)])
    }
}
