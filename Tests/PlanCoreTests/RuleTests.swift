import Testing
@testable import PlanCore

@Suite("Risk scoring")
struct RiskRuleTests {
    let register = RiskRegister(matrix: .standard,
                                appetite: [RiskAppetite(category: "Financial", maxScore: 12)])

    @Test(arguments: [(1, "Low"), (4, "Low"), (5, "Medium"), (9, "Medium"), (10, "High"), (15, "High"),
                      (16, "Very high"), (25, "Very high")])
    func bands(score: Int, band: String) {
        #expect(RiskMatrix.standard.band(for: score)?.name == band)
    }

    @Test func rebandingFollowsThresholds() {
        var m = RiskMatrix.standard
        m.bands[3].minScore = 12
        #expect(m.band(for: 12)?.name == "Very high")
        m.bands = [RiskBand(name: "Top", minScore: 20, colour: "red", reviewDays: 7),
                   RiskBand(name: "Rest", minScore: 1, colour: "green", reviewDays: 365)]
        #expect(m.band(for: 19)?.name == "Rest")
        #expect(m.band(for: 20)?.name == "Top")
    }

    @Test func directionOfTravel() {
        var r = Risk(id: "R1", residual: RiskScore(likelihood: 3, impact: 4))
        #expect(r.direction == .new)
        r.reviews = [RiskReview(date: day("2009-01-01"), residual: RiskScore(likelihood: 2, impact: 4)),
                     RiskReview(date: day("2009-04-01"), residual: RiskScore(likelihood: 3, impact: 4))]
        #expect(r.direction == .up)
        r.reviews.append(RiskReview(date: day("2009-07-01"), residual: RiskScore(likelihood: 3, impact: 4)))
        #expect(r.direction == .same)
        r.reviews.append(RiskReview(date: day("2009-10-01"), residual: RiskScore(likelihood: 1, impact: 4)))
        #expect(r.direction == .down)
        r.residual = RiskScore(likelihood: 1, impact: 4)
        #expect(r.direction(since: day("2009-05-01")) == .down)
        #expect(r.direction(since: day("2009-10-02")) == .same)
        r.raisedOn = day("2008-12-01")
        #expect(r.direction(since: day("2008-11-01")) == .new)
    }

    @Test func nextReviewAndOverdue() {
        var r = Risk(id: "R1", residual: RiskScore(likelihood: 4, impact: 4), lastReview: day("2009-10-20"))
        #expect(register.nextReviewDue(r)?.iso == "2009-11-19")  // very high: 30 days
        #expect(!register.isOverdue(r, today: day("2009-11-19")))
        #expect(register.isOverdue(r, today: day("2009-11-20")))
        r.residual = RiskScore(likelihood: 1, impact: 2)
        #expect(register.nextReviewDue(r)?.iso == "2010-04-18")  // low: 180 days
        r.nextReview = day("2009-12-01")
        #expect(register.nextReviewDue(r)?.iso == "2009-12-01")
        r.status = .closed
        #expect(!register.isOverdue(r, today: day("2012-01-01")))
    }

    @Test func appetite() {
        var r = Risk(id: "R1", category: "financial", residual: RiskScore(likelihood: 4, impact: 4))
        #expect(register.isOutsideAppetite(r))
        r.residual = RiskScore(likelihood: 3, impact: 4)
        #expect(!register.isOutsideAppetite(r))
        r.category = "People"
        r.residual = RiskScore(likelihood: 5, impact: 5)
        #expect(!register.isOutsideAppetite(r))
    }
}

@Suite("Budget, indicators, SMART, timetable")
struct PlanRuleTests {
    @Test func spelthorneFundingTotals() {
        let b = DemoWorkspaces.spelthorne.budget
        let t = b.totals(for: FinancialYear(2008))
        #expect(t.total == Money(pounds: 241_037))
        #expect(t.projected == Money(pounds: 52_000))
        #expect(t.confirmed == Money(pounds: 189_037))
        #expect(t.includesProjected)
        #expect(t.bySourceKind[.partnerContribution] == Money(pounds: 97_000))
        #expect(t.bySourceKind[.areaGrant] == Money(pounds: 81_066))
        #expect(t.byNature[.capital] == Money(pounds: 34_466))
    }

