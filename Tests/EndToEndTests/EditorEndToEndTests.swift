import Foundation
import PlanCore
import Testing

/// Ctrl-E hands a form field to a real terminal editor, with the app started from a shell with
/// job control (the way that used to hang: the editor was stopped by SIGTTIN).
@Suite("Editor hand-over end to end", .serialized)
struct EditorEndToEndTests {
    static func require(_ program: String) throws {
        let found = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
        if !found { throw E2EError("\(program) is not installed: .ci/run installs it (apt-get install \(program))") }
    }

    /// Opens risk R01's form in a shell's job with the given editor; returns the workspace folder.
    static func openForm(_ t: Tmux, editor: String) throws -> String {
        let demo = try demoCopy(t)
        try t.startShell()
        t.typeAtPrompt("\(Tmux.binary) \(demo)/haringey", environment: ["EDITOR": editor, "TMPDIR": t.folder])
        t.expectScreen("as at 16 Nov 2009")
        t.send("6", "e")
        t.expectScreen("Edit risk: R01")
        return demo + "/haringey"
    }

    static func editFolders(_ t: Tmux) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: t.folder)) ?? []).filter { $0.hasPrefix("saferplan-edit-") }
    }

    @Test func vimEditsTheTitleAndTheFormSavesIt() throws {
        try Self.require("vim")
        let t = Tmux()
        let folder = try Self.openForm(t, editor: "vim -u NONE")
        t.send("C-e")
        t.expectScreen("saferplan.txt")
        t.type("ccSign-off slips past June")
        t.send("Escape")
        t.type(":wq")
        t.send("Enter")
        let form = t.expectScreen("Title *                Sign-off slips past June")
        #expect(form.contains("Edit risk: R01"), "the form did not come back whole:\n\(form)")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        #expect(try partText(folder, .risks)
            .contains("\"title\" : \"Sign-off slips past June\""))
        #expect(Self.editFolders(t).isEmpty)
        t.send("q")
        #expect(Tmux.terminalRestored(t.expectExit(0)))
    }

    /// With the app as tmux's pane program (no shell, SIGTTIN ignored), the editor used to quit at
    /// once and the terminal's answers to it arrived as keys that closed the form.
    @Test func vimAsThePaneProgramKeepsTheFormOpen() throws {
        try Self.require("vim")
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/haringey", environment: ["EDITOR": "vim -u NONE", "TMPDIR": t.folder])
        t.expectScreen("as at 16 Nov 2009")
        t.send("6", "e")
        t.expectScreen("Edit risk: R01")
        t.send("C-e")
        t.expectScreen("saferplan.txt")
        t.type("ccFrom vim in the pane")
        t.send("Escape")
        t.type(":wq")
        t.send("Enter")
        let form = t.expectScreen("Title *                From vim in the pane")
        #expect(form.contains("Edit risk: R01"))
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        t.send("q")
        t.expectExit(0)
    }

    @Test func nanoEditsALongTextOverSeveralLines() throws {
        try Self.require("nano")
        let t = Tmux()
        let folder = try Self.openForm(t, editor: "nano")
        t.send("Tab", "Tab", "Tab", "C-e")
        t.expectScreen("[ Read 1 line ]")
        t.send("C-k")
        t.type("Cause written in nano")
        t.send("Enter")
        t.type("over two lines")
        t.send("C-o")
        t.expectScreen("File Name to Write")
        t.send("Enter")
        t.send("C-x")
        t.expectScreen("Cause                  Cause written in nano")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        #expect(try partText(folder, .risks)
            .contains("\"cause\" : \"Cause written in nano\\nover two lines\""))
        t.send("q")
        #expect(Tmux.terminalRestored(t.expectExit(0)))
    }

    /// Ctrl-Z in the editor stops the app too (the shell sees one stopped job); `fg` brings both back.
    @Test func suspendingTheEditorSuspendsTheAppAndBothComeBack() throws {
        try Self.require("vim")
        let t = Tmux()
        _ = try Self.openForm(t, editor: "vim -u NONE")
        let pid = try #require(t.appPID())
        t.send("C-e")
        t.expectScreen("saferplan.txt")
        t.send("C-z")
        t.expectScreen("Stopped")
        #expect(Tmux.eventually { Tmux.processState(pid) == "T" }, "the app did not stop with the editor")
        t.type("fg")
        t.send("Enter")
        let editor = t.waitFor { $0.hasPrefix("Delays to sign-off") && $0.contains("~") }
        #expect(editor.hasPrefix("Delays to sign-off"), "vim did not come back:\n\(editor)")
        #expect(Tmux.eventually { Tmux.processState(pid) != "T" })
        t.type("A, resumed")
        t.send("Escape")
        t.type(":wq")
        t.send("Enter")
        t.expectScreen("LAA targets, resumed")
        t.send("Escape")
        t.expectScreen("Discard changes?")
        t.send("y")
        t.send("q")
        // The line that started the app already went on when the job stopped (EXIT=148);
        // the job's own end is read with `$?` after `fg`.
        t.waitFor { $0.hasSuffix("sp$\n") || $0.contains("sp$\n\n") }
        t.type("s=$?; clear; echo FG=$s; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo")
        t.send("Enter")
        let end = t.waitFor { screen in
            // The result line itself, not the command line that was typed (which also holds "FG=").
            screen.split(separator: "\n").contains { $0.hasPrefix("FG=") } && screen.contains("icanon")
        }
        #expect(end.contains("FG=0"), "the app did not end cleanly after fg:\n\(end)")
        #expect(Tmux.terminalRestored(end), "the terminal was not restored:\n\(end)")
    }

    /// SIGINT while the editor runs is the editor's business: the app ignores it, as system(3) does.
    @Test func anInterruptDuringTheEditorIsIgnoredByTheApp() throws {
        try Self.require("vim")
        let t = Tmux()
        _ = try Self.openForm(t, editor: "vim -u NONE")
        let pid = try #require(t.appPID())
        t.send("C-e")
        t.expectScreen("saferplan.txt")
        kill(pid, SIGINT)
        kill(pid, SIGQUIT)
        t.type(":q")
        t.send("Enter")
        let back = t.expectScreen("Edit risk: R01")
        #expect(!back.contains("Discard"), "the interrupt reached the form:\n\(back)")
        t.send("Escape")
        // Esc and a letter sent together read as Alt-letter: let the form close first.
        _ = t.waitFor { !$0.contains("Edit risk: R01") }
        t.send("q")
        t.expectExit(0)
    }

    /// A hang-up while the editor runs: the signal is passed on, the text as last written is kept
    /// with the form, the lock is released, the temporary folder removed, the terminal restored,
    /// and the next start offers the form back.
    @Test func aHangUpInTheEditorKeepsTheTextAndTheNextStartOffersIt() throws {
        try Self.require("vim")
        let t = Tmux()
        let folder = try Self.openForm(t, editor: "vim -u NONE")
        let pid = try #require(t.appPID())
        t.send("C-e")
        t.expectScreen("saferplan.txt")
        t.type("ccWritten before the hang-up")
        t.send("Escape")
        t.type(":w")
        t.send("Enter")
        t.expectScreen("written")
        kill(pid, SIGHUP)
        let end = t.expectExit(129)
        #expect(Tmux.terminalRestored(end))
        #expect(try String(contentsOfFile: folder + "/.saferplan-recovery.json", encoding: .utf8)
            .contains("Written before the hang-up"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.saferplan.lock"))
        #expect(Self.editFolders(t).isEmpty, "left behind: \(Self.editFolders(t))")
        #expect(Tmux.eventually { ((try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) == nil) })

        t.typeAtPrompt("\(Tmux.binary) \(folder)")
        t.expectScreen("Restore unsaved work?")
        t.send("y")
        t.expectScreen("Written before the hang-up")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        t.send("q")
        t.expectExit(0)
    }

    @Test func aMissingEditorIsNamedAndTheFormStays() throws {
        let t = Tmux()
        _ = try Self.openForm(t, editor: "no-such-editor --wait")
        t.send("End")
        t.type(" kept")
        t.send("C-e")
        let screen = t.expectScreen("Not edited: the editor no-such-editor was not found")
        #expect(screen.contains("LAA targets kept"))
        t.send("Escape")
        t.expectScreen("Discard changes?")
        t.send("y")
        t.send("q")
        t.expectExit(0)
    }
}
