import AppShell
import Foundation
import PlanCore
import PlanUI

public typealias StartOptions = AppShell.StartOptions

/// Wiring: the ncurses terminal under the application shell.
public final class TerminalApp {
    let terminal: Terminal
    let app: Application

    /// Opens the terminal on an open workspace; the caller closes the session after `run`.
    public init(session: WorkspaceSession, workspace: Workspace, options: StartOptions) throws {
        terminal = Terminal(charset: Terminal.prepareLocale(forceASCII: options.forceASCII))
        let (config, messages) = Application.loadConfig()
        try terminal.start(mouse: options.mouse ?? config.mouse)
        app = Application(session: session, workspace: workspace, terminal: terminal, options: options,
                          config: config, messages: messages)
    }

    /// Runs until the user quits or the terminal goes away. Returns the process exit status.
    public func run() -> Int32 { app.run() }

    /// Lets the user choose one of several workspaces; nil when they leave.
    public static func choose(_ folders: [String], note: String?, options: StartOptions) throws -> String? {
        let terminal = Terminal(charset: Terminal.prepareLocale(forceASCII: options.forceASCII))
        try terminal.start(mouse: false)
        defer { terminal.stop() }
        return ChooserLoop.choose(folders, note: note, on: terminal, theme: options.theme)
    }
}
