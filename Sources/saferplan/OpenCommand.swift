import ArgumentParser
import PlanCore
import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif

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

    @Argument(help: "The workspace folder.", completion: .directory)
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
        try CommandSuggestion.check(workspace)
        var options = StartOptions()
        options.readOnly = readOnly
        options.theme = theme
        options.forceASCII = ascii
        options.mouse = mouse
        var folder: String
        do {
            switch try WorkspaceLocator.locate(argument: workspace) {
            case .one(let f): folder = f
            case .several(let all):
                guard let choice = try TerminalApp.choose(all, note: nil, options: options) else { return }
                folder = try chosen(choice, dataFolder: WorkspaceLocator.dataFolder, options: &options)
            case .wroteDemo(let data, let all):
                let note = "No workspace was found, so the demo workspaces were written to \(data)."
                guard let choice = try TerminalApp.choose(all, note: note, options: options) else { return }
                options.startMessage = note
                folder = try chosen(choice, dataFolder: data, options: &options)
            }
            if !WorkspaceStore.isWorkspace(folder), FileSystem.isDirectory(folder) ? FileSystem.list(folder).isEmpty : !FileSystem.exists(folder) {
                folder = try offerNewWorkspace(in: folder, options: &options)
            }
        } catch let e as ExitCode {
            throw e
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

    /// The folder a first-screen choice leads to; a new workspace goes in a new folder of `dataFolder`.
    func chosen(_ choice: WorkspaceChoice, dataFolder: String, options: inout StartOptions) throws -> String {
        switch choice {
        case .folder(let f): return f
        case .newWorkspace: return try offerNewWorkspace(in: dataFolder, inParent: true, options: &options)
        }
    }

    /// Offers the short form that starts a workspace in `folder`; writes it when the user says so.
    /// Without a terminal to ask on, says how to start one instead. Declining writes nothing and exits 1.
    @discardableResult
    func offerNewWorkspace(in folder: String, inParent: Bool = false, options: inout StartOptions) throws -> String {
        guard isatty(0) != 0, isatty(1) != 0 else {
            Console.error("\(folder): no SaferPlan workspace there; start one with: saferplan init \(folder) --name NAME")
            throw ExitCode(2)
        }
        let today = Today.resolve(for: nil)
        guard let (request, target) = try TerminalApp.askNewWorkspace(in: folder, inParent: inParent, today: today, options: options) else {
            Console.error("no workspace was started in \(folder); nothing was written")
            throw ExitCode(1)
        }
        do { try NewWorkspace.write(request, into: target, today: today) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        options.startMessage = "Started \(request.name.trimmingSpaces()) in \(target): the dashboard lists the next steps"
        return target
    }
}
