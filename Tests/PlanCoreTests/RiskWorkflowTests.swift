import Testing
@testable import PlanCore

@Suite("Risk workflow: reviews, closing, heat map, movement, the chair's brief")
struct RiskWorkflowTests {
    var haringey: Workspace { DemoWorkspaces.haringey }

    @Test func recordingAReviewMovesTheScoreAndTheNextReview() throws {
        var reg = haringey.risks
        let before = try #require(reg.risks.first { $0.id == "R04" })
        try reg.recordReview(of: "R04", on: day("2009-11-16"), residual: RiskScore(likelihood: 4, impact: 4),
                             target: RiskScore(likelihood: 2, impact: 3), note: "Two posts unfilled")
        let after = try #require(reg.risks.first { $0.id == "R04" })
        #expect(after.residual?.value == 16)
        #expect(after.target == RiskScore(likelihood: 2, impact: 3))
        #expect(after.reviews.count == before.reviews.count + 1)
        #expect(after.reviews.last?.note == "Two posts unfilled")
        #expect(after.lastReview == day("2009-11-16"))
        // 16 is Very high: reviewed every month in the standard matrix.
        let interval = try #require(reg.matrix.band(for: 16)?.reviewDays)
        #expect(after.nextReview == day("2009-11-16").adding(days: interval))
        #expect(after.direction == .up)
        #expect(!reg.isOverdue(after, today: day("2009-11-17")))
    }

    @Test func aReviewOffTheMatrixIsRefused() {
        var reg = haringey.risks
        #expect(throws: RiskChangeError.self) {
            try reg.recordReview(of: "R01", on: day("2009-11-16"), residual: RiskScore(likelihood: 6, impact: 1), note: "")
        }
        #expect(reg == haringey.risks)
    }

    @Test func closingNeedsAReasonAndKeepsTheHistory() throws {
        var reg = haringey.risks
        #expect(throws: RiskChangeError.self) { try reg.close("R02", on: day("2009-11-16"), reason: "  ") }
        try reg.close("R02", on: day("2009-11-16"), reason: "Drug strategy adopted")
        #expect(reg.risks.first { $0.id == "R02" }?.status == .closed)
        #expect(reg.risks.first { $0.id == "R02" }?.closedOn == day("2009-11-16"))
        #expect(throws: RiskChangeError.self) { try reg.close("R02", on: day("2009-11-17"), reason: "again") }
        try reg.reopen("R02", on: day("2010-01-04"), reason: "Strategy withdrawn")
        let r = try #require(reg.risks.first { $0.id == "R02" })
        #expect(r.status == .open)
        #expect(r.statusHistory.map(\.status) == [.closed, .open])
        #expect(r.nextReview.map { $0 > day("2010-01-04") } == true)
    }

    @Test func heatMapCountsOpenRisksByTheChosenScore() {
        let reg = haringey.risks
        let residual = RiskHeatMap(reg, kind: .residual)
        #expect(residual.count(.init(likelihood: 4, impact: 4)) == 1)
        #expect(residual.count(.init(likelihood: 3, impact: 3)) == 2)
        #expect(residual.risks.values.reduce(0) { $0 + $1.count } == reg.risks.filter { $0.status == .open }.count)
        #expect(residual.occupiedCells.first == .init(likelihood: 4, impact: 4))
        let inherent = RiskHeatMap(reg, kind: .inherent)
        #expect(inherent.count(.init(likelihood: 4, impact: 3)) >= 1)
        #expect(inherent != residual)
    }

    @Test func shrinkingTheMatrixPutsRisksOffItAndReBands() throws {
        var reg = haringey.risks
        reg.matrix.likelihood.removeLast()
        let map = RiskHeatMap(reg, kind: .inherent)
        #expect(map.likelihoodLevels == 4)
        // Re-banding: raise the High threshold above 12 and R05 (12) drops to Medium.
        let r05 = try #require(reg.risks.first { $0.id == "R05" })
        #expect(reg.matrix.band(for: r05.residual)?.name == "High")
        if let k = reg.matrix.bands.firstIndex(where: { $0.name == "High" }) { reg.matrix.bands[k].minScore = 13 }
        #expect(reg.matrix.band(for: r05.residual)?.name == "Medium")
    }

    @Test func movementSinceADateListsRisksThatChangedCell() {
        let moves = haringey.risks.movement(since: day("2009-08-16"))
        #expect(moves.map(\.riskID) == ["R03", "R01"])
        #expect(moves[0].from == RiskScore(likelihood: 3, impact: 4))
        #expect(moves[0].direction == .up)
        #expect(moves[1].direction == .down)
        #expect(haringey.risks.movement(since: day("2009-11-16")).isEmpty)
    }

    @Test func theBriefCollectsWhatTheChairNeeds() throws {
        var reg = haringey.risks
        try reg.close("R02", on: day("2009-10-01"), reason: "Strategy adopted")
        reg.risks.append(Risk(id: "R07", title: "New risk", category: "Financial", inherent: RiskScore(likelihood: 5, impact: 5),
                              residual: RiskScore(likelihood: 5, impact: 5), target: RiskScore(likelihood: 2, impact: 2),
                              raisedOn: day("2009-11-01")))
        let b = ChairBrief(reg, since: day("2009-08-16"), today: day("2009-11-16"))
        #expect(b.newRisks == ["R07"])
        #expect(b.closed == ["R02"])
        #expect(b.rose.map(\.riskID) == ["R03"])
        #expect(b.fell.map(\.riskID) == ["R01"])
        #expect(b.overdue == ["R04", "R05"])
        #expect(b.outsideAppetite == ["R03", "R05", "R07"])
        #expect(b.topTen.first == "R07")
        #expect(!b.topTen.contains("R02"))
        #expect(b.openCount == 6)
    }
}
