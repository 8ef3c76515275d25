import ArgumentParser
import PlanCore

/// Resolves the workspace a non-interactive command works on.
enum WorkspaceArgument {
    /// The one workspace folder to use, or a clear failure naming the candidates.
    static func resolve(_ argument: String?) throws -> String {
        let found: WorkspaceLocator.Found
        do { found = try WorkspaceLocator.locate(argument: argument) } catch {
            throw ValidationError("\(error)")
        }
        switch found {
        case .one(let folder): return folder
        case .several(let all):
            throw ValidationError("there are several workspaces; name one of: " + all.joined(separator: ", "))
        case .wroteDemo(let folder, let all):
            Console.note("no workspace was found, so the demo workspaces were written to \(folder)")
            throw ValidationError("name one of: " + all.joined(separator: ", "))
        }
    }

    /// Loads a workspace for reading, turning a load failure into exit code 2 with the message.
    static func load(_ folder: String) throws -> Workspace {
        try loadWithReasons(folder).workspace
    }

    /// Loads a workspace with what limits it (a file from a newer schema), or exits with code 2.
    static func loadWithReasons(_ folder: String) throws -> LoadedWorkspace {
        do { return try WorkspaceStore.load(folder: folder) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
