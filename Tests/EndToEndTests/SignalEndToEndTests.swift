import Foundation
import Testing

/// Signals from outside, with the app a job of a shell with job control: the terminal is given
/// back, the lock released and nothing typed lost.
@Suite("Signals end to end", .serialized)
struct SignalEndToEndTests {
    /// Starts the app from a shell and types into risk R01's title; returns the workspace folder.
    static func midForm(_ t: Tmux) throws -> String {
        let demo = try demoCopy(t)
        try t.startShell()
        t.typeAtPrompt("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        t.send("6", "e")
        t.expectScreen("Edit risk: R01")
        t.send("End")
        t.type(" typed before the signal")
        t.expectScreen("typed before the signal")
        return demo + "/haringey"
    }

    @Test(arguments: [SIGTERM, SIGQUIT, SIGHUP])
    func aSignalMidFormKeepsTheFormAndReleasesTheLock(_ signo: Int32) throws {
        let t = Tmux()
        let folder = try Self.midForm(t)
        kill(try #require(t.appPID()), signo)
        let end = t.expectExit(128 + signo)
        #expect(Tmux.terminalRestored(end), "the terminal was not restored:\n\(end)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.saferplan.lock"))
        #expect(try String(contentsOfFile: folder + "/.saferplan-recovery.json", encoding: .utf8)
            .contains("typed before the signal"))
    }

    @Test func aSignalWhileIdleLeavesNothingBehind() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.startShell()
        t.typeAtPrompt("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        kill(try #require(t.appPID()), SIGTERM)
        #expect(Tmux.terminalRestored(t.expectExit(143)))
        let left = try FileManager.default.contentsOfDirectory(atPath: demo + "/haringey").filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "left behind: \(left)")
    }

    /// SIGTSTP, or Ctrl-Z typed, mid-form stops the job with the terminal given back; `fg`
    /// brings the form back with what was typed.
    @Test(arguments: [true, false]) func suspendingMidFormKeepsTheForm(typed: Bool) throws {
        let t = Tmux()
        _ = try Self.midForm(t)
        let pid = try #require(t.appPID())
        if typed { t.send("C-z") } else { kill(pid, SIGTSTP) }
        t.expectScreen("Stopped")
        #expect(Tmux.eventually { Tmux.processState(pid) == "T" })
        t.type("fg")
        t.send("Enter")
        t.expectScreen("typed before the signal")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
    }

    /// SIGINT mid-form is Ctrl-C: it asks before a changed form is thrown away.
    @Test func anInterruptMidFormAsksFirst() throws {
        let t = Tmux()
        _ = try Self.midForm(t)
        kill(try #require(t.appPID()), SIGINT)
        t.expectScreen("Discard this form?")
        t.send("n")
        t.expectScreen("typed before the signal")
    }
}

/// A 10 MB title: while the app is busy opening a form on it, SIGTERM still ends the app with the
/// terminal restored and the lock released.
@Suite("Signals during long work", .serialized)
struct LongWorkSignalEndToEndTests {
    @Test func termWhileOpeningAFormOnAHugeTitleIsHonoured() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let path = demo + "/haringey/risks/R01.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let huge = String(repeating: "abcdefgh ", count: 10 * 1024 * 1024 / 9)
        try text.replacingOccurrences(of: "Delays to sign-off of the Safer Communities LAA targets", with: huge)
            .write(toFile: path, atomically: true, encoding: .utf8)
        try t.startShell()
        t.typeAtPrompt("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009", 60)
        t.send("6")
        t.expectScreen("R01  abcdefgh abcdefgh", 30)
        t.send("e")
        kill(try #require(t.appPID()), SIGTERM)
        let end = t.waitFor(60) { $0.contains("EXIT=") && $0.contains("icanon") }
        #expect(end.contains("EXIT=143"), "\(end)")
        #expect(Tmux.terminalRestored(end))
        #expect(!FileManager.default.fileExists(atPath: demo + "/haringey/.saferplan.lock"))
    }
}
