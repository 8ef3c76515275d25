import AppShell
import Foundation
import PlanCore
import PlanUI
import Testing

/// Another hand writes the workspace while the app has it open: nothing of theirs is overwritten.
@Suite struct DiskSyncTests {
    static let openR01: [TerminalEvent] = [.key(.char("6")), .key(.char("e")), .key(.end)]

    @Test func aChangeOnDiskAppearsWhileIdleWithAMessage() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal([.key(.char("6")), .timeout, .timeout, .timeout])
        terminal.before[1] = { ws.otherHand { $0.risks.risks[1].title = "Changed by a colleague" } }
        let app = ws.app(terminal)
        _ = app.run()
        #expect(app.state.workspace.risks.risks[1].title == "Changed by a colleague")
        #expect(app.state.message?.text == "risks.json changed on disk by someone else: reloaded")
        #expect(terminal.screen.contains("Changed by a colleague"))
    }

    /// Before, the TUI's next save wrote its whole copy of the file over the colleague's change.
    @Test func myEditAndTheirEditToAnotherFieldBothSurvive() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openR01 + TerminalEvent.keys(" (mine)") + [.key(.ctrl("s")), .timeout])
        terminal.before[10] = { ws.otherHand { $0.risks.risks[0].owner = "Carol Colleague" } }
        let app = ws.app(terminal)
        _ = app.run()
        let r01 = try #require(ws.risksOnDisk.first)
        #expect(r01.title.hasSuffix("LAA targets (mine)"))
        #expect(r01.owner == "Carol Colleague")
        #expect(app.state.unsaved.isEmpty)
    }

    @Test(arguments: [true, false]) func theSameFieldChangedOnBothSidesIsTheUsersPick(keepMine: Bool) throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openR01 + TerminalEvent.keys(" (mine)")
                                    + [.key(.ctrl("s")), .key(.char(keepMine ? "y" : "n")), .timeout])
        terminal.before[10] = { ws.otherHand { $0.risks.risks[0].title = "Theirs" } }
        let app = ws.app(terminal)
        _ = app.run()
        let r01 = try #require(ws.risksOnDisk.first)
        #expect(r01.title == (keepMine ? "Delays to sign-off of the Safer Communities LAA targets (mine)" : "Theirs"))
        #expect(app.state.workspace.risks.risks[0].title == r01.title)
        let shown = terminal.frames.map(FakeTerminal.text).first { $0.contains("Changed here and on disk") }
        #expect(shown?.contains("on disk: Theirs") == true)
    }

    @Test func myOwnSavesAreNotTakenForAnotherHand() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.openR01 + TerminalEvent.keys("!") + [.key(.ctrl("s")), .timeout, .timeout])
        let app = ws.app(terminal)
        _ = app.run()
        #expect(app.state.message?.text.hasPrefix("Saved risk R01") == true, "\(String(describing: app.state.message))")
    }
}

/// A hang-up while the choice between two versions is open overwrites neither.
@Suite struct DiskConflictHangUpTests {
    @Test func theDiskVersionStaysWhenNobodyPicked() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(DiskSyncTests.openR01 + TerminalEvent.keys(" (mine)") + [.key(.ctrl("s")), .signal(SIGHUP)])
        terminal.before[10] = { ws.otherHand { $0.risks.risks[0].title = "Theirs" } }
        let app = ws.app(terminal)
        #expect(app.run() == 128 + SIGHUP)
        #expect(ws.risksOnDisk.first?.title == "Theirs")
        #expect(!ws.lockExists)
    }
}
