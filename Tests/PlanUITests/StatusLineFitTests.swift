import Testing
@testable import PlanCore
@testable import PlanUI

/// Text too long for 80 columns: cut only with "…", or given way whole, never cut mid-word silently.
@Suite struct StatusLineFitTests {
    func rows(_ s: AppState) -> [String] { Renderer.render(s).text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.reversed().drop { $0 == " " }.reversed()) } }

    @Test func aLongMessageGoesOnOverTheKeyHintLine() {
        var s = demoState()
        let folder = "/home/community-safety/partnership-workspaces/d/haringey/papers"
        s.message = Message("haringey-scp-risks.html written (risks, html) in " + folder)
        let screen = rows(s)
        #expect(screen[22] == " haringey-scp-risks.html written (risks, html) in /home/community-safety/")
        #expect(screen[23] == " partnership-workspaces/d/haringey/papers")
        assertSnapshot(Renderer.render(s), named: "80x24-status-long-message")
        s.message = Message("Saved")
        #expect(rows(s)[23].hasPrefix(" ? help"))
    }

    @Test func aMessageTooLongForTwoLinesEndsInAnEllipsis() {
        let text = String(repeating: "word ", count: 40)
        let r = MessageRows.rows(text, width: 40)
        #expect(r.count == 2)
        #expect(r[0] == " word word word word word word word ")
        #expect(r[1].hasSuffix("…") && TextWidth.width(of: r[1]) == 40)
    }

    @Test func statusPartsThatDoNotFitGiveWayWhole() {
        let parts = ["Update round 2009-10 Q3: 12 to go · Esc stops the round", "YOS = Youth Offending Service"]
        #expect(Chrome.statusLine(parts, width: 78, ellipsis: "…") == " Update round 2009-10 Q3: 12 to go · Esc stops the round")
        #expect(Chrome.statusLine(parts, width: 100, ellipsis: "…")
                == " Update round 2009-10 Q3: 12 to go · Esc stops the round · YOS = Youth Offending Service")
        #expect(Chrome.statusLine(parts, width: 30, ellipsis: "…") == " Update round 2009-10 Q3: 12 …")
    }

    @Test func theRoundsCounterIsNotCutByAGlossaryHint() {
        var s = demoState()
        command(&s, "round")
        let status = rows(s)[22]
        #expect(status.hasPrefix(" Update round 2009-10 Q3: "), "\(status)")
        #expect(status.hasPrefix(" Update round 2009-10 Q3: 12 to go · Esc stops the round  "), "\(status)")
        #expect(!status.contains("="), "a glossary hint that does not fit whole gives way: \(status)")
        assertSnapshot(Renderer.render(s), named: "80x24-round-status")
    }

    @Test func aHeaderLineTooLongEndsInAnEllipsis() {
        var s = demoState()
        s.workspace.plan.versionLabel = "version 3 as approved by the board on 28 March 2008"
        let header = rows(s)[4]
        #expect(header == " Status: Awaiting a decision · version 3 as approved by the board on 28 March 2…")
        assertSnapshot(Renderer.render(s), named: "80x24-dashboard-long-status")
    }
}
