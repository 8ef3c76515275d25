@testable import AppShell
import PlanCore
import PlanUI
import Testing

/// The first frame comes before the dashboard's slowest figures: it shows the statutory checklist
/// and the checks as being worked out, and the second frame, drawn at once without waiting for
/// anything, has them.
@Suite struct FirstFrameTests {
    static func line(_ label: String, in screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
    }

    @Test func theFirstFrameLeavesTheChecksOutAndTheSecondHasThemBeforeAnyWait() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal([.key(.char("q"))])
        // Tall enough for every figure of the dashboard, the next steps above them.
        terminal.size = Size(width: 80, height: 30)
        let app = ws.app(terminal)
        var framesBeforeTheFirstWait = -1
        var settled = ""
        terminal.before[0] = {
            framesBeforeTheFirstWait = terminal.frames.count
            settled = FakeTerminal.text(Renderer.render(app.state))
        }
        _ = app.run()
        #expect(framesBeforeTheFirstWait == 2)
        let first = FakeTerminal.text(terminal.frames[0])
        let second = FakeTerminal.text(terminal.frames[1])
        #expect(Self.line("Checks", in: first).contains("being worked out"))
        #expect(Self.line("Statutory checklist", in: first).contains("being worked out"))
        // The next steps keep their row while the checklist is worked out, so no figure moves.
        #expect(Self.line("Next steps", in: first).contains("being worked out"))
        // The second frame is the dashboard as the state, its checks no longer pending, renders it.
        #expect(second == settled)
        #expect(!second.contains("being worked out"))
        #expect(Self.line("Checks", in: second).contains(" error"))
        #expect(Self.line("Statutory checklist", in: second).contains(" satisfied"))
        #expect(Self.line("Next steps", in: second).contains("1 to do · Checklist: "))
        #expect(first.split(separator: "\n").firstIndex { $0.contains("Checks") } == second.split(separator: "\n").firstIndex { $0.contains("Checks") })
    }
}
