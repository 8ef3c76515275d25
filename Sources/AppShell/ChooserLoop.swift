import PlanCore
import PlanUI
#if canImport(Glibc)
import Glibc
#endif

/// Lets the user choose one of several workspaces on a started terminal.
public enum ChooserLoop {
    /// The folder chosen; nil when the user leaves or the session is ended.
    public static func choose(_ folders: [String], note: String?, on terminal: TerminalDevice, theme: String?) -> String? {
        terminal.apply((try? ThemeCatalog.load(theme ?? "default").get()) ?? ThemeCatalog.standard)
        var chooser = WorkspaceChooser(folders: folders, note: note)
        var changed = true
        while true {
            if changed { terminal.draw(chooser.render(size: terminal.size, charset: terminal.charset)) }
            changed = true
            switch terminal.next(timeoutMs: 250) {
            case .key(let k):
                switch chooser.handle(k) {
                case .chosen(let f): return f
                case .cancelled: return nil
                case .stay: continue
                }
            case .hangup: return nil
            case .signal(let s) where s == SIGHUP || s == SIGTERM || s == SIGINT || s == SIGQUIT: return nil
            case .timeout: changed = false
            default: continue
            }
        }
    }
}
