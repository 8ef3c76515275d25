import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Quarterly update round, indicator chart, rollover in the app")
struct DeliveryViewTests {
    @Test func roundOpensOneActionAfterAnother() throws {
        var s = demoState()
        command(&s, "round")
        #expect(form(s)?.parent == "a111")
        #expect(form(s)?.values.first == "2009-10 Q3")
        // The quarter is filled in, so the form starts on the RAG status.
        #expect(form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } == "RAG")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.action("a111")?.action.hasUpdate(for: try #require(Quarter(text: "2009-10 Q3"))) == true)
        #expect(form(s)?.parent == "a112")
        #expect(s.message?.text == "Update round 2009-10 Q3: 11 to go · Esc stops the round")
        press(&s, [.escape])
        #expect(s.updateRound == nil)
        #expect(s.overlay == nil)
        command(&s, "round")
        #expect(form(s)?.parent == "a112")
    }

    @Test func indicatorPageDrawsTheChart() {
        var s = demoState()
        press(&s, [.char("5"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .enter])
        assertSnapshot(Renderer.render(s), named: "80x24-indicator-chart")
        #expect(Renderer.render(s).text.contains("Actuals by quarter against the target"))
    }

    @Test func rolloverFromTheMenu() {
        var s = demoState()
        press(&s, [.char("4"), .char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        let k = m.items.firstIndex { $0.label.hasPrefix("Roll the plan into 2010-11") }
        #expect(k != nil)
        s.overlay = nil
        _ = Reducer.choose(m.items[k ?? 0].choice, &s)
        #expect(s.workspace.plan.currentYear == FinancialYear(2010))
        #expect(s.message?.text.hasPrefix("The plan now runs 2010-11") == true)
        press(&s, [.char("u")])
        #expect(s.workspace.plan.currentYear == FinancialYear(2009))
    }
}
