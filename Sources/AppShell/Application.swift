import Foundation
import PlanCore
import PlanUI

/// The shell around the pure core: reads terminal events, reduces, runs effects, draws when
/// something changed, and on a hang-up keeps what was typed, saves, releases the lock and leaves.
/// It knows the terminal only through `TerminalDevice`, so tests run it headless.
public final class Application {
    let terminal: TerminalDevice
    /// The state the app shows; changed only by its own events.
    public private(set) var state: AppState
    let session: WorkspaceSession
    let runner: EffectRunner

    /// The config file, or the default with a message saying why it was not used.
    public static func loadConfig() -> (ConfigFile, [Message]) {
        switch ConfigFile.load() {
        case .success(let c): return (c, [])
        case .failure(let e): return (ConfigFile(), [Message("Config not used: \(e)", .error)])
        }
    }

    /// Builds the shell on a started terminal and an open workspace. The shell closes the session
    /// (releasing the lock) when it ends on a signal; the caller closes it otherwise.
    public init(session: WorkspaceSession, workspace: Workspace, terminal: TerminalDevice, options: StartOptions,
                config: ConfigFile = ConfigFile(), messages: [Message] = [],
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.terminal = terminal
        self.session = session
        runner = EffectRunner(session: session, terminal: terminal, environment: environment,
                              sync: DiskSync(session: session, workspace: workspace))
        var messages = messages
        var keyMap = KeyMap.standard
        for (line, problem) in keyMap.apply(overrides: config.keys) {
            messages.append(Message("\(ConfigFile.path):\(line): \(problem)", .error))
        }
        // The folder in full, however it was named on the command line: the export line proposes
        // its papers/ folder, and a path relative to where SaferPlan started means little there.
        state = AppState(workspace: workspace, folder: URL(fileURLWithPath: session.folder).standardizedFileURL.path,
                         readOnlyReasons: session.readOnlyReasons,
                         today: Today.resolve(for: workspace.info), charset: terminal.charset, keyMap: keyMap)
        state.changeLog = ChangeLogFile.read(folder: session.folder)
        let themeName = options.theme ?? config.theme ?? "default"
        switch ThemeCatalog.load(themeName) {
        case .success(let theme):
            terminal.apply(theme)
            state.themeName = themeName
        case .failure(let e):
            terminal.apply(ThemeCatalog.standard)
            messages.append(Message("Theme not used: \(e); using the default", .error))
        }
        state.size = terminal.size
        state.monochrome = terminal.isMonochrome
        if let m = options.startMessage { messages.insert(Message(m), at: 0) }
        if session.isReadOnly {
            messages.append(Message("Read-only: " + session.readOnlyReasons.joined(separator: "; "), .warning))
        }
        state.message = messages.last
        state.checksPending = true
    }

    /// Runs until the user quits or the session is ended from outside. Returns the exit status:
    /// 0, or 128 + the signal that ended it (129 when the terminal went away).
    public func run() -> Int32 {
        defer { terminal.stop() }
        EditFolder.removeAbandoned(in: runner.temporaryBase)
        if !session.isReadOnly { offerRecovery() }
        let emergency = EmergencyKeep(session: session)
        terminal.setEmergencyExit { emergency.keep($0) }
        var changed = true
        while !state.quitting {
            emergency.update(openForm)
            // Idle stays idle: a frame is drawn only after something happened.
            if changed { terminal.draw(Renderer.render(state)) }
            // The first frame left the dashboard's checks out; the second, at once, has them.
            if state.checksPending {
                state.checksPending = false
                continue
            }
            changed = true
            // Sleeps until a key, a resize, a signal or a change in the folder: with inotify there
            // is no time-out at all; without it the folder is looked at once a poll interval.
            let watcher = runner.sync.watcher
            switch terminal.next(timeoutMs: watcher.wakeIntervalMs, watching: watcher.descriptor) {
            case .key(let k): dispatch(.key(k))
            case .resize(let size): dispatch(.resize(size))
            case .timeout:
                // Only a change on disk by another hand wakes the screen.
                if let action = runner.sync.check(state, nowMs: Monotonic.milliseconds()) { dispatch(action) } else { changed = false }
            case .hangup: return hangUp(status: 129)
            case .signal(let signo):
                switch signo {
                case SIGHUP, SIGTERM, SIGQUIT: return hangUp(status: 128 + signo)
                case SIGINT: dispatch(.key(.ctrl("c")))
                case SIGTSTP: _ = runner.run(.suspend, state: state)
                case SIGCONT: terminal.invalidate()
                default: changed = false
                }
            }
            if let signo = runner.interruptedBy { return hangUp(status: 128 + signo) }
        }
        return 0
    }

    /// Offers a kept form back, or says why a damaged one was set aside.
    func offerRecovery() {
        switch RecoveryFile.read(folder: session.folder) {
        case .none: break
        case .kept(let form, let savedAt): dispatch(.offerRecovery(form, savedAt: savedAt))
        case .damaged(let reason, let aside):
            let where_ = aside.map { "set aside as \($0)" } ?? "removed"
            state.message = Message("\(RecoveryFile.fileName) was damaged (\(reason)); \(where_)", .error)
        }
    }

    /// Applies an action and runs its effects, feeding their results back in. Stops at once when
    /// a signal ended an edit in the external editor.
    func dispatch(_ action: AppAction) {
        var queue = [action]
        state.clock = LocalTime.clock()
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next) {
                if let result = runner.run(effect, state: state) { queue.append(result) }
                if runner.lookAtDisk {
                    runner.lookAtDisk = false
                    if let action = runner.sync.check(state, nowMs: Monotonic.milliseconds(), force: true) { queue.append(action) }
                }
                if runner.interruptedBy != nil {
                    if let result = queue.popLast() { _ = Reducer.reduce(&state, result) }
                    return
                }
            }
        }
    }

    /// The form being edited, wherever it is kept.
    var openForm: FormState? {
        switch state.overlay {
        case .form(let f)?: return f
        case .picker(_, let f)?: return f
        default: return state.pendingForm
        }
    }

    /// The session ended without the user: keep any form being edited, save what is unsaved,
    /// give the terminal back and release the lock.
    func hangUp(status: Int32) -> Int32 {
        if !session.isReadOnly {
            if let form = openForm, form.isDirty { try? RecoveryFile.write(form, folder: session.folder) }
            var ws = state.workspace, files = state.unsaved
            // A choice between my version and one on disk was still open: nobody picked, so the
            // files in conflict keep the disk's version and only what merged cleanly is written.
            if case .confirm(let ask)? = state.overlay, case .keepMine(let change) = ask.operation {
                ws = change.theirs
                files = files.subtracting(change.files).union(change.toWrite.subtracting(change.conflictFiles))
            }
            if !files.isEmpty { try? session.save(ws, files: files) }
        }
        terminal.stop()
        session.close()
        return status
    }
}

/// Monotonic milliseconds.
enum Monotonic {
    static func milliseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
    }
}
