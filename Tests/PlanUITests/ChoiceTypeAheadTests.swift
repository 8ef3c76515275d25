import Testing
@testable import PlanCore
@testable import PlanUI

/// Typing on a choice field selects one of its options and never leaves free text in it.
@Suite struct ChoiceTypeAheadTests {
    /// A new risk's form on the category field, its title typed.
    func onCategory(_ s: inout AppState) {
        press(&s, [.char("6"), .char("a"), .enter])
        type(&s, "Estate regeneration")
        press(&s, [.tab])
    }

    @Test func lettersTypedInARowSelectTheCategoryTheyBegin() throws {
        var s = demoState()
        onCategory(&s)
        type(&s, "del")
        #expect(form(s)?.buffer.text == "Delivery")
        assertSnapshot(Renderer.render(s), named: "80x24-risk-form-category-typed")
        press(&s, [.ctrl("s")])
        #expect(form(s) == nil)
        let risk = try #require(s.workspace.risks.risks.last)
        #expect(risk.title == "Estate regeneration")
        #expect(risk.category == "Delivery")
    }

    @Test func theSameLetterAgainGoesOnAndALongerPrefixNarrows() {
        var s = demoState()
        onCategory(&s)
        type(&s, "p")
        #expect(form(s)?.buffer.text == "People")
        type(&s, "p")
        #expect(form(s)?.buffer.text == "Partnership")
        press(&s, [.backspace])
        #expect(form(s)?.buffer.text == "")
        type(&s, "pa")
        #expect(form(s)?.buffer.text == "Partnership")
    }

    @Test func aLetterThatBeginsNoCategoryLeavesTheChoiceAndSaysSo() {
        var s = demoState()
        onCategory(&s)
        type(&s, "fz")
        #expect(form(s)?.buffer.text == "Financial")
        #expect(s.message?.text == "No Category begins with \"fz\": Enter shows the list")
        press(&s, [.backspace, .char("x")])
        #expect(form(s)?.buffer.text == "")
    }

    @Test func withoutCategoriesTheFieldTakesText() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.categories = []
        var s = AppState(workspace: ws, folder: "/demo/haringey", today: ws.info.asOf ?? Day(dayNumber: 14_000),
                         size: Size(width: 80, height: 24), charset: .unicode)
        onCategory(&s)
        type(&s, "Estates")
        press(&s, [.ctrl("s")])
        #expect(form(s) == nil)
        let risk = try #require(s.workspace.risks.risks.last)
        #expect(risk.category == "Estates")
    }
}
