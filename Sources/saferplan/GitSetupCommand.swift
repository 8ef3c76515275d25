import ArgumentParser
import PlanCore

/// `saferplan git-setup [WORKSPACE]`.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Prepare a workspace kept in git: attributes, ignored files and the merge driver.",
        discussion: """
            Writes .gitattributes (the workspace's JSON files and change log merge with `saferplan merge-file`) and \
            .gitignore (the lock, the recovery file and local state) in the workspace folder, and registers the \
            driver in the repository's config (merge.saferplan.driver). Running it again changes nothing. The \
            workspace must already be inside a git repository (`git init` or `git clone`).
            """)

    @Argument(help: "The workspace folder.")
    var workspace: String?

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let top = GitTool.run(["rev-parse", "--show-toplevel"], in: folder)
        guard top.status == 0 else {
            Console.error("\(folder): not inside a git repository (\(ChangeReport.plain(top.error))); run `git init` there first")
            throw ExitCode(1)
        }
        var changed: [String] = []
        for (name, lines) in [(".gitattributes", GitSetup.attributes), (".gitignore", GitSetup.ignored)] {
            let path = FileSystem.join(folder, name)
            let old = FileSystem.exists(path) ? (try? FileSystem.read(path)).map { String(decoding: $0, as: UTF8.self) } : ""
            guard let old else {
                Console.error("\(path): could not be read")
                throw ExitCode(1)
            }
            guard let new = GitSetup.adding(lines, to: old) else { continue }
            do { try FileSystem.writeAtomically(Array(new.utf8), to: path) } catch {
                Console.error(error.description)
                throw ExitCode(1)
            }
            changed.append(name)
        }
        changed += try Self.registerDriver(in: folder)
        Console.out(changed.isEmpty ? "already set up for git: nothing changed" : "set up for git: " + changed.joined(separator: ", "))
    }

    /// Registers the merge driver in the repository's config; the keys it set (none when already set).
    static func registerDriver(in folder: String) throws -> [String] {
        var changed: [String] = []
        for (key, value) in [("merge.\(GitSetup.driverName).name", "SaferPlan: merge record by record"),
                             ("merge.\(GitSetup.driverName).driver", GitSetup.driverCommand)] {
            let current = GitTool.run(["config", "--local", "--get", key], in: folder)
            if current.status == 0, current.output.trimmingCharacters(in: .newlines) == value { continue }
            let set = GitTool.run(["config", "--local", key, value], in: folder)
            guard set.status == 0 else {
                Console.error("could not set \(key) in the repository's config: \(ChangeReport.plain(set.error))")
                throw ExitCode(1)
            }
            changed.append(key)
        }
        return changed
    }
}
