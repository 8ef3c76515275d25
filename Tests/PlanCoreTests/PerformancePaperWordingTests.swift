import Testing
@testable import PlanCore

/// The performance paper's sentence on unreported actions agrees with its counts.
struct PerformancePaperWordingTests {
    let q = Quarter(year: FinancialYear(2026), number: 3) ?? Quarter(containing: day("2026-12-01"))

    @Test func theUnreportedSentenceAgreesWithItsCount() {
        #expect(PerformancePaper.unreported(0, of: 1, q) == "The 1 action has an update for 2026-27 Q3.")
        #expect(PerformancePaper.unreported(0, of: 4, q) == "All 4 actions have an update for 2026-27 Q3.")
        #expect(PerformancePaper.unreported(1, of: 1, q) == "1 of 1 action has no update for 2026-27 Q3.")
        #expect(PerformancePaper.unreported(1, of: 12, q) == "1 of 12 actions has no update for 2026-27 Q3.")
        #expect(PerformancePaper.unreported(2, of: 12, q) == "2 of 12 actions have no update for 2026-27 Q3.")
    }
}
