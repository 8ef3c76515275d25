import Foundation
import Testing

/// An action plan kept wide — "Q1 RAG", "Q1 Update" … — imported from the command line: the help
/// names the columns, the dry run says which quarter's update changes.
struct WideActionPlanEndToEndTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path

    @Test func theHelpNamesTheQuarterColumnsAndADryRunNamesTheQuarterThatChanged() throws {
        let t = Tmux()
        func run(_ args: [String]) throws -> (Int32, String) { try t.command(args, inFolderOn: "2026-12-01") }
        let help = try run(["import", "actions", "--help"])
        let words = help.1.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.0 == 0)
        #expect(words.contains("A sheet kept wide gives each quarter columns of its own instead: \"Q1 RAG\" and \"Q1 Update\""))

        try FileManager.default.copyItem(atPath: fixtures + "/council-action-plan-wide.xlsx", toPath: t.folder + "/monitoring.xlsx")
        #expect(try run(["init", "northshire", "--name", "Northshire Community Safety Partnership"]).0 == 0)
        let imported = try run(["import", "actions", "monitoring.xlsx", "northshire", "--create-missing"])
        #expect(imported.0 == 0)
        #expect(imported.1.contains("imported 3 added, 0 updated, 0 unchanged into northshire/plan.json, 2 files in northshire/actions/\n"))
        #expect(!imported.1.contains("columns ignored"))

        try ("Action,Q2 RAG,Q2 Progress\n" + "Street pastors in the town centre,Red,Two volunteers left\n")
            .write(toFile: t.folder + "/q2.csv", atomically: true, encoding: .utf8)
        let dry = try run(["import", "actions", "q2.csv", "northshire", "--dry-run"])
        #expect(dry.1 == "q2.csv, row 2: updated A001\n    RAG: Amber → Red\n    update 2026-27 Q2: RAG Amber → Red\n"
                + "dry run: would import 0 added, 1 updated, 0 unchanged; nothing was written\n")
    }
}
