import AppShell
import Foundation
import PlanCore
import PlanUI
import Testing

/// Signals reach the headless loop as they would from the terminal: the form is kept, the lock
/// released and the terminal given back.
@Suite struct ShellSignalTests {
    static let midForm: [TerminalEvent] = [.key(.char("6")), .key(.char("e")), .key(.end)] + TerminalEvent.keys(" typed")

    @Test(arguments: [SIGHUP, SIGTERM, SIGQUIT])
    func aSignalMidFormKeepsWhatWasTyped(_ signo: Int32) throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.midForm + [.signal(signo), .key(.char("q"))])
        let app = ws.app(terminal)
        #expect(app.run() == 128 + signo)
        #expect(terminal.stopped)
        #expect(!ws.lockExists)
        #expect(try String(contentsOfFile: ws.recoveryPath, encoding: .utf8).contains("LAA targets typed"))
    }

    @Test func aSignalWhileIdleLeavesNoRecoveryFile() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal([.key(.char("6")), .signal(SIGTERM)])
        #expect(ws.app(terminal).run() == 128 + SIGTERM)
        #expect(!FileSystem.exists(ws.recoveryPath))
        #expect(!ws.lockExists)
    }

    @Test func theTerminalGoingAwayEndsTheLoopWithTheFormKept() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.midForm + [.hangup])
        #expect(ws.app(terminal).run() == 129)
        #expect(try String(contentsOfFile: ws.recoveryPath, encoding: .utf8).contains("LAA targets typed"))
    }

    @Test func interruptAsksBeforeLeavingAFormAndSuspendGoesThroughTheTerminal() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(Self.midForm + [.signal(SIGTSTP), .signal(SIGINT)])
        let app = ws.app(terminal)
        _ = app.run()
        #expect(terminal.suspended == 1)
        #expect(!app.state.quitting)
        guard case .confirm(let ask)? = app.state.overlay else {
            Issue.record("Ctrl-C did not ask before leaving a changed form: \(String(describing: app.state.overlay))")
            return
        }
        #expect(ask.title == "Discard this form?")
        #expect(app.state.pendingForm?.currentValues[0].hasSuffix(" typed") == true)
    }

    /// Idle stays idle: waits that time out draw nothing and work nothing out again.
    @Test func timeoutsDrawNoFramesAndBuildNoRows() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal([.key(.char("6"))] + Array(repeating: .timeout, count: 40) + [.key(.char("q"))])
        let app = ws.app(terminal)
        var builds = -1
        terminal.before[2] = { builds = app.state.derived.modelBuilds }
        _ = app.run()
        // The first frame, the second with the dashboard's checks, the frame after "6"; none after.
        #expect(terminal.frames.count == 3)
        #expect(builds > 0)
        #expect(app.state.derived.modelBuilds == builds)
    }
}

/// A hang-up while the loop is busy with long work is handled on the watchdog's thread with what
/// the loop last saw.
@Suite struct EmergencyExitTests {
    @Test func theFormAsLastSeenIsKeptAndTheLockReleased() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal(ShellSignalTests.midForm + [.timeout, .key(.char("q"))])
        let at = ShellSignalTests.midForm.count
        terminal.before[at] = { terminal.emergencyExit?(SIGTERM) }
        _ = ws.app(terminal).run()
        #expect(try String(contentsOfFile: ws.recoveryPath, encoding: .utf8).contains("LAA targets typed"))
        #expect(!ws.lockExists)
    }

    @Test func nothingIsKeptWhenNoFormWasChanged() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal([.key(.char("6")), .timeout])
        terminal.before[1] = { terminal.emergencyExit?(SIGHUP) }
        _ = ws.app(terminal).run()
        #expect(!FileSystem.exists(ws.recoveryPath))
        #expect(!ws.lockExists)
    }
}
