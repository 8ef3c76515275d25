import AppShell
import Foundation
import PlanCore
import PlanUI
import Testing

/// The whole loop, headless: Ctrl-E in a form hands the field to the editor and takes its text back.
@Suite struct EditorHandOverTests {
    /// Keys that open risk R01's form in the Risks section.
    static let openRisk: [TerminalEvent] = [.key(.char("6")), .key(.char("e"))]

    /// Plays an editor that replaces the file's text, and remembers what it was given.
    final class Editor: @unchecked Sendable {
        var given: String?
        var folderMode: mode_t = 0
        let writes: String
        init(writes: String) { self.writes = writes }

        func play(_ words: [String]) -> ProgramOutcome {
            guard let file = words.last else { return .notStarted("no file") }
            given = try? String(contentsOfFile: file, encoding: .utf8)
            var st = stat()
            if stat(FileSystem.parent(of: file), &st) == 0 { folderMode = st.st_mode & 0o777 }
            try? writes.write(toFile: file, atomically: false, encoding: .utf8)
            return .exited(0)
        }
    }

    @Test func aSingleLineFieldTakesTheFirstLineAndTheFormIsSavedToDisk() throws {
        let ws = try OpenWorkspace()
        let editor = Editor(writes: "Sign-off slips past June\nsecond line is dropped\n")
        let terminal = FakeTerminal(Self.openRisk + [.key(.ctrl("e")), .key(.ctrl("s")), .key(.char("q"))])
        terminal.program = editor.play
        let app = ws.app(terminal, editor: "vim -u NONE")
        #expect(app.run() == 0)
        let words = try #require(terminal.handedOver.first)
        #expect(Array(words.dropLast()) == ["vim", "-u", "NONE"])
        #expect(editor.given == "Delays to sign-off of the Safer Communities LAA targets\n")
        #expect(editor.folderMode == 0o700)
        #expect(ws.editFolders.isEmpty, "the private folder was left behind: \(ws.editFolders)")
        let risks = try String(contentsOfFile: ws.folder + "/" + ws.workspace.recordPath(.risks, at: 0), encoding: .utf8)
        #expect(risks.contains("\"title\" : \"Sign-off slips past June\""))
        #expect(!risks.contains("second line is dropped"))
    }

    @Test func aLongTextFieldKeepsEveryLine() throws {
        let ws = try OpenWorkspace()
        let editor = Editor(writes: "First cause\nand a second line\n\n")
        let terminal = FakeTerminal(Self.openRisk + [.key(.tab), .key(.tab), .key(.tab), .key(.ctrl("e"))])
        terminal.program = editor.play
        let app = ws.app(terminal)
        _ = app.run()
        guard case .form(let form)? = app.state.overlay else {
            Issue.record("the form closed: \(String(describing: app.state.overlay))")
            return
        }
        #expect(form.currentValues[3] == "First cause\nand a second line")
        #expect(FakeTerminal.text(try #require(terminal.frames.last)).contains("First cause"))
    }

    @Test func aMissingEditorLeavesTheFormIntactAndSaysSo() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openRisk + [.key(.char("x")), .key(.ctrl("e")), .timeout])
        terminal.program = { _ in .notStarted("was not found") }
        let app = ws.app(terminal, editor: "nosuch-editor")
        _ = app.run()
        guard case .form(let form)? = app.state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.currentValues[0] == "Delays to sign-off of the Safer Communities LAA targetsx")
        #expect(app.state.message?.text == "Not edited: the editor nosuch-editor was not found")
        #expect(ws.editFolders.isEmpty)
    }

    @Test func aFailingEditorChangesNothing() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openRisk + [.key(.ctrl("e"))])
        terminal.program = { words in
            try? "should not be used".write(toFile: words.last ?? "", atomically: false, encoding: .utf8)
            return .exited(1)
        }
        let app = ws.app(terminal)
        _ = app.run()
        guard case .form(let form)? = app.state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.currentValues[0] == "Delays to sign-off of the Safer Communities LAA targets")
        #expect(app.state.message?.text == "Not edited: the editor vim ended with status 1; nothing changed")
        #expect(ws.editFolders.isEmpty)
    }

    @Test func anUnusableEditorCommandIsRefusedWithTheReason() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openRisk + [.key(.ctrl("e"))])
        let app = ws.app(terminal, editor: "vim 'unclosed")
        _ = app.run()
        #expect(terminal.handedOver.isEmpty)
        #expect(app.state.message?.text.contains("unclosed ' quote") == true)
    }

    /// SIGHUP while the editor runs: the text as last written goes into the recovery file with
    /// the form, the lock is released, the temporary folder removed, and the terminal given back.
    @Test func aHangUpInTheEditorKeepsTheTextAsLastWritten() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openRisk + [.key(.ctrl("e")), .key(.char("q"))])
        terminal.program = { words in
            try? "Written before the line dropped\n".write(toFile: words.last ?? "", atomically: false, encoding: .utf8)
            return .interrupted(signal: SIGHUP)
        }
        let app = ws.app(terminal)
        #expect(app.run() == 128 + SIGHUP)
        #expect(terminal.stopped)
        #expect(!ws.lockExists, "the lock was left behind")
        #expect(ws.editFolders.isEmpty)
        let kept = try String(contentsOfFile: ws.recoveryPath, encoding: .utf8)
        #expect(kept.contains("Written before the line dropped"))
        #expect(try !String(contentsOfFile: ws.folder + "/" + ws.workspace.recordPath(.risks, at: 0), encoding: .utf8)
            .contains("line dropped"))
        guard case .kept(let form, _) = RecoveryFile.read(folder: ws.folder) else {
            Issue.record("the recovery file cannot be read back")
            return
        }
        #expect(form.currentValues[0] == "Written before the line dropped")
    }

    @Test func foldersLeftByAKilledProcessAreRemovedAtTheNextStart() throws {
        let ws = try OpenWorkspace()
        // A process id that cannot be running: above the kernel's maximum.
        let left = ws.base + "/saferplan-edit-99999999-abcdef"
        try FileSystem.makeDirectory(left)
        try "text".write(toFile: left + "/saferplan.txt", atomically: false, encoding: .utf8)
        let merge = ws.base + "/saferplan-merge-99999999-abcdef"
        try FileSystem.makeDirectory(merge)
        let mine = ws.base + "/saferplan-edit-\(getpid())-ghijkl"
        try FileSystem.makeDirectory(mine)
        _ = ws.app(FakeTerminal([])).run()
        #expect(!FileSystem.exists(left))
        #expect(!FileSystem.exists(merge))
        #expect(FileSystem.exists(mine), "a folder of a running process was removed")
    }
}
