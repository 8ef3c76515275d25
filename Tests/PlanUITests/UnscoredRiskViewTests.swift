import Testing
@testable import PlanCore
@testable import PlanUI

/// A risk raised but not yet scored, as the register, its page, the heat map, the brief, the
/// dashboard and the forms show it.
@Suite("Risks not yet scored on screen")
struct UnscoredRiskViewTests {
    /// The Haringey demo with R07 raised on 2 November 2009 and not yet scored.
    func state(width: Int = 80, height: Int = 24) -> AppState {
        var s = demoState(width: width, height: height)
        // A new risk's id is unique without coordination; people call it by its reference.
        var r = Risk(id: "risk-new1", title: "New estate opens without a safety plan", category: "Delivery",
                     owner: "Head of Safer Communities", raisedOn: Day(iso: "2009-11-02"))
        r.ref = "R07"
        s.workspace.risks.risks.append(r)
        return s
    }

    @Test func theRegisterAndTheRiskPageSayNotYetScored() {
        var s = state()
        press(&s, [.char("6")] + Array(repeating: .char("j"), count: 6))
        let screen = Renderer.render(s).text
        #expect(screen.contains("R07  New estate opens without… Head of Saf…   —   —   — • 2009-12-02  unscored"), "\(screen)")
        #expect(screen.contains("Inherent   not yet scored"))
        #expect(screen.contains("Raised 2 Nov 2009 and not yet scored: record a review to give its first"))
        assertSnapshot(Renderer.render(s), named: "80x24-risks-unscored")
    }

    @Test func theHeatMapLeavesItOffAndCountsItBeside() {
        var s = state()
        press(&s, [.char("6"), .char("v")])
        let screen = Renderer.render(s).text
        #expect(screen.contains("1 risk not yet scored (not on the map): R07"), "\(screen)")
        assertSnapshot(Renderer.render(s), named: "80x24-risks-heatmap-unscored")
    }

    @Test func theBriefListsItAndTheDashboardCountsIt() {
        var s = state(width: 120, height: 60)
        command(&s, "since 2009-08-16")
        let brief = Renderer.render(s).text
        #expect(brief.contains("Not yet scored (1)"), "\(brief)")
        #expect(brief.contains("1 risk not yet scored (not on the map): R07"))
        press(&s, [.char("1")])
        #expect(Renderer.render(s).text.contains("· 7 open · 1 not yet scored"))
    }

    @Test func theFirstReviewGivesItsScores() throws {
        var s = state()
        press(&s, [.char("6")] + Array(repeating: .char("j"), count: 6) + [.char("x")])
        if case .menu(let m)? = s.overlay { #expect(m.items.first?.label == "Record a review of R07") } else { Issue.record("no menu") }
        press(&s, [.enter])
        guard case .form(let f)? = s.overlay else { Issue.record("no form"); return }
        #expect(f.title == "Add a review to R07", "people call a risk by its reference, not its internal id")
        // Date, residual likelihood and impact (the middle of the matrix to start), new target.
        press(&s, [.tab, .tab, .tab])
        type(&s, "2x2")
        press(&s, [.tab])
        type(&s, "First assessment")
        press(&s, [.ctrl("s")])
        #expect(form(s)?.errors[6] == "R07 is not yet scored: its first review gives an inherent score too")
        #expect(s.workspace.risk("risk-new1")?.isScored == false)
        // Note, reviewer, first inherent.
        press(&s, [.tab, .tab])
        type(&s, "4x4")
        press(&s, [.ctrl("s")])
        let r = try #require(s.workspace.risk("risk-new1"))
        #expect(r.inherent == RiskScore(likelihood: 4, impact: 4))
        #expect(r.residual == RiskScore(likelihood: 3, impact: 3))
        #expect(r.target == RiskScore(likelihood: 2, impact: 2))
        #expect(r.isScored)
    }

    @Test func theRiskFormKeepsANewRiskUnscoredAndRefusesHalfAScore() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("a"), .enter])
        type(&s, "New estate opens")
        func label() -> String? { form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } }
        // Title, category, owner, cause, event, consequence: on to the inherent likelihood.
        press(&s, Array(repeating: .tab, count: 6))
        #expect(label() == "Inherent likelihood")
        type(&s, "4")
        press(&s, [.ctrl("s")])
        #expect(form(s)?.errors[7] == "the inherent likelihood is given but not the impact; give both, or neither")
        for _ in 0..<20 where label() != "Inherent impact" { press(&s, [.tab]) }
        type(&s, "4")
        press(&s, [.ctrl("s")])
        #expect(form(s)?.errors[8] == "the residual score is missing: give all three scores, or none while the risk is not yet scored")
        // Clearing the inherent score saves the risk as not yet scored.
        for _ in 0..<20 where label() != "Inherent impact" { press(&s, [.backTab]) }
        press(&s, [.ctrl("u"), .backTab, .ctrl("u"), .ctrl("s")])
        #expect(form(s) == nil)
        let r = try #require(s.workspace.risks.risks.last)
        #expect(r.title == "New estate opens")
        #expect(!r.isScored && r.missingScores.isEmpty)
    }
}
