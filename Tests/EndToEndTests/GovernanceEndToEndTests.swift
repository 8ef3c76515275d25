import Foundation
import Testing

/// Reshaping the structure through a proposal, in the real binary.
@Suite("Governance end to end", .serialized)
struct GovernanceEndToEndTests {
    @Test func proposeEditCompareAdoptAndPrint() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("cd \(demo) && \(Tmux.binary) spelthorne")
        t.expectScreen("as at 15 Feb 2008")
        t.command("propose Task groups 2009")
        t.expectScreen("EDITING PROPOSAL")
        // Add a body under the Board (second row of the tree).
        t.send("j", "a")
        t.expectScreen("Add a body reporting to")
        t.send("Enter")
        t.expectScreen("Add a body reporting to Board")
        t.type("Night-time Economy Task Group")
        t.send("C-s")
        t.expectScreen("Saved body Night-time Economy Task Group")
        let governance = try String(contentsOfFile: demo + "/spelthorne/governance.json", encoding: .utf8)
        #expect(governance.contains("Night-time Economy Task Group"))
        t.send("Escape")
        t.command("view 4")
        t.expectScreen("Added (1)")
        t.command("adopt")
        t.expectScreen("Adopted \"Task groups 2009\"")
        t.command("view 5")
        t.expectScreen("Structure before Task groups 2009")
        t.command("view 2")
        t.expectScreen("Night-time Economy")
        t.command("export governance html governance.html")
        t.expectScreen("governance.html written (governance, html) in /")
        t.send("q")
        t.expectExit(0)
        let html = try String(contentsOfFile: demo + "/governance.html", encoding: .utf8)
        #expect(html.contains("Night-time Economy Task Group"))
        #expect(html.contains("Former structure: Structure before Task groups 2009"))
        #expect(html.contains("<pre>"))
    }
}
