import Foundation
import Testing
@testable import PlanCore

/// A risk raised but not yet assessed: a state of its own in the model, the files, the heat map,
/// `validate`, the brief and the papers — never a 1×1 score.
@Suite("Risks not yet scored")
struct UnscoredRiskTests {
    let today = day("2009-11-16")

    /// The Haringey demo with a seventh risk raised on `raised` and not yet scored.
    func withUnscored(raised: Day? = day("2009-11-02")) -> Workspace {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks.append(Risk(id: "R07", title: "New estate opens without a safety plan", category: "Delivery",
                                   owner: "Head of Safer Communities", raisedOn: raised))
        return ws
    }

    @Test func aNewRiskHasNoScoresUntilItIsAssessed() {
        let r = Risk(id: "R07", title: "New estate")
        #expect(r.inherent == nil && r.residual == nil && r.target == nil)
        #expect(!r.isScored)
        #expect(r.missingScores.isEmpty)
        let half = Risk(id: "R08", inherent: RiskScore(likelihood: 3, impact: 3))
        #expect(half.missingScores == ["residual", "target"])
    }

    @Test func theFileOmitsTheScoresAndReadsBackUnscored() throws {
        let tmp = TempFolder()
        let ws = withUnscored()
        try WorkspaceStore.create(ws, at: tmp.file("w"))
        let text = String(decoding: try WorkspaceStore.partBytes(.risks, folder: tmp.file("w")), as: UTF8.self)
        let seventh = try #require(text.range(of: "\"id\" : \"R07\"").map { String(text[$0.lowerBound...]) })
        let record = String(seventh.prefix { $0 != "}" })
        #expect(!record.contains("inherent") && !record.contains("residual") && !record.contains("\"target\""), "\(record)")
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"))
        #expect(loaded.workspace == ws)
        #expect(loaded.workspace.risk("R07")?.isScored == false)
    }

