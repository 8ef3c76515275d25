import Foundation
import Testing
@testable import PlanCore

/// A sheet made by another program, from the spreadsheet fixtures.
func sheetFixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../SpreadsheetTests/Fixtures/" + name).standardized
    return [UInt8](try Data(contentsOf: url))
}

/// Importing a council's own risk register: columns by the words councils use, honest outcomes.
struct TabularImportTests {
    let today = day("2026-12-01")
    var empty: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run(_ bytes: [UInt8], file: String = "register", into ws: Workspace) throws -> TableImportResult {
        try RiskTableImport.run(try TabularReader.read(bytes, file: file), into: ws, options: TableImportOptions(today: today))
    }

    @Test func aCouncilWorkbookBySynonymsWithATitleRowAndAFormulaColumn() throws {
        let result = try run(try sheetFixture("council-register.xlsx"), file: "council-register.xlsx", into: empty)
        #expect(result.input.sheet == "Risk Register")
        #expect(result.match.headerRow == 3)
        #expect(result.match.ignored == ["Budget (£)", "Active"])
        #expect(result.match.derived == ["Gross Score", "Current Score"])
        #expect(result.outcomes.map(\.row) == [4, 5, 7])
        #expect(result.outcomes[0].outcome == .added(id: "R04", notes: ["no target score given: set to the residual score 3 × 4"]))
        #expect(result.outcomes[1].outcome == .added(id: "R02", notes: ["no target score given: set to the residual score 2 × 3"]))
        // Row 7 has no scores at all: a risk raised, not yet assessed, kept as such (never 1×1).
        #expect(result.outcomes[2].outcome == .added(id: "R03", notes: ["no scores given: kept as not yet scored"]))
        let unscored = try #require(result.workspace.risks.risks.first { $0.reference == "R03" })
        #expect(unscored.inherent == nil && unscored.residual == nil && unscored.target == nil)
        #expect(!unscored.isScored)
        let r = try #require(result.workspace.risks.risks.first { $0.reference == "R04" })
        #expect(r.id.hasPrefix("risk-"), "a new risk's id is unique without coordination; its reference is what people say")
        #expect(r.title == "Funding for the DV advocate ends in March")
        #expect(r.owner == "Head of Community Safety")
        #expect(r.inherent == RiskScore(likelihood: 4, impact: 4))
        #expect(r.residual == RiskScore(likelihood: 3, impact: 4))
        #expect(r.controls == ["Bid to the PCC", "Exit plan agreed"])
        #expect(r.nextReview == day("2027-01-15"))
        #expect(r.reviews.isEmpty)
        #expect(result.report(onlyRefused: true) == [])
    }

    @Test func theSameSheetResavedByLibreOfficeChecksTheCachedScores() throws {
        let result = try run(try sheetFixture("council-register-libreoffice.xlsx"), into: empty)
        #expect(result.added == 3 && result.refused == 0)
        let uk = try run(try sheetFixture("council-register-libreoffice-uk.csv"), into: empty)
        #expect(uk.added == 3 && uk.refused == 0)
        #expect(uk.workspace.risks.risks.first { $0.reference == "R02" }?.nextReview == day("2026-12-31"))
        func withoutIds(_ risks: [Risk]) -> [Risk] { risks.map { var r = $0; r.id = ""; return r } }
        #expect(withoutIds(uk.workspace.risks.risks) == withoutIds(result.workspace.risks.risks))
    }

