import Foundation
import Testing

/// The README's "Start your own plan", walked as written with sheets made by other programs.
@Suite(.serialized) struct StartYourOwnPlanTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path

    @Test func initImportTheFourSheetsOpenAndExportBack() throws {
        let t = Tmux()
        let fm = FileManager.default
        for (from, to) in [("council-register.xlsx", "register.xlsx"), ("council-action-plan.xlsx", "action-plan.xlsx"),
                           ("council-indicator-return.xlsx", "indicator-return.xlsx"), ("council-funding.xlsx", "funding.xlsx")] {
            try fm.copyItem(atPath: fixtures + "/" + from, toPath: t.folder + "/" + to)
        }
        func run(_ args: [String]) throws -> (Int32, String) { try t.command(args, inFolderOn: "2026-12-01") }
        #expect(try run(["init", "northshire", "--name", "Northshire Community Safety Partnership", "--area", "Northshire"]).0 == 0)
        let dry = try run(["import", "risks", "register.xlsx", "northshire", "--dry-run"])
        #expect(dry.1.contains("dry run: would import 3 added, 0 updated, 0 unchanged; nothing was written"))
        // The register's third risk has no score yet: it comes in as not yet scored.
        // Each import names the files its records went to.
        #expect(try run(["import", "risks", "register.xlsx", "northshire"]).1
                .contains("imported 3 added, 0 updated, 0 unchanged into 3 files in northshire/risks/"))
        #expect(try run(["import", "actions", "action-plan.xlsx", "northshire", "--create-missing"]).1
                .contains("imported 3 added, 0 updated, 0 unchanged into northshire/plan.json, 2 files in northshire/actions/\n"))
        #expect(try run(["import", "indicators", "indicator-return.xlsx", "northshire"]).1
                .contains("imported 3 added, 0 updated, 0 unchanged into 3 files in northshire/indicators/\n"))
        #expect(try run(["import", "budget", "funding.xlsx", "northshire"]).1
                .contains("imported 3 added, 0 updated, 0 unchanged into northshire/budget.json"))
        #expect(try run(["validate", "northshire"]).0 != 2)

        try t.start("cd \(Tmux.quote(t.folder)) && \(Tmux.binary) northshire", environment: ["SAFERPLAN_TODAY": "2026-12-01"])
        t.expectScreen("Next steps")
        t.send("6")
        t.expectScreen("Funding for the DV advocate ends in March")
        t.send("4")
        t.expectScreen("Reducing violent crime")
        t.send("7")
        t.expectScreen("Home Office Safer Streets")
        t.send("q")
        t.expectExit(0)

        #expect(try run(["export", "northshire", "--what", "risks", "--format", "xlsx", "--output", "register-saferplan.xlsx"]).0 == 0)
        let risks = try Data(contentsOf: URL(fileURLWithPath: t.folder + "/northshire/risks.json"))
        let again = try run(["import", "risks", "register-saferplan.xlsx", "northshire"])
        #expect(again.0 == 0)
        #expect(again.1.contains("nothing to change: 0 added, 0 updated, 3 unchanged"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: t.folder + "/northshire/risks.json")) == risks)
    }
}
