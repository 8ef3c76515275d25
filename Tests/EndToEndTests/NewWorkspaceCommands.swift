import Foundation
import Testing

/// A new partnership's workspace made by `saferplan init`, and commands run on it, for the import tests.
extension Tmux {
    /// Makes the Northshire workspace (plan from 2026) in this test's folder and returns its path.
    func newWorkspace() throws -> String {
        let workspace = folder + "/ws"
        #expect(spawnAndWait(Tmux.binary, ["init", workspace, "--name", "Northshire Community Safety Partnership", "--start", "2026"],
                             output: folder + "/init.out") == 0)
        return workspace
    }

    /// Runs the binary with `args` and returns its exit status and everything it printed.
    func command(_ args: [String]) throws -> (Int32, String) {
        let out = folder + "/cmd-\(UUID().uuidString.prefix(6)).out"
        let status = spawnAndWait(Tmux.binary, args, output: out)
        return (status, try String(contentsOfFile: out, encoding: .utf8))
    }

    /// Runs the binary with `args` from this test's folder (so relative paths are the folder's),
    /// with today pinned to `today` (YYYY-MM-DD), and returns its exit status and what it printed;
    /// its standard error too unless `quiet`.
    func command(_ args: [String], inFolderOn today: String, quiet: Bool = false) throws -> (Int32, String) {
        let out = folder + "/cmd-\(UUID().uuidString.prefix(6)).out"
        let line = "cd \(Tmux.quote(folder)) && SAFERPLAN_TODAY=\(today) \(Tmux.quote(Tmux.binary)) "
            + args.map(Tmux.quote).joined(separator: " ") + (quiet ? " 2>/dev/null" : "")
        let status = spawnAndWait("/bin/sh", ["-c", line], output: out)
        return (status, try String(contentsOfFile: out, encoding: .utf8))
    }
}
