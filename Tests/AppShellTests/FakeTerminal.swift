import AppShell
import Foundation
import PlanCore
import PlanUI

/// A terminal for tests: events come from a script, frames are kept as text, and handing over
/// to a program runs a closure that plays the editor on the file it was given.
final class FakeTerminal: TerminalDevice {
    var size = Size(width: 80, height: 24)
    let charset: Charset = .unicode
    /// Events still to come; when they run out the terminal reports a hang-up.
    var script: [TerminalEvent]
    /// Plays the program: its words (the file last) in, its outcome out.
    var program: ([String]) -> ProgramOutcome = { _ in .exited(0) }
    private(set) var frames: [Screen] = []
    private(set) var handedOver: [[String]] = []
    private(set) var stopped = false
    private(set) var suspended = 0
    /// The screen at each hand-over, and whether the terminal was stopped at that moment.
    private(set) var stoppedDuringHandOver = false

    init(_ script: [TerminalEvent]) { self.script = script }

    func apply(_ theme: Theme) {}
    func draw(_ screen: Screen) { frames.append(screen) }
    func invalidate() {}
    func suspend() { suspended += 1 }
    func stop() { stopped = true }
    /// What the shell asked to be done when a hang-up comes during long work.
    private(set) var emergencyExit: (@Sendable (Int32) -> Void)?
    func setEmergencyExit(_ keep: @escaping @Sendable (Int32) -> Void) { emergencyExit = keep }

    /// Things to do (another hand writing a file) before the event at this position is returned.
    var before: [Int: () -> Void] = [:]
    private var served = 0

    /// Every wait the loop asked for: its time-out (nil: for ever) and the descriptor it watched.
    private(set) var waits: [(timeoutMs: Int32?, descriptor: Int32?)] = []

    func next(timeoutMs: Int32?, watching descriptor: Int32?) -> TerminalEvent {
        waits.append((timeoutMs, descriptor))
        before[served]?()
        served += 1
        return script.isEmpty ? .hangup : script.removeFirst()
    }

    func handOver(to program: [String]) -> ProgramOutcome {
        handedOver.append(program)
        return self.program(program)
    }

    /// The last frame as text, one line per row.
    var screen: String { frames.last.map(Self.text) ?? "" }

    static func text(_ s: Screen) -> String {
        (0..<s.size.height).map { y in
            (0..<s.size.width).map { x in s[x, y].width == 0 ? "" : String(s[x, y].char) }.joined()
        }.joined(separator: "\n")
    }
}

/// A demo workspace written to a fresh folder and opened with its lock, removed afterwards.
final class OpenWorkspace {
    let base: String
    let folder: String
    let session: WorkspaceSession
    let workspace: Workspace

    init(_ prepare: (String) throws -> Void = { _ in }) throws {
        base = NSTemporaryDirectory() + "saferplan-shell-" + UUID().uuidString
        folder = base + "/haringey"
        try FileSystem.makeDirectory(base)
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: folder)
        try prepare(folder)
        (session, workspace) = try WorkspaceSession.open(folder: folder)
    }

    /// A shell on `terminal` whose editor is `editor` and whose temporary folders go under `base`.
    func app(_ terminal: FakeTerminal, editor: String = "vim -u NONE") -> Application {
        Application(session: session, workspace: workspace, terminal: terminal, options: StartOptions(),
                    environment: ["EDITOR": editor, "TMPDIR": base])
    }

    /// Another hand changes the risks file as a text editor would: the file's text rewritten.
    func otherHand(_ edit: (inout Workspace) -> Void) {
        guard var ws = try? WorkspaceStore.load(folder: folder).workspace else { return }
        edit(&ws)
        if let bytes = try? ws.encoded(.risks) { try? FileSystem.writeAtomically(bytes, to: folder + "/risks.json") }
    }

    /// The risks as they are on disk now.
    var risksOnDisk: [Risk] { (try? WorkspaceStore.load(folder: folder).workspace.risks.risks) ?? [] }

    var lockExists: Bool { FileSystem.exists(FileSystem.join(folder, WorkspaceLock.fileName)) }
    var recoveryPath: String { RecoveryFile.path(in: folder) }

    /// Temporary editing folders left under `base`.
    var editFolders: [String] { FileSystem.list(base).filter { $0.hasPrefix("saferplan-edit-") } }

    deinit {
        session.close()
        try? FileManager.default.removeItem(atPath: base)
    }
}

extension TerminalEvent {
    static func keys(_ text: String) -> [TerminalEvent] { text.map { .key(.char($0)) } }
}
