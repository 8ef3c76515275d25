import ArgumentParser
import PlanCore
import TerminalBackend

/// `saferplan [WORKSPACE]`: the terminal application.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal application (the default).",
        discussion: """
            Keys: ? help, 1-9 0 - sections, / search, : commands, a e d add/edit/delete, u undo, q quit. \
            Themes are in themes/ and $XDG_CONFIG_HOME/saferplan/themes; the config file is \
            $XDG_CONFIG_HOME/saferplan/config.toml.
            """)

    @Argument(help: "The workspace folder.")
    var workspace: String?

    @Flag(help: "Open without the right to change anything.")
    var readOnly = false

    @Option(help: "The theme: default, light, high-contrast, monochrome, amber, or one of your own.")
    var theme: String?

    @Flag(help: "Draw with plain ASCII (for terminals that cannot show UTF-8).")
    var ascii = false

    @Flag(inversion: .prefixedNo, help: "Use the mouse (off unless the config file turns it on).")
    var mouse: Bool?

    func run() throws {
        var options = StartOptions()
        options.readOnly = readOnly
        options.theme = theme
        options.forceASCII = ascii
        options.mouse = mouse
        let folder: String
        do {
            switch try WorkspaceLocator.locate(argument: workspace) {
            case .one(let f): folder = f
            case .several(let all):
                guard let f = try TerminalApp.choose(all, note: nil, options: options) else { return }
                folder = f
            case .wroteDemo(let data, let all):
                let note = "No workspace was found, so the demo workspaces were written to \(data)."
                guard let f = try TerminalApp.choose(all, note: note, options: options) else { return }
                folder = f
                options.startMessage = note
            }
        } catch let e as FileSystemError {
            Console.error(e.description)
            throw ExitCode(1)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        let session: WorkspaceSession
        let ws: Workspace
        do { (session, ws) = try WorkspaceSession.open(folder: folder, readOnly: readOnly) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { session.close() }
        let status: Int32
        do {
            let app = try TerminalApp(session: session, workspace: ws, options: options)
            status = app.run()
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
