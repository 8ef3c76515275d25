import Testing
@testable import PlanCore
@testable import PlanUI

/// A sum not yet known on screen: the budget view, a stated total beside the computed one, the dashboard.
@Suite("Money not yet known on screen")
struct MoneyNotYetKnownViewTests {
    @Test func theBudgetSaysWhatIsNotYetKnownAndShowsTheStatedTotal() {
        var s = demoState("spelthorne", width: 120, height: 40)
        s.workspace.budget.statedTotals = [StatedTotal(year: FinancialYear(2008), amount: Money(pounds: 240_000), source: "the plan")]
        press(&s, [.char("7")])
        let rows = BudgetSection.model(s).rows.map { $0.cells.map(\.text).joined(separator: "|") }
        #expect(rows.contains("Carried forward from 2007-08 — A planned sum carried forward from 2007/08; amount not yet known|||Projected|not yet known"),
                "\(rows)")
        #expect(rows.contains("Total 2008-09, one sum not yet known|||incl. projected|£241,037 +?"))
        #expect(rows.contains("Total as printed in the plan|||differs|£240,000"))
        let screen = Renderer.render(s).text
        #expect(screen.contains("Projected       not yet known"), "\(screen)")
        #expect(screen.contains("Total 2008-09, one sum not yet known"))
        #expect(screen.contains("incl. projected   £241,037 +?"))
        #expect(screen.contains("Total as printed in the plan"))
        press(&s, [.char("1")])
        #expect(Renderer.render(s).text.contains("£241,037 plus a carried-forward sum not yet known"))
    }

    @Test func theCarryForwardIsNamedAndSaidAlikeInTheListAndItsDetail() throws {
        var s = demoState("spelthorne")
        press(&s, [.char("7")])
        let row = try #require(BudgetSection.model(s).rows.first { $0.ref?.kind == .carryForward })
        #expect(row.cells[0].text.hasPrefix("Carried forward from 2007-08"))
        #expect(row.cells.last?.text == "not yet known")
        let detail = BudgetSection.detail(s, row).map { $0.spans.map(\.text).joined() }
        #expect(detail.first == "Carried forward from 2007-08 into 2008-09")
        #expect(detail.contains("Amount: not yet known"), "\(detail)")
        for _ in 0..<20 where s.list.selectedID != row.id { press(&s, [.char("j")]) }
        #expect(s.list.selectedID == row.id)
        assertSnapshot(Renderer.render(s), named: "80x24-spelthorne-carry-forward")
    }

    @Test func theFormLeavesABlankAmountUnknown() throws {
        var s = demoState("spelthorne")
        press(&s, [.char("7"), .char("e")])
        let f = try #require(form(s))
        let amount = try #require(f.kind.schema.fields.firstIndex { $0.label == "Amount" })
        for _ in 0..<amount { press(&s, [.tab]) }
        press(&s, [.ctrl("u")])
        type(&s, "TBC")
        press(&s, [.ctrl("s")])
        #expect(form(s) == nil)
        #expect(s.workspace.budget.fundingLines[0].amount == nil)
    }
}