    @Test func monthFirstDatesAreRefusedWholeNotMisread() throws {
        let error = #expect(throws: TabularReadError.self) { try run(try sheetFixture("council-register-libreoffice-us.csv"), file: "us.csv", into: empty) }
        // The first row whose date cannot be read day first is named, with its column.
        #expect(error?.description == "us.csv, row 4: column K \"Next Review\" holds month-first (US) dates such as 01/15/2027, which cannot "
                + "be read day first; SaferPlan reads dates day first, as in the UK. Save the sheet with a UK locale, or write the dates as 2009-11-30")
    }

    @Test func windows1252SemicolonsAndCRLFFromExcel() throws {
        let result = try run(try sheetFixture("council-register-cp1252.csv"), into: empty)
        #expect(result.match.ignored == ["Cost £"])
        #expect(result.added == 1)
        let r = try #require(result.workspace.risks.risks.first { $0.reference == "R10" })
        #expect(r.title == "Night-time economy budget cut by £40,000")
        #expect(r.owner == "NTE Co-ordinator")
        #expect(r.residual == RiskScore(likelihood: 3, impact: 3))
        #expect(r.controls == ["Street pastors", "Taxi marshals"])
        #expect(r.nextReview == day("2027-01-15"))
    }

    @Test func everyDemoRegisterRoundTripsThroughCSVAndXLSXUnchanged() throws {
        for (name, ws) in DemoWorkspaces.all {
            let today = Today.resolve(for: ws.info)
            let csv = try RiskTableImport.run(try TabularReader.read(Array(RiskCSV.export(ws.risks, today: today).utf8), file: "r.csv"),
                                              into: ws, options: TableImportOptions(today: today))
            #expect(csv.summary == "0 added, 0 updated, \(ws.risks.risks.count) unchanged", "\(name) csv: \(csv.report())")
            #expect(csv.workspace == ws)
            let xlsx = try RiskTableImport.run(try TabularReader.read(try XLSXExport.export(.risks, of: ws, today: today), file: "r.xlsx"),
                                               into: ws, options: TableImportOptions(today: today))
            #expect(xlsx.summary == "0 added, 0 updated, \(ws.risks.risks.count) unchanged", "\(name) xlsx: \(xlsx.report())")
            #expect(xlsx.workspace == ws)
        }
    }

    func haringey() -> Workspace { DemoWorkspaces.all[0].workspace }

    func sheet(_ rows: [String]) -> [UInt8] { Array(rows.joined(separator: "\r\n").utf8) }

    @Test func aChangedScoreRecordsAReviewDatedFromTheSheet() throws {
        let ws = haringey()
        let before = try #require(ws.risk("R03"))
        let result = try run(sheet(["Ref;Current likelihood;Current impact;Last review", "R03;3;4;20/11/2009"]), into: ws)
        #expect(result.updated == 1)
        let after = try #require(result.workspace.risk("R03"))
        #expect(after.residual == RiskScore(likelihood: 3, impact: 4))
        #expect(after.reviews.count == before.reviews.count + 1)
        #expect(after.reviews.last?.date == day("2009-11-20"))
        #expect(after.reviews.last?.note == "Imported from register")
        #expect(after.lastReview == day("2009-11-20"))
        guard case .updated(_, let changes, let notes) = result.outcomes[0].outcome else { Issue.record("not updated"); return }
        #expect(changes.map(\.field) == ["Residual likelihood", "Last review"])
        #expect(changes[0].description == "Residual likelihood: 4 → 3")
        #expect(notes == ["a review is recorded on 20 Nov 2009"])
    }

    @Test func anUnchangedRowChangesNothingAndHistoryNeverGoesBack() throws {
        let ws = haringey()
        let r = try #require(ws.risk("R03"))
        let score = try #require(r.residual)
        let same = try run(sheet(["Ref,Current likelihood,Current impact", "R03,\(score.likelihood),\(score.impact)"]), into: ws)
        #expect(same.outcomes[0].outcome == .unchanged(id: "R03"))
        #expect(same.workspace == ws)
        let back = try run(sheet(["Ref,Current likelihood,Current impact,Last review", "R03,3,4,01/01/2009"]), into: ws)
        #expect(back.outcomes[0].outcome == .refused(reasons: [
            "column D \"Last review\": is 1 Jan 2009, before the last review already recorded (\(try #require(r.lastReview).display)); "
                + "review history does not go backwards",
        ]))
        let next = try run(sheet(["Ref,Last review,Next review", "R03,20/11/2009,01/11/2009"]), into: ws)
        #expect(next.outcomes[0].outcome == .refused(reasons: ["column C \"Next review\": is 1 Nov 2009, before the last review (20 Nov 2009)"]))
    }

    @Test func halfAScoreAndAWrongDerivedScoreAreRefusedNamingTheColumn() throws {
        let result = try run(sheet(["Risk,Gross likelihood,Gross impact,Gross score,Residual likelihood,Residual impact",
                                    "Loss of funding,4,,,2,2", "Staff turnover,3,3,10,2,2"]), into: empty)
        #expect(result.outcomes.map(\.outcome) == [
            .refused(reasons: ["column C \"Gross impact\": the likelihood is given but not the impact; give both, or neither"]),
            .refused(reasons: ["column D \"Gross score\": is 10 but likelihood 3 × impact 3 = 9; the score is worked out, so correct the likelihood or the impact"]),
        ])
        #expect(result.workspace == empty)
    }

    @Test func referencesByNameAndUnknownNamesRefusedUnlessCreated() throws {
        let ws = haringey()
        let board = try #require(ws.governance.bodies.first)
        let ok = try run(sheet(["Risk,Residual likelihood,Residual impact,Board", "New risk,2,2,\(board.name.lowercased())"]), into: ws)
        #expect(ok.workspace.risks.risks.last?.bodies == [board.id])
        let unknown = try run(sheet(["Risk,Residual likelihood,Residual impact,Board", "New risk,2,2,Nowhere Group"]), into: ws)
        #expect(unknown.outcomes[0].outcome == .refused(reasons: [
            "column D \"Board\": no board or group \"Nowhere Group\" in the governance structure; add it first, or use --create-missing",
        ]))
        let created = try RiskTableImport.run(try TabularReader.read(sheet(["Risk,Residual likelihood,Residual impact,Board", "New risk,2,2,Nowhere Group"]),
                                                                     file: "r.csv"),
                                              into: ws, options: TableImportOptions(today: today, createMissing: true))
        #expect(created.workspace.governance.bodies.last?.name == "Nowhere Group")
        #expect(created.workspace.risks.risks.last?.bodies == [try #require(created.workspace.governance.bodies.last).id])
    }

    @Test func whatIsNotATableIsRefusedClearly() {
        let bin = #expect(throws: TabularReadError.self) { try TabularReader.read([0x00, 0x01, 0x02], file: "x.bin") }
        #expect(bin?.description == "x.bin: is neither a CSV file nor an Excel workbook (it holds binary data)")
        let xls = #expect(throws: TabularReadError.self) { try TabularReader.read([0xD0, 0xCF, 0x11, 0xE0, 0, 0], file: "old.xls") }
        #expect(xls?.description == "old.xls: is an old-style Excel .xls workbook; save it as .xlsx or CSV and import that")
        let noHeader = #expect(throws: TabularReadError.self) {
            try RiskTableImport.run(try TabularReader.read(Array("a,b\n1,2\n".utf8), file: "x.csv"), into: empty, options: TableImportOptions(today: today))
        }
        #expect(noHeader?.description == "x.csv: no header row found in the first 20 rows; expected columns such as Id, Ref, Risk, Category, Owner "
                + "(or name the sheet's own headers with --map FILE)")
        #expect(TabularReader.sniffSeparator(Array("a\tb;c\td\n".utf8)) == UInt8(ascii: "\t"))
        #expect(TabularReader.sniffSeparator(Array("\"a;b\",c\n".utf8)) == UInt8(ascii: ","))
    }
}
