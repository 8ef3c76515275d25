import Foundation
import PlanCore

/// Runs `git` for the team commands.
enum GitTool {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `git ARGS` in `folder` (the current directory when nil) and collects its output.
    static func run(_ args: [String], in folder: String? = nil) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + (folder.map { ["-C", $0] } ?? []) + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            return Result(status: 127, output: "", error: "git could not be started: \(error.localizedDescription)")
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, output: String(decoding: o, as: UTF8.self),
                      error: String(decoding: e, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The change log entries stored in `revision` for the workspace folder `folder` (relative
    /// to the repository's top); empty when git cannot say.
    static func changeLog(at revision: String, folder: String) -> [ChangeEntry] {
        let prefix = folder.isEmpty || folder == "." ? "" : folder + "/"
        let listing = run(["ls-tree", "--name-only", revision, prefix.isEmpty ? "." : prefix])
        guard listing.status == 0 else { return [] }
        var out: [ChangeEntry] = []
        for path in listing.output.split(separator: "\n") {
            let name = FileSystem.baseName(of: String(path))
            guard name.hasPrefix(ChangeLogFile.prefix), name.hasSuffix(ChangeLogFile.suffix) else { continue }
            let shown = run(["show", "\(revision):\(path)"])
            if shown.status == 0 { out += ChangeLogFile.entries(in: Array(shown.output.utf8)) }
        }
        return out
    }

    /// The author of the last commit in `revision` touching `path`.
    static func lastAuthor(at revision: String, path: String) -> String? {
        let r = run(["log", "-1", "--format=%an", revision, "--", path])
        let name = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return r.status == 0 && !name.isEmpty ? name : nil
    }

    /// The commit being merged in, which git names in a `GITHEAD_<commit>` variable while a
    /// merge driver runs.
    static func theirsRevision() -> String? {
        for (key, _) in ProcessInfo.processInfo.environment where key.hasPrefix("GITHEAD_") {
            let sha = String(key.dropFirst("GITHEAD_".count))
            if sha.count >= 7, sha.allSatisfy(\.isHexDigit) { return sha }
        }
        return nil
    }
}
