import Testing
@testable import PlanCore

/// A row with more cells than the header has columns is refused, naming the cells, rather than
/// losing them (an unquoted "£120,000" split at its comma).
struct CellsBeyondHeaderTests {
    let today = day("2026-12-01")
    var empty: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run<S: TableSchema>(_ schema: S, _ lines: [String], file: String) throws -> TableImportResult {
        try TableImport.run(schema, try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: file),
                            into: empty, options: TableImportOptions(today: today))
    }

    @Test func anUnquotedCommaInAMeaningIsRefusedNamingTheLostCell() throws {
        let result = try run(GlossarySchema(), ["Term,Meaning", "ASB,Anti-social behaviour", "PCC,Police and Crime Commissioner; funds up to £120,000"],
                             file: "glossary.csv")
        #expect(result.outcomes.map(\.outcome) == [
            .added(id: try #require(result.workspace.glossary.first).id, notes: []),
            .refused(reasons: ["column C \"000\" is beyond the header's last column (B \"Meaning\"); "
                               + "a value holding a comma or semicolon must be in quotes, or the column needs a header"]),
        ])
        #expect(result.report().contains("glossary.csv, row 3: refused: column C \"000\" is beyond the header's last column (B \"Meaning\"); "
                                         + "a value holding a comma or semicolon must be in quotes, or the column needs a header"))
    }

    @Test func aSemicolonListSplitIntoTwoCellsIsRefused() throws {
        let result = try run(BodySchema(), ["Board;Reports To;Chair;Members",
                                            "Safer Northshire Board;;Council Leader;NCC; Northshire Police"], file: "bodies.csv")
        #expect(result.outcomes.map(\.outcome) == [
            .refused(reasons: ["column E \" Northshire Police\" is beyond the header's last column (D \"Members\"); "
                               + "a value holding a comma or semicolon must be in quotes, or the column needs a header"]),
        ])
        #expect(result.workspace.governance.bodies == empty.governance.bodies)
    }

    @Test func emptyCellsBeyondTheHeaderAndATrailingEmptyHeaderAreTreatedAlike() throws {
        let trailingCommas = try run(GlossarySchema(), ["Term,Meaning", "ASB,Anti-social behaviour,,"], file: "g.csv")
        #expect(trailingCommas.added == 1)
        let emptyHeader = try run(GlossarySchema(), ["Term,Meaning,", "PCC,Police and Crime Commissioner,000"], file: "g.csv")
        #expect(emptyHeader.outcomes.map(\.outcome) == [
            .refused(reasons: ["column C \"000\" is beyond the header's last column (B \"Meaning\"); "
                               + "a value holding a comma or semicolon must be in quotes, or the column needs a header"]),
        ])
    }
}
