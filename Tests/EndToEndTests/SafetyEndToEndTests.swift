import Foundation
import PlanCore
import Testing

/// The promises about never losing work: hang-ups, a second opener, a damaged file.
@Suite("Safety end to end", .serialized)
struct SafetyEndToEndTests {
    /// A dropped SSH link (SIGHUP) while a form is being edited: the terminal is restored, the
    /// typed text is kept in a recovery file, and the next start offers it back.
    @Test func hangUpKeepsTheFormAndTheNextStartOffersIt() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        t.send("6", "e")
        t.expectScreen("Edit risk: R01")
        t.send("End")
        t.type(" typed before the hang-up")
        t.expectScreen("typed before the hang-up")
        let pid = try #require(t.appPID())
        kill(pid, SIGHUP)
        let end = t.waitFor { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(Tmux.terminalRestored(end), "the terminal was not restored after SIGHUP:\n\(end)")
        let recovery = demo + "/haringey/.saferplan-recovery.json"
        #expect(try String(contentsOfFile: recovery, encoding: .utf8).contains("typed before the hang-up"))
        #expect(try !partText(demo + "/haringey", .risks).contains("hang-up"))

        let again = Tmux()
        try again.start("\(Tmux.binary) \(demo)/haringey")
        again.expectScreen("Restore unsaved work?")
        again.send("y")
        again.expectScreen("typed before the hang-up")
        again.send("C-s")
        again.expectScreen("Saved risk R01")
        #expect(try partText(demo + "/haringey", .risks).contains("typed before the hang-up"))
        #expect(!FileManager.default.fileExists(atPath: recovery))
        again.send("q")
        #expect(Tmux.terminalRestored(again.expectExit(0)))
    }

    /// While one officer has the workspace open, a second opener gets it read-only and is told who holds it.
    @Test func secondOpenerIsReadOnlyAndToldWhoHoldsTheLock() throws {
        let first = Tmux()
        let demo = try demoCopy(first)
        try first.start("\(Tmux.binary) \(demo)/haringey")
        first.expectScreen("as at 16 Nov 2009")
        let second = Tmux()
        try second.start("\(Tmux.binary) \(demo)/haringey")
        let screen = second.expectScreen("READ-ONLY")
        #expect(screen.contains("locked by"), "the holder is not named:\n\(screen)")
        second.send("6", "e")
        second.expectScreen("Read-only:")
        let risks = try partText(demo + "/haringey", .risks)
        second.send("q")
        second.expectExit(0)
        first.send("q")
        first.expectExit(0)
        #expect(try partText(demo + "/haringey", .risks) == risks)
    }

    /// A damaged file: the app does not start, says where and what, and changes nothing.
    @Test func damagedFileIsReportedAndLeftAlone() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let path = demo + "/haringey/risks.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"likelihood\" : ", with: "\"likelihood\" : \"high\", \"x\" : ", options: [], range: text.range(of: "\"likelihood\" : "))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try t.start("\(Tmux.binary) \(demo)/haringey")
        let end = t.expectExit(2)
        #expect(end.contains("risks.json:"), "the message should name the file and line:\n\(end)")
        #expect(Tmux.terminalRestored(end))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}
