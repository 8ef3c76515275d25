import Foundation
import Testing

/// Meetings and approval steps in the real binary at 80x24.
@Suite("Meetings end to end", .serialized)
struct MeetingsEndToEndTests {
    @Test func aYearOfMeetingsOneHeldADecisionAndTheOutcomeOfTheCabinetStep() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("cd \(demo) && \(Tmux.binary) herefordshire")
        t.expectScreen("2008–2011 approved")
        t.send("3")
        t.command("view meetings")
        t.expectScreen("HCSDP Strategy Group               quarterly    0 meetings")
        t.send("j", "j")
        t.command("meetings")
        t.expectScreen("Added 4 planned meetings of HCSDP Strategy Group")
        t.send("j")
        t.command("held")
        t.expectScreen("HCSDP Strategy Group, 1 May 2008: held")
        t.send("k", "k")
        t.command("decide recommended to Council")
        t.expectScreen("1 item · 1 decided")
        t.send("2", "x")
        t.expectScreen("Record the outcome: Cabinet asked on 1 May 2008")
        t.send("Enter")
        t.expectScreen(":advance recommended Cabinet to Council on 2008-05-01")
        t.send("Enter")
        t.expectScreen("2008–2011 recommended to Council")
        t.send("q")
        t.expectExit(0)
        let governance = try String(contentsOfFile: demo + "/herefordshire/governance.json", encoding: .utf8)
        #expect(governance.contains("\"id\" : \"strategy-group-2008-08-01\""))
        #expect(governance.contains("\"outcome\" : \"recommended\""))
        let plan = try String(contentsOfFile: demo + "/herefordshire/plan.json", encoding: .utf8)
        #expect(plan.contains("\"state\" : \"done\"") && !plan.contains("\"state\" : \"asked\""))
        #expect(plan.contains("\"schemaVersion\" : 2"))
    }
}
