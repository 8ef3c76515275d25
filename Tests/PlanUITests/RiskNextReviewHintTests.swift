import Testing
@testable import PlanCore
@testable import PlanUI

/// A risk whose next review comes from its band: the edit form shows the worked-out date in place
/// of the blank field, and saving the form unchanged stores nothing.
@Suite struct RiskNextReviewHintTests {
    /// The demo's first risk (R01, reviewed 24 Sep 2009, its band reviewed every 180 days) with no next review of its own.
    func followingItsBand() -> AppState {
        var s = demoState()
        s.workspace.risks.risks[0].nextReview = nil
        return s
    }

    @Test func theFormShowsTheDateTheBandGivesBesideTheBlankField() throws {
        var s = followingItsBand()
        let due = try #require(s.workspace.risks.nextReviewDue(s.workspace.risks.risks[0]))
        #expect(due.display == "23 Mar 2010")
        press(&s, [.char("6"), .char("e")])
        let f = try #require(form(s))
        let next = try #require(f.kind.schema.fields.firstIndex { $0.label == "Next review" })
        let at = try #require(f.visible.firstIndex(of: next))
        press(&s, [Key](repeating: .tab, count: at + 1))
        let line = try #require(Renderer.render(s).text.split(separator: "\n").first { $0.contains("Next review") })
        #expect(line.contains("Next review") && line.contains("(due 23 Mar 2010 by band)"), "\(line)")
        // Focused, the hint follows the empty field.
        press(&s, [.backTab])
        let focused = try #require(Renderer.render(s).text.split(separator: "\n").first { $0.contains("Next review") })
        #expect(focused.contains("· (due 23 Mar 2010 by band)"), "\(focused)")
        // A date typed replaces it.
        type(&s, "2010-01-31")
        let typed = try #require(Renderer.render(s).text.split(separator: "\n").first { $0.contains("Next review") })
        #expect(typed.contains("2010-01-31") && !typed.contains("by band"), "\(typed)")
    }

    @Test func savingTheFormUnchangedStoresNoNextReview() throws {
        var s = followingItsBand()
        let before = s.workspace
        press(&s, [.char("6"), .char("e"), .ctrl("s")])
        #expect(form(s) == nil)
        #expect(s.workspace.risks.risks[0].nextReview == nil)
        #expect(s.workspace == before)
    }
}
