import Testing
@testable import PlanCore

/// The lookup an import finds rows' records by stays true when a row renames a record: a title
/// it no longer has neither finds it nor counts as shared.
struct RecordLookupTests {
    func importGlossary(_ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(GlossarySchema(), try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "glossary.csv"),
                            into: ws, options: TableImportOptions(today: day("2026-12-01")))
    }

    @Test func aTitleFreedByARenameFindsTheOneRecordLeftWithIt() throws {
        var ws = Workspace()
        ws.glossary = [GlossaryTerm(id: "term-1", term: "ASB", meaning: "Anti-social behaviour"),
                       GlossaryTerm(id: "term-2", term: "ASB", meaning: "Anti-social behaviour (duplicate)")]
        let result = try importGlossary(["id,term,meaning",
                                         ",CSP,Community Safety Partnership",      // new: the titles are indexed, ASB twice
                                         "term-2,ASBO,Anti-social behaviour order", // term-2 renamed: ASB is term-1's alone
                                         ",ASB,Anti-social behaviour (in full)"], into: ws)
        #expect(result.summary == "1 added, 2 updated, 0 unchanged", "\(result.report())")
        #expect(result.workspace.glossary.map(\.term) == ["ASB", "ASBO", "CSP"])
        #expect(result.workspace.glossary.first?.meaning == "Anti-social behaviour (in full)")
    }

    @Test func aRecordRenamedToATitleHeldMakesItShared() throws {
        var ws = Workspace()
        ws.glossary = [GlossaryTerm(id: "term-1", term: "ASB", meaning: "Anti-social behaviour"),
                       GlossaryTerm(id: "term-2", term: "ASBO", meaning: "Anti-social behaviour order")]
        let result = try importGlossary(["id,term,meaning",
                                         ",CSP,Community Safety Partnership",
                                         "term-2,ASB,Anti-social behaviour order",   // now two ASB
                                         ",ASB,Which one?"], into: ws)
        // Two records answer to ASB: the row finds neither, so it is added rather than changing one.
        #expect(result.workspace.glossary.filter { $0.term == "ASB" }.map(\.meaning)
                == ["Anti-social behaviour", "Anti-social behaviour order", "Which one?"])
    }
}
