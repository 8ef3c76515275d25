import AppShell
import Foundation
import PlanCore
import PlanUI

/// The start options, as the application shell defines them.
public typealias StartOptions = AppShell.StartOptions
/// What the first screen chose (a folder or a new workspace), as the application shell defines it.
public typealias WorkspaceChoice = AppShell.WorkspaceChoice

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

    /// Lets the user choose one of several workspaces, or a new one; nil when they leave.
    public static func choose(_ folders: [String], note: String?, options: StartOptions) throws -> WorkspaceChoice? {
        let terminal = Terminal(charset: Terminal.prepareLocale(forceASCII: options.forceASCII))
        try terminal.start(mouse: false)
        defer { terminal.stop() }
        return ChooserLoop.choose(folders, note: note, on: terminal, theme: options.theme)
    }

    /// Offers to start a workspace in `folder` with a short form; the request and its folder, or nil
    /// when the user declines (nothing is written either way).
    public static func askNewWorkspace(in folder: String, inParent: Bool = false, today: Day,
                                       options: StartOptions) throws -> (NewWorkspaceRequest, String)? {
        let terminal = Terminal(charset: Terminal.prepareLocale(forceASCII: options.forceASCII))
        try terminal.start(mouse: false)
        defer { terminal.stop() }
        return ChooserLoop.askNewWorkspace(in: folder, inParent: inParent, today: today, on: terminal, theme: options.theme)
    }
}
