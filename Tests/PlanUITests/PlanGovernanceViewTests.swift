import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Plan, timetable and governance views")
struct PlanGovernanceViewTests {
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
        #expect(command(&s, "export summary html").isEmpty)
        #expect(s.input?.buffer.text == "export summary html /demo/spelthorne/papers/spelthorne-ssp-summary.html")
        #expect(press(&s, [.enter]) == [.export(.plan, .html, path: "/demo/spelthorne/papers/spelthorne-ssp-summary.html", summary: true)])
    }
}

@Suite("Bringing the checklist to all satisfied")
struct ChecklistWorkflowTests {
    /// Fills fields of the open form by label and saves it.
    func fillAndSave(_ s: inout AppState, _ values: [String: String]) {
        guard case .form(var f)? = s.overlay else { Issue.record("no form open"); return }
        for (label, value) in values {
            guard let k = f.kind.schema.fields.firstIndex(where: { $0.label == label }), let v = f.visible.firstIndex(of: k) else {
                Issue.record("no field \(label)")
                continue
            }
            f.focusOn(v)
            f.buffer = TextBuffer(value)
        }
        s.overlay = .form(f)
        press(&s, [.ctrl("s")])
        #expect(s.overlay == nil, "the form was not saved: \(String(describing: s.overlay))")
    }

    @Test func haringeyReachesEveryItem() {
        var s = demoState()
        #expect(s.workspace.statutoryChecklist(today: s.today).filter { !$0.result.satisfied }.count == 3)
        // Each unmet item jumps to where it is fixed; fix them there.
        Reducer.openAdd(AddTarget(.strategicLink), &s)
        fillAndSave(&s, ["Plan": "London Probation offender management plan", "Kind": "regionalOffenderManagement"])
        Reducer.openAdd(AddTarget(.strategicLink), &s)
        fillAndSave(&s, ["Plan": "Haringey LCJB business plan", "Kind": "localCriminalJusticeBoard"])
        Reducer.openEdit(RecordRef(.plan, "plan"), fields: nil, &s)
        fillAndSave(&s, ["Resourcing": "Mainstream budgets of every partner, the Area Based Grant, and the skills of partner staff."])
        let reoffending = s.workspace.priorities.first { $0.title.hasPrefix("Reducing re-offending") }
        let indicator = s.workspace.indicators.first { $0.code == "NI 111" }
        Reducer.openEdit(RecordRef(.priority, reoffending?.id ?? ""), fields: nil, &s)
        fillAndSave(&s, ["Indicators": indicator?.id ?? ""])
        let unmet = s.workspace.statutoryChecklist(today: s.today).filter { !$0.result.satisfied }
        #expect(unmet.isEmpty, "still unmet: \(unmet.map(\.text))")
        press(&s, [.char("1")])
        #expect(Renderer.render(s).text.contains("23 of 23 satisfied"))
    }
}
