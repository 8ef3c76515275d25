import Testing
@testable import PlanCore

@Suite("Quarterly round and annual revision")
struct DeliveryTests {
    @Test func actionsNeedingAnUpdateFollowThePriorities() throws {
        let ws = DemoWorkspaces.haringey
        let q = try #require(Quarter(text: "2009-10 Q3"))
        let waiting = ws.actionsNeedingUpdate(for: q)
        #expect(waiting.count == 12)
        #expect(waiting.first == "a111")
        let q2 = try #require(Quarter(text: "2009-10 Q2"))
        #expect(ws.actionsNeedingUpdate(for: q2).count == 2)
    }

    @Test func rollingOverCarriesOpenActionsAndKeepsLastYear() throws {
        var ws = DemoWorkspaces.haringey
        let before = ws.actionPlans.filter { $0.year == FinancialYear(2009) }
        let open = before.flatMap(\.actions).filter { $0.status.isOpen }
        let result = try ws.rollOver(on: day("2010-03-31"), summary: "Revised after the autumn assessment")
        #expect(result.year == FinancialYear(2010))
        #expect(ws.plan.currentYear == FinancialYear(2010))
        let next = ws.actionPlans.filter { $0.year == FinancialYear(2010) }.flatMap(\.actions)
        #expect(next.count == open.count)
        #expect(Set(next.compactMap(\.carriedFrom)) == Set(open.map(\.id)))
        #expect(next.allSatisfy { $0.updates.isEmpty })
        // Last year's actions are unchanged; only the plans are closed.
        let after = ws.actionPlans.filter { $0.year == FinancialYear(2009) }
        #expect(after.map(\.actions) == before.map(\.actions))
        #expect(after.allSatisfy { $0.status == .closed })
        let revision = try #require(ws.plan.revisions.last)
        #expect(revision.year == FinancialYear(2010))
        #expect(revision.changes.first == "\(open.count) open actions carried forward from 2009-10")
        // The plan period 2008–2011 ends with 2010-11.
        #expect(throws: RolloverError.self) { try ws.rollOver(on: day("2011-03-31")) }
    }
}
