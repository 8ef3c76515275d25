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

    @Test func advancingThePlanRecordsStepsOfAnyKind() throws {
        var s = demoState("spelthorne")
        #expect(s.workspace.plan.approvalStage == "final draft")
        press(&s, [.char("2"), .char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        #expect(m.items.first?.label == "Record an approval step (:advance ACTION BODY to BODY on DATE)")
        press(&s, [.enter])
        type(&s, "endorsed Spelthorne Safer Stronger Partnership Board")
        press(&s, [.enter])
        #expect(s.workspace.plan.approvalStage == "endorsed")
        #expect(s.workspace.plan.approval.last?.sentence == "Endorsed by Spelthorne Safer Stronger Partnership Board on \(PaperDate.long(s.today))")
        command(&s, "advance asked recommended Cabinet to Council on 2008-05-01")
        let asked = try #require(s.workspace.plan.approval.last)
        #expect(asked.state == .asked && asked.to == "Council" && asked.date?.iso == "2008-05-01")
        #expect(asked.sentence == "Cabinet asked on 1 May 2008 to recommend it to Council for adoption")
        command(&s, "advance planned submitted to Government Office on 2008-06-02")
        #expect(s.workspace.plan.approvalAhead.map(\.sentence) == ["To be submitted to Government Office on 2 June 2008"])
        // The target becomes the record of its doing, in place, keeping its note.
        command(&s, "advance submitted to Government Office on 2008-06-01")
        #expect(s.workspace.plan.approvalAhead.isEmpty)
        #expect(s.workspace.plan.approval.last?.sentence == "Submitted to Government Office on 1 June 2008")
        #expect(s.workspace.plan.approvalStage == "submitted to Government Office")
        #expect(Renderer.render(s).text.contains("2008–2011 submitte"))
        command(&s, "advance agreed the Plan and the 2008-09 budget")
        #expect(s.workspace.plan.approval.last?.sentence == "Agreed the Plan and the 2008-09 budget on \(PaperDate.long(s.today))")
        let before = s.workspace.plan.approval
        command(&s, "advance recommended Cabinet")
        #expect(s.message?.text == "say to which body: :advance recommended … to BODY")
        command(&s, "advance")
        #expect(s.message?.text.hasPrefix("Usage: :advance") == true)
        #expect(s.workspace.plan.approval == before)
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
