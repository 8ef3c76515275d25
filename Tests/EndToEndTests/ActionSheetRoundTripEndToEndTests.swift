import Foundation
import Testing

/// An action plan exported as CSV and as a workbook, one row per quarterly update, and imported into
/// a new workspace from the command line: every action's record file comes back byte for byte.
struct ActionSheetRoundTripEndToEndTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path

    @Test func exportedActionsImportedIntoANewWorkspaceGiveTheSameRecordFiles() throws {
        let t = Tmux()
        let fm = FileManager.default
        func run(_ args: [String]) throws -> (Int32, String) { try t.command(args, inFolderOn: "2026-12-01", quiet: true) }
        func records(_ ws: String) throws -> [String: Data] {
            let folder = t.folder + "/" + ws + "/actions"
            return try Dictionary(uniqueKeysWithValues: fm.contentsOfDirectory(atPath: folder).map {
                ($0, try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)))
            })
        }
        try fm.copyItem(atPath: fixtures + "/council-action-plan-wide.xlsx", toPath: t.folder + "/monitoring.xlsx")
        #expect(try run(["init", "northshire", "--name", "Northshire Community Safety Partnership"]).0 == 0)
        #expect(try run(["import", "actions", "monitoring.xlsx", "northshire", "--create-missing"]).0 == 0)
        let original = try records("northshire")
        #expect(original.count == 2)
        for format in ["csv", "xlsx"] {
            #expect(try run(["export", "northshire", "--what", "actions", "--format", format, "--output", "plan.\(format)"]).0 == 0)
            let copy = "fresh-\(format)"
            #expect(try run(["init", copy, "--name", "Northshire Community Safety Partnership"]).0 == 0)
            let imported = try run(["import", "actions", "plan.\(format)", copy, "--create-missing"])
            #expect(imported.0 == 0)
            // Each update added is said, as the dry run says it.
            #expect(imported.1.contains("    update 2026-27 Q2: added (Amber: \"Two volunteers left\")\n"), "\(imported.1)")
            #expect(imported.1.hasSuffix("\nimported 3 added (with 4 quarterly updates), 0 updated, 0 unchanged into \(copy)/plan.json, 2 files in \(copy)/actions/\n"))
            #expect(try records(copy) == original, "\(format)")
            let again = try run(["import", "actions", "plan.\(format)", "northshire"])
            #expect(again.1 == "nothing to change: 0 added, 0 updated, 7 unchanged\n", "\(format)")
        }
        #expect(try records("northshire") == original)
        let q2 = try run(["export", "northshire", "--what", "actions", "--format", "csv", "--quarter", "2026-27 Q2"])
        // One quarter: a row per action, with that quarter's update or none.
        #expect(q2.1.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false)[18...20].joined(separator: ",") }
                == ["latest_quarter,latest_rag,latest_commentary", "2026-27 Q2,Amber,Two volunteers left", "2026-27 Q2,Green,First round done", ",,"])
    }
}
