import Foundation
import PlanCore

/// Edits text in `$VISUAL` or `$EDITOR` (else `vi`), through a private temporary file.
enum ExternalEditor {
    /// The editor command the user asked for.
    static var command: String {
        FileSystem.environment("VISUAL") ?? FileSystem.environment("EDITOR") ?? "vi"
    }

    /// Runs the editor on `text`; the edited text, or an error message.
    static func edit(_ text: String) -> Result<String, TerminalError> {
        let dir = FileSystem.environment("TMPDIR") ?? "/tmp"
        let path = FileSystem.join(dir, "saferplan-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do { try FileSystem.writeAtomically(Array((text.hasSuffix("\n") || text.isEmpty ? text : text + "\n").utf8), to: path) } catch {
            return .failure(TerminalError("could not write a temporary file: \(error.reason)"))
        }
        defer { FileSystem.remove(path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command + " \"$1\"", "sh", path]
        do {
            try p.run()
            p.waitUntilExit()
        } catch {
            return .failure(TerminalError("could not start the editor \"\(command)\": \(error.localizedDescription)"))
        }
        guard p.terminationStatus == 0 else {
            return .failure(TerminalError("the editor \"\(command)\" ended with status \(p.terminationStatus); the text is unchanged"))
        }
        guard let bytes = try? FileSystem.read(path), let edited = String(validating: bytes, as: UTF8.self) else {
            return .failure(TerminalError("the edited text could not be read as UTF-8; the text is unchanged"))
        }
        var out = edited
        while out.hasSuffix("\n") { out.removeLast() }
        return .success(out)
    }
}
