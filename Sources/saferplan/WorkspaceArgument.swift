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
        do { return try WorkspaceStore.load(folder: folder).workspace } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// Writing to the terminal's standard streams.
enum Console {
    static func out(_ s: String) { print(s) }

    static func error(_ s: String) {
        var stderr = StandardError()
        print("saferplan: " + s, to: &stderr)
    }

    static func note(_ s: String) {
        var stderr = StandardError()
        print("saferplan: " + s, to: &stderr)
    }

    /// Writes `bytes` to `path` atomically, or to standard output when `path` is nil or "-".
    static func emit(bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            FileHandleWriter.writeToStandardOutput(bytes)
            return
        }
        do { try FileSystem.writeAtomically(bytes, to: path) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is nil or "-".
    static func emit(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            print(text, terminator: "")
            return
        }
        do { try FileSystem.writeAtomically(Array(text.utf8), to: path) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.writeToStandardError(string)
    }
}
