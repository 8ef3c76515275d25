import Foundation
import PlanCore
import Testing

/// A quarter's monitoring round, the year-end revision and the board report, in the real binary.
@Suite("Action plans end to end", .serialized)
struct DeliveryEndToEndTests {
    @Test func quarterlyRoundRolloverAndReport() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("cd \(demo) && \(Tmux.binary) haringey")
        t.expectScreen("12 no Q3 update")
        t.send("4", "x")
        t.expectScreen("Quarterly update round for 2009-10 Q3 (12 to do)")
        t.send("Enter")
        t.expectScreen("Add a progress update to Extend triage")
        // The form opens on the RAG status (the quarter is given): one Tab to the commentary.
        t.send("Tab", "Enter")
        t.type("Triage live in two suites")
        t.send("Escape", "C-s")
        t.expectScreen("Add a progress update to Parenting programme")
        t.expectScreen("11 to go")
        t.send("C-s")
        t.expectScreen("10 to go")
        t.send("Escape")
        t.expectScreen("Update round stopped")
        let actions = try partText(demo + "/haringey", .actions)
        #expect(actions.contains("Triage live in two suites"))
        t.send("1")
        t.expectScreen("10 no Q3 update")
        t.command("export actions md report.md")
        t.expectScreen("report.md written (actions, md) in /")
        t.send("4")
        t.command("rollover Revised after the autumn assessment")
        t.expectScreen("The plan now runs 2010-11")
        t.send("q")
        t.expectExit(0)
        let plan = try String(contentsOfFile: demo + "/haringey/plan.json", encoding: .utf8)
        #expect(plan.contains("Revised after the autumn assessment"))
        let report = try String(contentsOfFile: demo + "/report.md", encoding: .utf8)
        #expect(report.contains("# Performance report: action plans, 2009-10 Q3"))
        #expect(report.contains("Triage live in two suites") || report.contains("| Amber |"))
    }
}