    @Test func aFileWithSomeScoresButNotAllIsRefusedWithItsPlace() throws {
        let tmp = TempFolder()
        var ws = DemoWorkspaces.haringey
        ws.risks.risks.append(Risk(id: "R07", title: "Half assessed", inherent: RiskScore(likelihood: 4, impact: 4)))
        try WorkspaceStore.create(ws, at: tmp.file("w"))
        // The half-scored risk is the seventh, kept in a file of its own.
        let recordFile = ws.recordPath(.risks, at: 6)
        let text = try tmp.read("w/" + recordFile)
        let error = try #require(throws: LoadError.self) { try WorkspaceStore.load(folder: tmp.file("w")) }
        #expect(error.file.hasSuffix("/" + recordFile))
        #expect(error.fieldPath == "register.risks[0]")
        #expect(error.message == "the residual and target scores are missing: give all three scores (inherent, residual, target), "
                + "or none for a risk not yet scored")
        let position = try #require(error.position)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // The error points at the risk's opening brace, the line before its id.
        #expect(lines[position.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix("{"))
        #expect(lines[position.line].contains("\"R07\"") || lines[position.line].contains("\"bodies\""))
    }

    @Test func theRegistersOwnAllowanceIsReadAndWrittenOnlyWhenSet() throws {
        let tmp = TempFolder()
        var ws = DemoWorkspaces.haringey
        try WorkspaceStore.create(ws, at: tmp.file("a"))
        #expect(try !tmp.read("a/risks.json").contains("daysToScore"), "a file written before the setting reads unchanged")
        ws.risks.daysToScore = 14
        try WorkspaceStore.create(ws, at: tmp.file("b"))
        #expect(try tmp.read("b/risks.json").contains("\"daysToScore\" : 14"))
        #expect(try WorkspaceStore.load(folder: tmp.file("b")).workspace.risks.scoringAllowance == 14)
        try tmp.write(try tmp.read("b/risks.json").replacingOccurrences(of: "\"daysToScore\" : 14", with: "\"daysToScore\" : -1"),
                      to: "b/risks.json")
        let error = try #require(throws: LoadError.self) { try WorkspaceStore.load(folder: tmp.file("b")) }
        #expect(error.fieldPath == "register.daysToScore")
        #expect(error.message == "expected a whole number of days from 0")
    }

    @Test func theHeatMapLeavesUnscoredRisksOffAndCountsThem() {
        let ws = withUnscored()
        let map = RiskHeatMap(ws.risks, kind: .residual)
        #expect(map.unscored == ["R07"])
        #expect(!map.risks.values.contains { $0.contains("R07") })
        #expect(map.risks.values.map(\.count).reduce(0, +) == 6)
        #expect(ws.risks.unscoredCountText == "1 risk not yet scored")
        #expect(DemoWorkspaces.haringey.risks.unscoredCountText == nil)
    }

    @Test func validateFlagsARiskLeftUnscoredLongerThanTheAllowance() {
        let fresh = withUnscored(raised: day("2009-11-02"))
        #expect(!fresh.validate(today: today).contains { $0.location.record == "R07" }, "14 days is within 30")
        let old = withUnscored(raised: day("2009-10-01"))
        let finding = old.validate(today: today).first { $0.location.record == "R07" }
        #expect(finding?.level == .warning)
        #expect(finding?.message == "not yet scored: raised on 1 Oct 2009, more than 30 days allowed for scoring")
        var strict = fresh
        strict.risks.daysToScore = 7
        #expect(strict.validate(today: today).first { $0.location.record == "R07" }?.message
                == "not yet scored: raised on 2 Nov 2009, more than 7 days allowed for scoring")
        #expect(withUnscored(raised: nil).validate(today: today).first { $0.location.record == "R07" }?.message
                == "not yet scored: no date raised, more than 30 days allowed for scoring")
    }

    @Test func theFirstReviewGivesAllThreeScores() throws {
        var reg = withUnscored().risks
        #expect(throws: RiskChangeError("R07 is not yet scored: its first review gives the inherent and target scores too")) {
            try reg.recordReview(of: "R07", on: today, residual: RiskScore(likelihood: 3, impact: 4), note: "First look")
        }
        try reg.recordReview(of: "R07", on: today, residual: RiskScore(likelihood: 3, impact: 4),
                             target: RiskScore(likelihood: 2, impact: 2), inherent: RiskScore(likelihood: 4, impact: 4), note: "First look")
        let r = try #require(reg.risks.first { $0.id == "R07" })
        #expect(r.isScored)
        #expect(r.inherent == RiskScore(likelihood: 4, impact: 4))
        #expect(r.residual == RiskScore(likelihood: 3, impact: 4))
        #expect(r.target == RiskScore(likelihood: 2, impact: 2))
        #expect(r.reviews.last?.inherent == RiskScore(likelihood: 4, impact: 4))
        #expect(r.lastReview == today)
    }

    @Test func theBriefAndMovementLeaveThemOutOfScoresButListThem() {
        let ws = withUnscored()
        let b = ChairBrief(ws.risks, since: day("2009-08-16"), today: today)
        #expect(b.newRisks == ["R07"])
        #expect(!b.topTen.contains("R07"))
        #expect(b.heatMap.unscored == ["R07"])
        #expect(!ws.risks.movement(since: day("2009-08-16")).contains { $0.riskID == "R07" })
        #expect(!ws.risks.isOutsideAppetite(ws.risks.risks[6]))
        let waiting = ChairBrief(withUnscored(raised: day("2009-10-01")).risks, since: day("2009-08-16"), today: today)
        #expect(!waiting.overdue.contains("R07"), "listed as not yet scored, not as a review overdue")
    }

    @Test func theNextStepsAskForTheirScores() {
        let steps = withUnscored().nextSteps(today: today, checklist: false).map(\.text)
        #expect(steps.contains("Give scores to 1 risk not yet scored: record a first review of each (6 Risks, x)"))
        #expect(!DemoWorkspaces.haringey.nextSteps(today: today, checklist: false).map(\.text).contains { $0.contains("not yet scored") })
    }

    @Test func theRiskBriefPaperSaysNotYetScored() throws {
        var ws = withUnscored()
        ws.risks.risks[6].id = "risk-new1"
        ws.risks.risks[6].ref = "R07"
        let md = try Papers.render(.risks, format: .md, of: ws, options: PaperOptions(since: day("2009-08-16"), today: today))
        #expect(md.contains("- **Not yet scored:** 1"))
        #expect(md.contains("; 1 risk not yet scored (R07) not shown"))
        #expect(md.contains("| R07 | New estate opens without a safety plan | Head of Safer Communities | not yet scored | New | 2 December 2009 |"),
                "an unscored risk is due for scoring when its allowance runs out")
        let plan = try Papers.render(.plan, format: .md, of: ws, options: PaperOptions(today: today))
        #expect(plan.contains("| New estate opens without a safety plan | Head of Safer Communities | not yet scored |"))
    }
}
