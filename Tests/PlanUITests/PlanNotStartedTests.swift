import Testing
@testable import PlanCore
@testable import PlanUI

/// A plan whose first year is still to come says it starts then, not that it is the current year.
struct PlanNotStartedTests {
    let today = Day(iso: "2026-12-05") ?? Day(dayNumber: 0)

    func state(startYear: Int) -> AppState {
        let ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: startYear), today: today)
        return AppState(workspace: ws, folder: "/plans/northshire", today: today, size: Size(width: 80, height: 24), charset: .unicode)
    }

    @Test func theDashboardSaysThePlanStartsIn2027() {
        let later = Renderer.render(state(startYear: 2027)).text
        #expect(later.contains("Partnership Plan 2027–2030 · starts in 2027-28"), "\(later)")
        #expect(!later.contains("current year"))
        let now = Renderer.render(state(startYear: 2026)).text
        #expect(now.contains("Partnership Plan 2026–2029 · current year 2026-27"), "\(now)")
    }

    @Test func thePhraseFollowsToday() {
        let plan = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2027), today: today).plan
        #expect(plan.yearPhrase(today: today) == "starts in 2027-28")
        #expect(plan.yearPhrase(today: Day(iso: "2027-04-01") ?? Day(dayNumber: 0)) == "current year 2027-28")
    }
}
