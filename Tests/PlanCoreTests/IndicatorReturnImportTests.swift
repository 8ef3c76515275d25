import Testing
@testable import PlanCore

/// An indicator return as councils head and fill it: a year in the baseline's and targets' headers,
/// "n/a", "-" and "TBC" where a quarter has no figure, and a RAG column of the council's own.
struct IndicatorReturnImportTests {
    let today = day("2026-12-01")
    var fresh: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run(_ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(IndicatorSchema(), try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "return.csv"),
                            into: ws, options: TableImportOptions(today: today))
    }

    @Test func aYearInTheBaselineHeaderIsTheBaselinesPeriod() throws {
        for header in ["Baseline (2025/26)", "Baseline 2025/26", "2025-26 baseline", "Baseline [FY 2025/26]", "Baseline (2025-2026)"] {
            let result = try run(["NI,Indicator,\(header)", "NI 16,Serious acquisitive crime,12.5"], into: fresh)
            #expect(result.match.ignored == [], "\(header)")
            let i = try #require(result.workspace.indicators.first)
            #expect(i.baseline == 12.5, "\(header)")
            #expect(i.baselinePeriod == "2025-26", "\(header)")
        }
    }

    @Test func aBaselinePeriodColumnWinsAndAnEmptyBaselineTakesNoPeriod() throws {
        let given = try run(["NI,Indicator,Baseline (2025/26),Baseline period", "NI 16,Crime,12.5,Calendar 2025", "NI 17,Other,,"], into: fresh)
        #expect(given.workspace.indicators.map(\.baselinePeriod) == ["Calendar 2025", ""])
        // Held as "2025/26" already: the same year, so the row changes nothing.
        var ws = fresh
        ws.indicators = [Indicator(id: "ind-1", code: "NI 16", title: "Crime", baseline: 12.5, baselinePeriod: "2025/26")]
        let same = try run(["NI,Indicator,Baseline (2025-26)", "NI 16,Crime,12.5"], into: ws)
        #expect(same.outcomes.map(\.outcome) == [.unchanged(id: "ind-1")])
    }

    @Test func aYearInATargetOrQuarterHeaderNamesThatYear() throws {
        let result = try run(["NI,Indicator,Target (2026/27),Target 2027-2028,Target (2035/36),Q1 (2026/27)",
                              "NI 16,Crime,11.9,11.5,9,3.1"], into: fresh)
        #expect(result.match.ignored == ["Target (2035/36)"])
        let i = try #require(result.workspace.indicators.first)
        #expect(i.targets == [YearTarget(year: FinancialYear(2026), value: 11.9), YearTarget(year: FinancialYear(2027), value: 11.5)])
        #expect(i.actuals.map(\.value) == [3.1])
    }

    @Test func wordsForNoFigureAreNoFigureNotZeroAndTheRowSaysSo() throws {
        let result = try run(["NI,Indicator,Q1 Actual,Q2 Actual,Q3 Actual,Q4 Actual",
                              "NI 16,Crime,3.1,n/a,,TBC", "NI 30,Re-offending,-,11.2,N/A,—"], into: fresh)
        #expect(result.refused == 0, "\(result.report())")
        #expect(result.workspace.indicators.map { $0.actuals.map(\.value) } == [[3.1], [11.2]])
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: "ind-1", notes: ["column D \"Q2 Actual\": \"n/a\" taken as no figure for 2026-27 Q2",
                                        "column F \"Q4 Actual\": \"TBC\" taken as no figure for 2026-27 Q4"]),
            .added(id: "ind-2", notes: ["column C \"Q1 Actual\": \"-\" taken as no figure for 2026-27 Q1",
                                        "column E \"Q3 Actual\": \"N/A\" taken as no figure for 2026-27 Q3",
                                        "column F \"Q4 Actual\": \"—\" taken as no figure for 2026-27 Q4"]),
        ])
        // Other words are still refused, naming what was expected.
        let bad = try run(["NI,Indicator,Q1 Actual", "NI 16,Crime,about three"], into: fresh)
        #expect(bad.outcomes.map(\.outcome) == [.refused(reasons: ["column C \"Q1 Actual\": expected a number, found \"about three\""])])
    }

    @Test func theSheetsRAGIsNotStoredAndADifferenceIsNoted() throws {
        let lines = ["Ref,Performance Indicator,Polarity,Unit,Target 2026/27,Q2 Actual,RAG",
                     "NI 16,Serious acquisitive crime,Low,rate,11.9,3.1,Green",
                     "NI 30,Re-offending rate of prolific offenders,Lower is better,%,10%,11.2%,Amber",
                     "NI 111,First time entrants,Lower is better,number,220,,G",
                     "NI 112,Other,Lower is better,number,220,200,Blue"]
        let result = try run(lines, into: fresh)
        #expect(result.refused == 0, "\(result.report())")
        #expect(result.match.derived == ["RAG"])
        #expect(IndicatorSchema().derivedHeaders(result.match) == (checked: [], workedOut: ["RAG"]))
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: "ind-1", notes: []),
            .added(id: "ind-2", notes: ["column G \"RAG\": the sheet says Amber; SaferPlan works out Red (11.2 in 2026-27 Q2 against the 2026-27 "
                                        + "target of 10, lower is better, 5% tolerance) and does not store the sheet's"]),
            .added(id: "ind-3", notes: ["column G \"RAG\": the sheet says G; SaferPlan works out no RAG yet (it needs an actual and the "
                                        + "target for the same year), and does not store the sheet's"]),
            .added(id: "ind-4", notes: ["column G \"RAG\": \"Blue\" is not red, amber or green; the RAG is not stored (SaferPlan works it out)"]),
        ])
        #expect(result.workspace.indicators.map(\.rag) == [.green, .red, nil, .green])
        // Imported again, the rows are unchanged and still say so.
        let again = try run(lines, into: result.workspace)
        #expect(again.unchanged == 4)
        #expect(again.report().contains("    column G \"RAG\": the sheet says Amber; SaferPlan works out Red (11.2 in 2026-27 Q2 against the "
                                        + "2026-27 target of 10, lower is better, 5% tolerance) and does not store the sheet's"))
    }

    @Test func aRiskSheetsScoreColumnsAreTheOnesChecked() throws {
        let input = try TabularReader.read(Array("Ref,Risk,Residual likelihood,Residual impact,Residual score,Residual band\nR01,A risk,2,3,6,Amber".utf8),
                                           file: "risks.csv")
        let result = try TableImport.run(RiskSchema(), input, into: fresh, options: TableImportOptions(today: today))
        #expect(RiskSchema().derivedHeaders(result.match) == (checked: ["Residual score"], workedOut: ["Residual band"]))
    }

    @Test func anArrowGivesThePolarity() throws {
        let result = try run(["NI,Indicator,Polarity", "NI 111,First time entrants,↓", "NI 21,Concerns dealt with,↑", "NI 22,Other,-"], into: fresh)
        #expect(result.outcomes.map(\.outcome).last == .refused(reasons: ["column C \"Polarity\": expected Higher is better or Lower is better, found \"-\""]))
        #expect(result.workspace.indicators.map(\.polarity) == [.lowerIsBetter, .higherIsBetter])
    }
}
