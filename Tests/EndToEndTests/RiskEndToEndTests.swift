import Foundation
import PlanCore
import Testing

/// The risk register as the officer keeps it and the chair reads it, in the real binary.
@Suite("Risk register end to end", .serialized)
struct RiskEndToEndTests {
    @Test func officerReviewsAndClosesChairReadsTheBriefAndPrintsIt() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let risksFile = demo + "/haringey/risks.json"
        try t.start("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        // Record a review of R04 (the fourth risk): residual 2x3, note.
        t.send("6", "j", "j", "j", "x")
        t.expectScreen("Record a review of R04")
        t.send("Enter")
        t.expectScreen("Add a review to R04")
        t.send("Tab", "BSpace")
        t.type("2")
        t.send("Tab", "Tab", "Tab")
        t.type("Posts filled")
        t.send("C-s")
        t.expectScreen("Saved review")
        #expect(try partText(FileSystem.parent(of: risksFile), .risks).contains("Posts filled"))
        // Close R02 with a reason.
        t.send("Escape", "g", "j", "x")
        t.expectScreen("Close R02")
        t.send("Down", "Enter")
        t.expectScreen(":close")
        t.type("Drug strategy adopted")
        t.send("Enter")
        t.expectScreen("Closed R02: Drug strategy adopted")
        // The heat map and the brief.
        t.send("v")
        t.expectScreen("Residual scores")
        t.send("v", "v")
        t.expectScreen("Closed (1)")
        t.send("q")
        t.expectExit(0)

        let chair = Tmux()
        try chair.start("cd \(demo) && \(Tmux.binary) --read-only \(demo)/haringey")
        chair.expectScreen("READ-ONLY")
        chair.command("since 2009-06-01")
        let brief = chair.expectScreen("Since the last meeting on 1 Jun 2009")
        #expect(brief.contains("Closed (1)"))
        chair.send("x")
        chair.expectScreen("Export the chair's brief as html")
        chair.send("Escape")
        chair.command("export risks html brief.html")
        chair.expectScreen("brief.html")
        chair.send("e")
        chair.expectScreen("Read-only:")
        chair.send("q")
        chair.expectExit(0)
        let html = try String(contentsOfFile: demo + "/brief.html", encoding: .utf8)
        #expect(html.contains("changes since 1 June 2009"))
        #expect(html.contains("Drug strategy adopted"))
        #expect(html.contains("@page { size: A4"))
    }

    @Test func exportCommandWritesTheBriefAsMarkdown() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let out = t.folder + "/brief.md"
        let status = spawnAndWait(Tmux.binary, ["export", demo + "/haringey", "--what", "risks", "--format", "md",
                                                "--since", "2009-08-16", "--output", out], output: t.folder + "/export.log")
        #expect(status == 0)
        let md = try String(contentsOfFile: out, encoding: .utf8)
        #expect(md.contains("## 10. Top ten by residual score"))
        #expect(md.contains("| R03 | Reductions in resources for Safer Communities delivery | 12 (3×4) \\* | 16 (4×4) \\* | Rising \\* |"))
    }
}
