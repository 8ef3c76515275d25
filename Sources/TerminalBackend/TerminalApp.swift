import Foundation
import PlanCore
import PlanUI

/// How the app was asked to start.
public struct StartOptions {
    public var readOnly = false
    public var theme: String?
    public var forceASCII = false
    public var mouse: Bool?
    /// A note to show in the status line at start (e.g. where the demo was written).
    public var startMessage: String?

    public init() {}
}

/// The shell around the pure core: reads events, reduces, runs effects, draws, and always
/// gives the terminal back.
public final class TerminalApp {
    let terminal: Terminal
    let blitter = Blitter()
    var state: AppState
    let session: WorkspaceSession
    let runner: EffectRunner

    /// Opens the terminal on an open workspace; the caller closes the session after `run`.
    public init(session: WorkspaceSession, workspace: Workspace, options: StartOptions) throws {
        let charset = Terminal.prepareLocale(forceASCII: options.forceASCII)
        terminal = Terminal(charset: charset)
        self.session = session
        runner = EffectRunner(session: session, terminal: terminal, blitter: blitter)
        var messages: [Message] = []
        let config: ConfigFile
        switch ConfigFile.load() {
        case .success(let c): config = c
        case .failure(let e):
            config = ConfigFile()
            messages.append(Message("Config not used: \(e)", .error))
        }
        var keyMap = KeyMap.standard
        for (line, problem) in keyMap.apply(overrides: config.keys) {
            messages.append(Message("\(ConfigFile.path):\(line): \(problem)", .error))
        }
        state = AppState(workspace: workspace, folder: session.folder, readOnlyReasons: session.readOnlyReasons,
                         today: Today.resolve(for: workspace.info), charset: charset, keyMap: keyMap)
        try terminal.start(mouse: options.mouse ?? config.mouse)
        let themeName = options.theme ?? config.theme ?? "default"
        switch ThemeCatalog.load(themeName) {
        case .success(let theme):
            blitter.apply(theme, depth: terminal.colourDepth)
            state.themeName = themeName
        case .failure(let e):
            blitter.apply(ThemeCatalog.standard, depth: terminal.colourDepth)
            messages.append(Message("Theme not used: \(e); using the default", .error))
        }
        state.monochrome = terminal.colourDepth == .monochrome
        state.size = terminal.size
        if let m = options.startMessage { messages.insert(Message(m), at: 0) }
        if session.isReadOnly {
            messages.append(Message("Read-only: " + session.readOnlyReasons.joined(separator: "; "), .warning))
        }
        state.message = messages.last
    }

    /// Runs until the user quits or the terminal goes away. Returns the process exit status.
    public func run() -> Int32 {
        defer { terminal.stop() }
        if !session.isReadOnly, let kept = RecoveryFile.read(folder: session.folder) {
            dispatch(.offerRecovery(kept.form, savedAt: kept.savedAt))
        }
        while !state.quitting {
            blitter.draw(Renderer.render(state))
            switch terminal.next(timeoutMs: 250) {
            case .key(let k): dispatch(.key(k))
            case .resize(let size): dispatch(.resize(size))
            case .timeout: continue
            case .hangup: return hangUp(reason: "the terminal went away")
            case .signal(let signo):
                switch signo {
                case SIGHUP, SIGTERM, SIGQUIT: return hangUp(reason: "signal \(signo)")
                case SIGINT: dispatch(.key(.ctrl("c")))
                case SIGTSTP: _ = runner.run(.suspend, state: state)
                case SIGCONT: blitter.invalidate()
                default: continue
                }
            }
        }
        return 0
    }

    /// Applies an action and runs its effects, feeding their results back in.
    func dispatch(_ action: AppAction) {
        var queue = [action]
        state.clock = LocalTime.clock()
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next) {
                if let result = runner.run(effect, state: state) { queue.append(result) }
            }
        }
    }

    /// The session ended without the user: keep any form being edited, save what is unsaved.
    func hangUp(reason: String) -> Int32 {
        let form: FormState?
        switch state.overlay {
        case .form(let f)?: form = f
        case .picker(_, let f)?: form = f
        default: form = state.pendingForm
        }
        if let form, form.isDirty, !session.isReadOnly { RecoveryFile.write(form, folder: session.folder) }
        if !state.unsaved.isEmpty, !session.isReadOnly { try? session.save(state.workspace, files: state.unsaved) }
        terminal.stop()
        return 129
    }

    /// What the first screen chose.
    public enum Choice: Equatable {
        case folder(String)
        case newWorkspace
    }

    /// Lets the user choose one of several workspaces, or a new one; nil when they leave.
    public static func choose(_ folders: [String], note: String?, options: StartOptions) throws -> Choice? {
        var chooser = WorkspaceChooser(folders: folders, note: note)
        return try runScreen(options: options, draw: { chooser.render(size: $0, charset: $1) }) { key in
            switch chooser.handle(key) {
            case .chosen(let f): return .some(.folder(f))
            case .newWorkspace: return .some(.newWorkspace)
            case .cancelled: return .some(nil)
            case .stay: return nil
            }
        }
    }

    /// Offers to start a workspace in `folder` (absent or empty; with `inParent`, in a new folder in
    /// it named after the partnership) with a short form; the request and its folder, or nil when
    /// the user declines (nothing is written either way).
    public static func askNewWorkspace(in folder: String, inParent: Bool = false, today: Day,
                                       options: StartOptions) throws -> (NewWorkspaceRequest, String)? {
        var form = NewWorkspaceForm(folder: folder, today: today, inParent: inParent)
        return try runScreen(options: options, draw: { form.render(size: $0, charset: $1) }) { key in
            switch form.handle(key) {
            case .create(let r, let f): return .some((r, f))
            case .cancelled: return .some(nil)
            case .stay: return nil
            }
        }
    }

    /// Runs a screen of its own before the workspace opens, until `handle` has an answer
    /// (`.some(nil)` to leave); a hang-up or a signal leaves.
    static func runScreen<T>(options: StartOptions, draw: (Size, Charset) -> Screen, handle: (Key) -> T??) throws -> T? {
        let terminal = Terminal(charset: Terminal.prepareLocale(forceASCII: options.forceASCII))
        try terminal.start(mouse: false)
        defer { terminal.stop() }
        let blitter = Blitter()
        blitter.apply((try? ThemeCatalog.load(options.theme ?? "default").get()) ?? ThemeCatalog.standard, depth: terminal.colourDepth)
        while true {
            blitter.draw(draw(terminal.size, terminal.charset))
            switch terminal.next(timeoutMs: 250) {
            case .key(let k):
                if let answer = handle(k) { return answer }
            case .hangup: return nil
            case .signal(let s) where s == SIGHUP || s == SIGTERM || s == SIGINT || s == SIGQUIT: return nil
            default: continue
            }
        }
    }
}