    @Test func allocationsAndOverCommitment() {
        var ws = DemoWorkspaces.haringey
        let t = ws.budget.totals(for: FinancialYear(2009))
        #expect(t.total == Money(pounds: 398_000 + 90_000 + 1_450_000 + 310_000 + 24_500))
        #expect(t.allocated == Money(pounds: 1_780_000))
        #expect(!t.overAllocated)
        ws.budget.allocations.append(Allocation(id: "x", priority: "p-asb", year: FinancialYear(2009),
                                                amount: Money(pounds: 1_000_000)))
        #expect(ws.budget.totals(for: FinancialYear(2009)).overAllocated)
        let bcu = ws.fundingUse.first { $0.line.id == "bcu-2009" }
        #expect(bcu?.committed == Money(pounds: 20_000))
        #expect(bcu?.overCommitted == false)
    }

    @Test func indicatorRAGHonoursPolarity() {
        var i = Indicator(id: "i", polarity: .lowerIsBetter, tolerance: 5)
        #expect(i.rag(value: 100, target: 100) == .green)
        #expect(i.rag(value: 104, target: 100) == .amber)
        #expect(i.rag(value: 106, target: 100) == .red)
        i.polarity = .higherIsBetter
        #expect(i.rag(value: 104, target: 100) == .green)
        #expect(i.rag(value: 96, target: 100) == .amber)
        #expect(i.rag(value: 90, target: 100) == .red)
    }

    @Test func indicatorLatestAndTrend() throws {
        let ni15 = try #require(DemoWorkspaces.haringey.indicator("ni-15"))
        #expect(ni15.latest?.quarter.description == "2009-10 Q2")
        #expect(ni15.latest?.value == 1.53)
        #expect(ni15.trend == .worsening)  // 1.50 → 1.53, lower is better
        #expect(ni15.rag == .amber)        // target 1.48; within 5%
        let ni40 = try #require(DemoWorkspaces.haringey.indicator("ni-40"))
        #expect(ni40.trend == .improving)
        let noTarget = try #require(DemoWorkspaces.spelthorne.indicator("ni-21"))
        #expect(noTarget.rag == nil)
        #expect(noTarget.gaps(for: FinancialYear(2008)) == ["baseline", "target for 2008-09"])
    }

    @Test func smartCheck() {
        var a = PlanAction(id: "a")
        #expect(a.smartGaps == [.measure, .target, .deadline, .owner])
        a.smart.measure = "Homes"
        a.smart.target = "300"
        a.owner = "Officer"
        #expect(a.smartGaps == [.deadline])
        a.due = day("2010-03-31")
        #expect(a.isSmart)
        #expect(a.isOverdue(today: day("2010-04-01")))
        a.status = .complete
        #expect(!a.isOverdue(today: day("2010-04-01")))
    }

    @Test func haringeyTimetableFlagsTheStepDatedBeforeItsPredecessor() {
        let findings = DemoWorkspaces.haringey.plan.timetableFindings
        #expect(findings.count == 1)
        #expect(findings.first?.location.record == "ms-7")
        #expect(findings.first?.message.contains("dated 11 Mar 2007, before the step it follows") == true)
    }

    @Test func unreadableMilestoneDate() {
        let plan = Plan(timetable: [Milestone(id: "a", date: "19/11/2007", step: "One"),
                                    Milestone(id: "b", date: "after Easter", step: "Two"),
                                    Milestone(id: "c", date: "", step: "Three"),
                                    Milestone(id: "d", date: "01/12/2007", step: "Four")])
        let f = plan.timetableFindings
        #expect(f.map(\.location.record) == ["b", "c"])
        #expect(f[0].message.contains("cannot be read: \"after Easter\""))
        #expect(f[1].message.contains("has no date"))
    }
}
