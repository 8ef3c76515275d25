import PlanCore
import PlanUI
#if canImport(Glibc)
import Glibc
#endif

/// What the first screen chose.
public enum WorkspaceChoice: Equatable, Sendable {
    /// The workspace in this folder.
    case folder(String)
    /// Start a new workspace.
    case newWorkspace
}

/// The screens shown before a workspace opens, on a started terminal: choosing a workspace, and
/// the short form that starts a new one.
public enum ChooserLoop {
    /// The workspace chosen, or a new one; nil when the user leaves or the session is ended.
    public static func choose(_ folders: [String], note: String?, on terminal: TerminalDevice, theme: String?) -> WorkspaceChoice? {
        var chooser = WorkspaceChooser(folders: folders, note: note)
        return run(on: terminal, theme: theme, draw: { chooser.render(size: $0, charset: $1) }) { key in
            switch chooser.handle(key) {
            case .chosen(let f): return .some(.folder(f))
            case .newWorkspace: return .some(.newWorkspace)
            case .cancelled: return .some(nil)
            case .stay: return nil
            }
        }
    }

    /// The request and folder of a new workspace (`folder` itself, or with `inParent` a new folder in
    /// it named after the partnership); nil when the user declines. Nothing is written here.
    public static func askNewWorkspace(in folder: String, inParent: Bool, today: Day, on terminal: TerminalDevice,
                                       theme: String?) -> (NewWorkspaceRequest, String)? {
        var form = NewWorkspaceForm(folder: folder, today: today, inParent: inParent)
        return run(on: terminal, theme: theme, draw: { form.render(size: $0, charset: $1) }) { key in
            switch form.handle(key) {
            case .create(let r, let f): return .some((r, f))
            case .cancelled: return .some(nil)
            case .stay: return nil
            }
        }
    }

    /// Draws and reads keys until `handle` has an answer (`.some(nil)` to leave); a hang-up or a
    /// signal leaves. Draws only after a key or a resize, and sleeps until one comes.
    static func run<T>(on terminal: TerminalDevice, theme: String?, draw: (Size, Charset) -> Screen, handle: (Key) -> T??) -> T? {
        terminal.apply((try? ThemeCatalog.load(theme ?? "default").get()) ?? ThemeCatalog.standard)
        var changed = true
        while true {
            if changed { terminal.draw(draw(terminal.size, terminal.charset)) }
            changed = true
            switch terminal.next(timeoutMs: nil, watching: nil) {
            case .key(let k):
                if let answer = handle(k) { return answer }
            case .hangup: return nil
            case .signal(let s) where s == SIGHUP || s == SIGTERM || s == SIGINT || s == SIGQUIT: return nil
            case .timeout: changed = false
            default: continue
            }
        }
    }
}
