import Foundation
import PlanCore
import Testing

/// Undoing a whole past save from the History view, in the real binary.
@Suite("Undoing a past save end to end", .serialized)
struct RevertEndToEndTests {
    @Test func anOwnerEditedInTheAppIsSetBackFromTheHistoryView() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let risksFile = demo + "/haringey/risks.json"
        let oldOwner = "\"owner\" : \"Community Safety Strategic Manager\""
        #expect(try partText(FileSystem.parent(of: risksFile), .risks).contains(oldOwner))
        try t.start("\(Tmux.binary) \(demo)/haringey", environment: ["SAFERPLAN_USER": "jo"])
        t.expectScreen("as at 16 Nov 2009")
        t.send("6", "e")
        t.expectScreen("Edit risk: R01")
        t.send("Tab", "Tab", "C-u")
        t.type("Jo Bloggs")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        #expect(try partText(FileSystem.parent(of: risksFile), .risks).contains("\"owner\" : \"Jo Bloggs\""))
        t.command("history")
        t.expectScreen("History (1 change) · Enter jumps · x undo save")
        t.send("x")
        t.expectScreen("Undo this whole save (1 change)")
        t.send("Enter")
        t.expectScreen("Undone jo's save of ")
        let text = try partText(FileSystem.parent(of: risksFile), .risks)
        #expect(text.contains(oldOwner) && !text.contains("Jo Bloggs"))
        // The first save cannot be undone twice: the revert changed the owner since.
        t.command("history")
        t.expectScreen("History (2 changes)")
        t.send("j", "x", "Enter")
        t.expectScreen("Not undone: risk R01 owner was changed again later")
        t.send("q")
        t.expectExit(0)
        let out = t.folder + "/log.out"
        #expect(spawnAndWait(Tmux.binary, ["log", demo + "/haringey", "--format", "csv"], output: out) == 0)
        let log = try String(contentsOfFile: out, encoding: .utf8)
        #expect(log.contains("jo,tui: revert jo's save of "))
        #expect(log.contains(": risk R01 owner,risks.json,risk,"))
        let newest = log.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        #expect(newest.hasSuffix(",owner,changed,Jo Bloggs,Community Safety Strategic Manager"), "the revert is the newest entry")
    }
}
