import Testing
@testable import PlanCore
@testable import PlanUI

/// Derived data is worked out once per change and kept: moving the selection, paging and
/// redrawing reuse the rows; a change to the workspace shows at once.
@Suite("Derived data kept between keys")
struct DerivedDataTests {
    @Test func movingTheSelectionRebuildsNoRows() {
        var s = demoState(height: 30)
        press(&s, [.char("6")])
        _ = Renderer.render(s)
        let builds = s.derived.modelBuilds
        let first = Reducer.selectedRow(s)?.id
        for key: Key in [.char("j"), .char("j"), .pageDown, .char("k"), .char("G"), .char("g")] {
            press(&s, [key])
            _ = Renderer.render(s)
        }
        press(&s, [.char("j"), .char("j")])
        _ = Renderer.render(s)
        #expect(s.derived.modelBuilds == builds)
        #expect(Reducer.selectedRow(s)?.id != first)
        #expect(Reducer.selectedRow(s)?.id == Sections.listing(s).rows[Sections.listing(s).selectable[2]].id)
    }

    @Test func switchingBackToASectionReusesItsRows() {
        var s = demoState()
        press(&s, [.char("6")])
        _ = Renderer.render(s)
        press(&s, [.char("1")])
        _ = Renderer.render(s)
        let builds = s.derived.modelBuilds
        for _ in 0..<3 {
            press(&s, [.char("6")])
            _ = Renderer.render(s)
            press(&s, [.char("1")])
            _ = Renderer.render(s)
        }
        #expect(s.derived.modelBuilds == builds)
    }

    @Test func aChangeToTheWorkspaceShowsOnTheNextFrame() {
        var s = demoState()
        press(&s, [.char("6")])
        let before = Renderer.render(s).text
        #expect(before.contains("Loss of skilled staff"))
        let builds = s.derived.modelBuilds
        if let i = s.workspace.risks.risks.firstIndex(where: { $0.title.hasPrefix("Loss of skilled staff") }) {
            s.workspace.risks.risks[i].title = "Staff leaving the team"
        }
        let after = Renderer.render(s).text
        #expect(!after.contains("Loss of skilled staff"))
        #expect(after.contains("Staff leaving the team"))
        #expect(s.derived.modelBuilds == builds + 1)
    }

    @Test func aSearchStepFiltersTheKeptRowsAndEscBringsThemBack() {
        var s = demoState()
        press(&s, [.char("6")])
        _ = Renderer.render(s)
        let all = Sections.listing(s).rows.count
        let builds = s.derived.modelBuilds
        press(&s, [.char("/")])
        type(&s, "staff")
        press(&s, [.enter])
        let found = Sections.listing(s).rows
        #expect(!found.isEmpty && found.count < all)
        #expect(found.allSatisfy { Sections.matches($0, filter: "staff") })
        press(&s, [.escape])
        #expect(Sections.listing(s).rows.count == all)
        // The register has no tree: the search's expanded model is the same rows, not rebuilt.
        #expect(s.derived.modelBuilds == builds)
    }

    @Test func directionTakesTheLatestTwoReviewsInDateOrder() {
        let d = { (n: Int) in Day(dayNumber: 15_000 + n) }
        func review(_ day: Int, _ score: Int) -> RiskReview {
            RiskReview(date: d(day), residual: RiskScore(likelihood: score, impact: 1))
        }
        var r = Risk(id: "R1")
        r.reviews = [review(30, 4), review(10, 2), review(20, 3)]
        #expect(r.direction == .up)
        r.reviews = [review(30, 2), review(10, 5), review(20, 3)]
        #expect(r.direction == .down)
        r.reviews = [review(10, 3), review(10, 3)]
        #expect(r.direction == .same)
        r.reviews = [review(10, 3)]
        #expect(r.direction == .new)
        // Same day: the one listed later counts as later.
        r.reviews = [review(5, 1), review(10, 2), review(10, 4)]
        #expect(r.direction == .up)
    }
}
