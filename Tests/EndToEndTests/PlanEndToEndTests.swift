import Foundation
import Testing

/// The plan itself, in the real binary: a checklist gap fixed, the plan moved to adopted, a
/// step of the timetable done, and the document and summary published.
@Suite("Plan document end to end", .serialized)
struct PlanEndToEndTests {
    @Test func fixAChecklistGapFromThePlanScreen() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("20 of 23 satisfied")
        t.send("2", ":")
        t.type("filter resourcing")
        t.send("Enter", "e")
        t.expectScreen("Resourcing")
        t.send("Enter")
        t.type("Mainstream budgets of all partners, the Area Based Grant and the skills of partner staff.")
        t.send("Escape", "C-s")
        t.expectScreen("Saved plan")
        t.send("Escape", "1")
        t.expectScreen("21 of 23 satisfied")
        t.send("q")
        t.expectExit(0)
        #expect(try String(contentsOfFile: demo + "/haringey/plan.json", encoding: .utf8).contains("Area Based Grant and the skills"))
    }

    @Test func adoptThePlanMarkAStepDoneAndPublish() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("cd \(demo) && \(Tmux.binary) spelthorne")
        t.expectScreen("2008–2011 final draft")
        t.send("2", "x")
        t.expectScreen("Record an approval step")
        t.send("Enter")
        t.type("endorsed Board")
        t.send("Enter")
        t.expectScreen("2008–2011 endorsed")
        t.command("advance adopted Council")
        t.expectScreen("2008–2011 adopted")
        t.send("0", "v")
        t.expectScreen("today")
        t.send("j", "x")
        t.expectScreen("done today")
        t.send("Enter")
        t.expectScreen("Done: Board agrees the Plan")
        t.command("export plan html plan.html")
        t.expectScreen("plan.html written (plan, html) in /")
        t.command("export summary md")
        t.expectScreen("spelthorne-ssp-summary.md")
        // Asked where: Enter takes the workspace's papers/ folder; a viewer's offer is declined.
        t.send("Enter")
        let written = t.expectScreen("spelthorne-ssp-summary.md written (plan, md) in")
        if written.contains("Open the export?") { t.send("n") }
        t.send("q")
        t.expectExit(0)
        let html = try String(contentsOfFile: demo + "/plan.html", encoding: .utf8)
        #expect(html.contains("Adopted by Council on "))
        #expect(html.contains(". Resources</h2>"))
        let summary = try String(contentsOfFile: demo + "/spelthorne/papers/spelthorne-ssp-summary.md", encoding: .utf8)
        #expect(summary.contains(". Have your say"))
        let plan = try String(contentsOfFile: demo + "/spelthorne/plan.json", encoding: .utf8)
        #expect(plan.contains("\"action\" : \"adopted\"") && plan.contains("\"schemaVersion\" : 2"))
    }
}
