import Testing
@testable import PlanCore

/// A large risk sheet's cells are read ahead on two threads before its rows are applied in order;
/// what comes of every row (added, updated, refused and why, in what order, its notes) and the
/// register made must be exactly those of reading each row as it is applied.
@Suite("Risk rows read ahead")
struct RiskReadAheadTests {
    static let header = "Id,Ref,Risk,Owner,Status,Inherent likelihood,Inherent impact,Inherent score,Residual likelihood,Residual impact,"
        + "Residual score,Target likelihood,Target impact,Controls,Mitigations,Priorities,Bodies,Raised on,Last review,Next review"

    /// Row `k` of a sheet mixing new risks, updates of the demo's risks and rows refused for every
    /// kind of bad cell, several at once where a row can be.
    static func row(_ k: Int, existing: [Risk]) -> String {
        let id = "t-\(k)"
        switch k % 10 {
        case 0: return "\(id),,Risk \(k),Owner \(k),open,2,4,8,3,3,9,1,2,\"Control A\nControl B\",Mitigation | | Owner | ,,,15/01/2008,01/10/2009,30/11/2009"
        case 1: return "\(id),,Risk \(k),Owner \(k),maybe,2,4,8,3,3,9,1,2,,,,,,,"
        case 2: return "\(id),,Risk \(k),Owner \(k),open,9,4,,3,,,1,2,,,,,31/02/2009,,"
        case 3: return "\(id),,Risk \(k),Owner \(k),closed,2,4,9,3,3,9,,,,,No such priority,,,,"
        case 4: return "\(id),,,Owner \(k),open,,,,,,,,,,,,,,,"
        case 5: return "\(id),,Risk \(k),Owner \(k),live,,,,4,2,8,,,,,,,,soon,01/01/2001"
        case 6:
            // An update of a demo risk by its reference (a second row naming it is refused).
            let r = existing[(k / 10) % existing.count]
            return ",\(r.reference),\(r.title),New owner \(k),open,,,,2,2,4,,,,,,,,16/11/2009,"
        case 7:
            let r = existing[(k / 10) % existing.count]
            return ",\(r.reference),\(r.title),\(r.owner),,,,,,,,,,,,,,,01/01/2001,"
        case 8: return "\(id),,Risk \(k),Owner \(k),open,2,,,,,,,,,,,,,,"
        default: return "\(id),,Risk \(k),Owner \(k),monitoring,1,1,1,1,1,1,1,1,One control,,,,2009-11-01,,"
        }
    }

    static func sheet(rows: Int) throws -> TabularInput {
        let existing = DemoWorkspaces.haringey.risks.risks
        let text = ([header] + (0..<rows).map { row($0, existing: existing) }).joined(separator: "\r\n")
        return try TabularReader.read(Array(text.utf8), file: "register.csv")[0]
    }

    @Test func readingAheadGivesWhatReadingEachRowGives() throws {
        let input = try Self.sheet(rows: 1_200)
        let options = TableImportOptions(today: day("2009-11-16"))
        func run(readingAheadFrom minimum: Int) throws -> TableImportResult {
            try TableImport.run(RiskSchema(readingAheadFrom: minimum), input, into: DemoWorkspaces.haringey, options: options)
        }
        let ahead = try run(readingAheadFrom: 1)
        let rowByRow = try run(readingAheadFrom: Int.max)
        #expect(ahead.report() == rowByRow.report())
        #expect(ahead.outcomes.map(\.outcome) == rowByRow.outcomes.map(\.outcome))
        #expect(ahead.workspace == rowByRow.workspace)
        // One schema imports a second sheet as a new one would: the rows read ahead are the second sheet's.
        let schema = RiskSchema(readingAheadFrom: 1)
        _ = try TableImport.run(schema, try Self.sheet(rows: 700), into: DemoWorkspaces.haringey, options: options)
        let again = try TableImport.run(schema, input, into: DemoWorkspaces.haringey, options: options)
        #expect(again.outcomes.map(\.outcome) == rowByRow.outcomes.map(\.outcome))
        #expect(again.workspace == rowByRow.workspace)
        // The sheet did what it was made to do: a fifth added, updates, and the rest refused.
        #expect(ahead.added == 240)
        #expect(ahead.summary == rowByRow.summary)
        let refused = ahead.outcomes.filter { if case .refused = $0.outcome { return true }; return false }
        #expect(refused.count == 1_200 - 240 - ahead.outcomes.filter { if case .updated = $0.outcome { return true }; return false }.count
                    - ahead.outcomes.filter { if case .unchanged = $0.outcome { return true }; return false }.count)
        // A row with several bad cells is told each, in the order its fields are applied.
        #expect(ahead.outcomes[2].outcome == .refused(reasons: [
            "column F \"Inherent likelihood\": expected a whole number from 1 to 5, found \"9\"",
            "column J \"Residual impact\": the likelihood is given but not the impact; give both, or neither",
            "column R \"Raised on\": expected a date such as 15/01/2027, 2027-01-15 or 15 Jan 2027, found \"31/02/2009\"",
        ]))
    }
}
