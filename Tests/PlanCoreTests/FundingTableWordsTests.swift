import Foundation
import Testing
@testable import PlanCore

/// A council's funding table as councils keep it: a stream beside its funder, statuses worded as
/// bids, sums not yet known, and the budget CSV that carries them back unchanged.
struct FundingTableWordsTests {
    let today = day("2026-12-01")
    var fresh: Workspace {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        ws.partners.append(Partner(id: "opcc", name: "Office of the PCC", kind: .cooperatingBody))
        return ws
    }

    func importFunding(_ lines: [String], into ws: Workspace, map: [String: String] = [:], createMissing: Bool = false) throws -> TableImportResult {
        try TableImport.run(FundingSchema(), try TabularReader.read(Array(lines.joined(separator: "\r\n").utf8), file: "funding.csv"),
                            into: ws, options: TableImportOptions(today: today, map: map, createMissing: createMissing))
    }

    @Test func aFunderBesideTheStreamIsTheLinesPartnerNotASecondSource() throws {
        let result = try importFunding(["Funding Stream,Funder,Financial Year,Amount (£),Confirmed?",
                                        "PCC Community Safety Fund,Office of the PCC,2026-27,85000,Yes",
                                        "Serious Violence Duty grant,Home Office,2026-27,120000,Yes"], into: fresh)
        #expect(result.match.columns["source"] == 0 && result.match.columns["partner"] == 1)
        // The Home Office is no partner: kept in the line's note and said, not refused.
        #expect(result.refused == 0)
        #expect(result.workspace.budget.fundingLines.map(\.partner) == ["opcc", nil])
        #expect(result.workspace.budget.fundingLines.map(\.note) == ["", "Funder: Home Office"])
        #expect(result.report().contains("    column B \"Funder\": \"Home Office\" is no partner, so it is kept in the note "
                                         + "(add it as a partner, or use --create-missing, to link the line to it)"))
        // Imported again, the sheet changes nothing; once the Home Office is a partner, the line
        // links to it and the note loses the funder's line.
        let again = try importFunding(["Funding Stream,Funder,Financial Year,Amount (£),Confirmed?",
                                       "PCC Community Safety Fund,Office of the PCC,2026-27,85000,Yes",
                                       "Serious Violence Duty grant,Home Office,2026-27,120000,Yes"], into: result.workspace)
        #expect(again.summary == "0 added, 0 updated, 2 unchanged")
        var withHomeOffice = result.workspace
        withHomeOffice.partners.append(Partner(id: "ho", name: "Home Office", kind: .invitedMember))
        let linked = try importFunding(["Funding Stream,Funder,Financial Year,Amount (£),Confirmed?",
                                        "Serious Violence Duty grant,Home Office,2026-27,120000,Yes"], into: withHomeOffice)
        #expect(linked.workspace.budget.fundingLines.last?.partner == "ho")
        #expect(linked.workspace.budget.fundingLines.last?.note == "")
        // A column headed "Partner" claims a partner: one not known is refused.
        let partnerColumn = try importFunding(["Funding Stream,Partner,Amount", "Serious Violence Duty grant,Home Office,120000"], into: fresh)
        #expect(partnerColumn.report(onlyRefused: true) == [
            "funding.csv, row 2: refused: column B \"Partner\": no partner \"Home Office\" (by id, name or acronym); add it first, or use "
                + "--create-missing",
        ])
        let created = try importFunding(["Funder,Funding Stream,Amount",
                                         "Office of the PCC,PCC Community Safety Fund,85000",
                                         "Home Office,Serious Violence Duty grant,120000"], into: fresh, createMissing: true)
        #expect(created.refused == 0)
        let lines = created.workspace.budget.fundingLines
        #expect(lines.map(\.source) == ["PCC Community Safety Fund", "Serious Violence Duty grant"])
        #expect(lines.map(\.partner) == ["opcc", created.workspace.partners.last?.id])
        #expect(created.workspace.partners.last?.name == "Home Office")
        // Alone, a funder is the source, as before.
        let alone = try importFunding(["Funder,Amount", "Home Office,120000"], into: fresh)
        #expect(alone.workspace.budget.fundingLines.last?.source == "Home Office")
        #expect(alone.workspace.budget.fundingLines.last?.partner == nil)
    }

    @Test func aFunderLineNeverExcusesAnEmptyAmountAndIsReplacedNotPiledUp() throws {
        let empty = try importFunding(["Source,Amount,Funder", "Youth grant,,Home Office"], into: fresh)
        #expect(empty.report(onlyRefused: true) == [
            "funding.csv, row 2: refused: column B \"Amount\": expected the amount in pounds, found nothing; for a sum not yet known "
                + "write TBC or \"not yet known\", or say why in the note",
        ])
        let first = try importFunding(["Source,Amount,Funder", "Youth grant,4000,Home Office"], into: fresh)
        let moved = try importFunding(["Source,Amount,Funder", "Youth grant,4000,MOPAC"], into: first.workspace)
        #expect(moved.workspace.budget.fundingLines.last?.note == "Funder: MOPAC")
        let cleared = try importFunding(["Source,Amount,Funder", "Youth grant,4000,"], into: moved.workspace)
        #expect(cleared.workspace.budget.fundingLines.last?.note == "")
        // The export (a Partner column and the note) reads back unchanged.
        let csv = CSVExport.export(.budget, of: moved.workspace, today: today)
        let back = try TableImport.run(FundingSchema(), try TabularReader.read(Array(csv.utf8), file: "budget.csv"),
                                       into: moved.workspace, options: TableImportOptions(today: today))
        #expect(back.updated == 0 && back.added == 0, "\(back.report())")
    }

    @Test func theCouncilsFunderWorkbookImportsWithItsFunderColumnLeftOutByTheMap() throws {
        let file = "council-funding-funder.xlsx"
        let tables = try TabularReader.read(try sheetFixture(file), file: file)
        let kept = try TableImport.run(FundingSchema(), tables, into: fresh, options: TableImportOptions(today: today))
        #expect(kept.refused == 0, "\(kept.report())")
        #expect(kept.workspace.budget.fundingLines.map(\.partner) == [nil, "opcc", nil, nil])
        #expect(kept.workspace.budget.fundingLines.map(\.note).filter { $0.hasPrefix("Funder: ") || $0.contains("\nFunder: ") }.count == 3,
                "Home Office, Northshire Council and Northshire CSP are no partners: kept in the notes")
        let result = try TableImport.run(FundingSchema(), tables, into: fresh, options: TableImportOptions(today: today, map: ["Funder": ""]))
        #expect(result.match.ignored == ["Funder"])
        #expect(result.summary == "4 added, 0 updated, 0 unchanged")
        #expect(result.workspace.budget.fundingLines.map(\.source)
                == ["Serious Violence Duty grant", "PCC Community Safety Fund", "Council contribution", "Carried forward"])
        #expect(result.workspace.budget.fundingLines.allSatisfy { $0.partner == nil })
    }

    @Test func bidWordsAreTakenAsProjectedAndSaidSo() throws {
        let result = try importFunding(["Funding Source,Year,Amount,Status",
                                        "Youth Endowment Fund bid,2026/27,\"£40,000\",Bid submitted",
                                        "Violence Reduction Unit,2026/27,\"£10,000\",Applied",
                                        "Safer Streets,2026/27,\"£30,000\",Pending",
                                        "PCC Community Safety Fund,2026/27,\"£85,000.00\",Indicative"], into: fresh)
        #expect(result.refused == 0, "\(result.report())")
        #expect(result.workspace.budget.fundingLines.map(\.certainty) == [.projected, .projected, .projected, .projected])
        #expect(result.outcomes.first?.outcome == .added(id: "fund-1", notes: [
            "column D \"Status\": \"Bid submitted\" is taken as Projected (a line is Confirmed or Projected)",
        ]))
        let wrong = try importFunding(["Funding Source,Amount,Status", "Safer Streets,30000,Maybe"], into: fresh)
        #expect(wrong.report(onlyRefused: true) == ["funding.csv, row 2: refused: column C \"Status\": expected Confirmed or Projected "
                                                    + "(or words such as Indicative, Estimate, Bid submitted, Pending), found \"Maybe\""])
    }

    @Test func anAmountNotKnownWithNoStatusIsProjectedNotConfirmed() throws {
        let result = try importFunding(["Funding Source,Year,Amount,Status,Comments",
                                        "Public Health contribution,2026/27,not known,,",
                                        "Council base budget,2026/27,\"(1,000)\",,Saving",
                                        "Carry forward,2026/27,TBC,Confirmed,"], into: fresh)
        let lines = result.workspace.budget.fundingLines
        #expect(lines.map(\.amount) == [nil, Money(pounds: -1000), nil])
        // Not known and no status: projected. A known sum, or a status given, keeps its certainty.
        #expect(lines.map(\.certainty) == [.projected, .confirmed, .confirmed])
        #expect(result.outcomes[0].outcome == .added(id: "fund-1", notes: ["no status and the amount not known: taken as Projected"]))
        let totals = result.workspace.budget.totals(for: FinancialYear(2026))
        #expect(totals.confirmed == Money(pounds: -1000) && totals.projected == .zero)
    }

    @Test func theBudgetCSVKeepsTheAmountNumericWithItsUnitAndSaysNotYetKnownInItsOwnColumn() throws {
        var ws = fresh
        ws.budget.fundingLines = [FundingLine(id: "fund-1", source: "Serious Violence Duty grant", year: FinancialYear(2026),
                                              amount: Money(pounds: 120_000)),
                                  FundingLine(id: "fund-2", source: "Public Health contribution", year: FinancialYear(2026), amount: nil,
                                              certainty: .projected)]
        let csv = TableExport.csv(FundingSchema(), ws, today: today)
        let lines = csv.dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == "id,year,source,source_kind,partner,nature,certainty,amount (£),amount_not_known,note")
        #expect(lines[1] == "fund-1,2026-27,Serious Violence Duty grant,Other,,Revenue,Confirmed,120000,,")
        #expect(lines[2] == "fund-2,2026-27,Public Health contribution,Other,,Revenue,Projected,,not yet known,")
        let again = try TableImport.run(FundingSchema(), try TabularReader.read(Array(csv.utf8), file: "budget.csv"), into: ws,
                                        options: TableImportOptions(today: today))
        #expect(again.summary == "0 added, 0 updated, 2 unchanged", "\(again.report())")
        #expect(again.workspace == ws)
        // The column's words are checked; a sum typed in later wins over an old "not yet known".
        let typed = try importFunding(["id,source,amount (£),amount_not_known", "fund-2,Public Health contribution,5000,not yet known",
                                       "fund-1,Serious Violence Duty grant,120000,perhaps"], into: ws)
        #expect(typed.report(onlyRefused: true) == ["funding.csv, row 3: refused: column D \"amount_not_known\": expected \"not yet known\" "
                                                    + "or nothing, found \"perhaps\""])
        #expect(typed.workspace.budget.fundingLines[1].amount == Money(pounds: 5000))
    }
}
