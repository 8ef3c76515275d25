import Foundation
import PlanCore

/// A bare repository and clones of it in a temporary folder, driven with the real `git` and the
/// real `saferplan` binary (on PATH, as the merge driver is registered by name).
final class GitClones {
    let root: String
    let log: String

    init() throws {
        root = NSTemporaryDirectory() + "saferplan-git-" + UUID().uuidString
        log = root + "/out.txt"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        _ = try sh("git init -q --bare server.git")
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Runs a shell command line in `root` (or `dir` under it) as `user`; returns status and output.
    @discardableResult
    func run(_ command: String, in dir: String = "", as user: String = "nobody") -> (status: Int32, output: String) {
        let bin = URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().path
        let env = "export PATH=\(Tmux.quote(bin)):\"$PATH\" SAFERPLAN_USER=\(Tmux.quote(user)) GIT_AUTHOR_NAME=\(Tmux.quote(user)) "
            + "GIT_COMMITTER_NAME=\(Tmux.quote(user)) GIT_AUTHOR_EMAIL=\(user)@example.org GIT_COMMITTER_EMAIL=\(user)@example.org "
            + "HOME=\(Tmux.quote(root)) XDG_CONFIG_HOME=\(Tmux.quote(root + "/config")) GIT_CONFIG_NOSYSTEM=1; "
        let line = env + "cd " + Tmux.quote(root + (dir.isEmpty ? "" : "/" + dir)) + " && " + command
        let status = spawnAndWait("/bin/sh", ["-c", line], output: log)
        return (status, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    /// Like `run`, but throws when the command fails.
    @discardableResult
    func sh(_ command: String, in dir: String = "", as user: String = "nobody") throws -> String {
        let r = run(command, in: dir, as: user)
        guard r.status == 0 else { throw E2EError("`\(command)` failed (exit \(r.status)): \(r.output)") }
        return r.output
    }

    /// Opens the workspace in `path` (under root), lets `edit` change it, and saves it as `user`.
    func edit(_ path: String, as user: String, _ edit: (inout Workspace) -> Void) throws {
        let (session, before) = try WorkspaceSession.open(folder: root + "/" + path)
        defer { session.close() }
        var ws = before
        edit(&ws)
        try session.save(ws, files: ws.changedFiles(since: before), how: "test", who: user)
    }

    func load(_ path: String) throws -> Workspace {
        try WorkspaceStore.load(folder: root + "/" + path).workspace
    }
}
