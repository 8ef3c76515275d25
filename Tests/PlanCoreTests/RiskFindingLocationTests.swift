import Testing
@testable import PlanCore

/// `validate` names a risk by the reference people say (R07), with its file and internal id second.
@Suite("Risk findings by reference")
struct RiskFindingLocationTests {
    let today = day("2009-11-16")

    /// Haringey with an imported risk: an internal id, the reference R07, no owner, scores off the
    /// matrix and a priority that does not exist.
    var workspace: Workspace {
        var ws = DemoWorkspaces.haringey
        var r = Risk(id: "risk-mxav3k-0a1b", title: "New estate opens without a safety plan", category: "Delivery",
                     inherent: RiskScore(likelihood: 6, impact: 3), residual: RiskScore(likelihood: 3, impact: 3),
                     target: RiskScore(likelihood: 2, impact: 2), raisedOn: day("2009-11-02"), lastReview: day("2009-11-02"),
                     priorities: ["nowhere"])
        r.ref = "R07"
        ws.risks.risks.append(r)
        return ws
    }

    @Test func findingsAboutARiskNameItsReferenceThenItsFileAndId() {
        let lines = workspace.validate(today: today).filter { $0.location.record == "risk-mxav3k-0a1b" }.map(\.description)
        #expect(lines == [
            "error\tRisks › R07 (risks/risk-mxav3k-0a1b.json, id risk-mxav3k-0a1b) › priorities\tnames priority \"nowhere\", which does not exist",
            "error\tRisks › R07 (risks/risk-mxav3k-0a1b.json, id risk-mxav3k-0a1b) › inherent\tinherent score 6×3 is off the 5×5 matrix",
            "warning\tRisks › R07 (risks/risk-mxav3k-0a1b.json, id risk-mxav3k-0a1b) › owner\thas no owner",
        ])
    }

    @Test func aLocationIsTheSamePlaceWhateverItIsCalled() {
        let finding = workspace.validate(today: today).first { $0.location.field == "owner" && $0.location.record == "risk-mxav3k-0a1b" }
        #expect(finding?.location == PlanLocation(.risks, record: "risk-mxav3k-0a1b", field: "owner"), "the app jumps to it by its id")
        #expect(PlanLocation(.risks, record: "R03", field: "owner").description == "Risks › R03 › owner")
        #expect(PlanLocation(.risks, record: "R03", name: "R03", file: "risks.json").description == "Risks › R03",
                "a risk whose reference is its id is named once")
    }

    @Test func twoRisksShowingOneReferenceNameTheNewerByItsId() {
        var ws = workspace
        var twin = Risk(id: "risk-mxb01z-9c2d", title: "Twin", owner: "Someone", residual: RiskScore(likelihood: 1, impact: 1))
        twin.ref = "R07"
        ws.risks.risks.append(twin)
        let finding = ws.validate(today: today).first { $0.message.contains("show the reference R07") }
        #expect(finding?.location.description == "Risks › R07 (risks/risk-mxb01z-9c2d.json, id risk-mxb01z-9c2d)")
    }
}
