import Foundation
import Testing
@testable import PlanCore

/// Importing a register that holds risks raised but not yet scored.
@Suite("Importing risks not yet scored")
struct UnscoredRiskImportTests {
    let today = day("2009-11-16")

    func run(_ rows: [String], into ws: Workspace, file: String = "register.csv") throws -> TableImportResult {
        try RiskTableImport.run(try TabularReader.read(Array(rows.joined(separator: "\r\n").utf8), file: file), into: ws,
                                options: TableImportOptions(today: today))
    }

    @Test func aRowWithNoScoresIsKeptAsNotYetScored() throws {
        let result = try run(["Risk,Owner,Raised,Gross likelihood,Gross impact,Current likelihood,Current impact",
                              "New estate opens,Head of Safer Communities,02/11/2009,,,,"], into: DemoWorkspaces.haringey)
        #expect(result.outcomes[0].outcome == .added(id: "R07", notes: ["no scores given: kept as not yet scored"]))
        let r = try #require(result.workspace.risks.risks.last)
        #expect(r.inherent == nil && r.residual == nil && r.target == nil)
        #expect(r.raisedOn == day("2009-11-02"))
    }

    @Test func anInherentScoreWithoutTheResidualIsRefusedNamingTheColumn() throws {
        let result = try run(["Risk,Gross likelihood,Gross impact", "New estate opens,4,4"], into: DemoWorkspaces.haringey)
        #expect(result.report(onlyRefused: true) == [
            "register.csv, row 2: refused: column \"residual_likelihood\": an inherent or target score is given but not the residual "
                + "likelihood and impact; give the residual score too, or no scores at all for a risk not yet scored",
        ])
        #expect(result.refused == 1)
        #expect(result.workspace == DemoWorkspaces.haringey)
    }

    @Test func halfAScoreIsStillRefusedWithRowAndColumn() throws {
        let result = try run(["Risk,Current likelihood,Current impact", "New estate opens,3,"], into: DemoWorkspaces.haringey)
        #expect(result.report(onlyRefused: true) == [
            "register.csv, row 2: refused: column C \"Current impact\": the likelihood is given but not the impact; give both, or neither",
        ])
    }

    @Test func scoresGivenLaterScoreTheRiskAndRecordAReview() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks.append(Risk(id: "R07", title: "New estate opens", owner: "Head of Safer Communities", raisedOn: day("2009-11-02")))
        let result = try run(["Ref,Gross likelihood,Gross impact,Current likelihood,Current impact,Target likelihood,Target impact",
                              "R07,4,4,3,4,2,2"], into: ws)
        #expect(result.updated == 1)
        let r = try #require(result.workspace.risk("R07"))
        #expect(r.isScored)
        #expect(r.inherent == RiskScore(likelihood: 4, impact: 4))
        #expect(r.residual == RiskScore(likelihood: 3, impact: 4))
        #expect(r.reviews.count == 1)
        #expect(r.lastReview == today)
    }

    @Test func theWorkbooksSummaryCountsRisksNotYetScored() throws {
        var ws = DemoWorkspaces.haringey
        #expect(!XLSXExport.risks(ws.risks, today: today)[1].rows.contains { $0.first?.value == .text("Not yet scored") })
        ws.risks.risks.append(Risk(id: "R07", title: "New estate opens", raisedOn: day("2009-11-02")))
        let summary = XLSXExport.risks(ws.risks, today: today)[1].rows
        #expect(summary.contains { $0.map(\.value) == [.text("Not yet scored"), .number(1)] })
    }

    @Test func anUnscoredRiskRoundTripsThroughCSVAndXLSXUnchanged() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks.append(Risk(id: "R07", title: "New estate opens", owner: "Head of Safer Communities", raisedOn: day("2009-11-02")))
        let csvText = RiskCSV.export(ws.risks, today: today)
        let row = try #require(csvText.split(separator: "\n").first { $0.contains("New estate opens") })
        #expect(row.contains("not yet scored"), "the band column says so: \(row)")
        let csv = try RiskTableImport.run(try TabularReader.read(Array(csvText.utf8), file: "r.csv"), into: ws,
                                          options: TableImportOptions(today: today))
        #expect(csv.summary == "0 added, 0 updated, 7 unchanged", "\(csv.report())")
        #expect(csv.workspace == ws)
        let xlsx = try RiskTableImport.run(try TabularReader.read(try XLSXExport.export(.risks, of: ws, today: today), file: "r.xlsx"),
                                           into: ws, options: TableImportOptions(today: today))
        #expect(xlsx.summary == "0 added, 0 updated, 7 unchanged", "\(xlsx.report())")
        #expect(xlsx.workspace == ws)
    }
}
