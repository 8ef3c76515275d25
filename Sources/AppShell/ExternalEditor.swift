#if canImport(Glibc)
import Glibc
#endif
import PlanCore

/// Edits text in `$VISUAL` or `$EDITOR` (else `vi`) through a file in a private folder that is
/// removed on every way out.
public enum ExternalEditor {
    /// How an edit ended.
    public enum Outcome: Equatable, Sendable {
        /// The editor exited 0: the text as written, without trailing newlines.
        case edited(String)
        /// Nothing changed, with the reason for the user.
        case failed(EditorFailure)
        /// SIGHUP or SIGTERM came while the editor ran: the text as last written to the file.
        case interrupted(signal: Int32, lastWritten: String?)
    }

    /// Runs the editor named by `environment` on `text`, handing the terminal over.
    public static func edit(_ text: String, on terminal: TerminalDevice,
                            environment: [String: String], in base: String? = nil) -> Outcome {
        let command = EditorCommand.chosen(environment: environment)
        let words: [String]
        switch EditorCommand.words(command) {
        case .success(let w): words = w
        case .failure(let why): return .failed(EditorFailure("the editor command \"\(command)\" cannot be used: \(why)"))
        }
        let folder: EditFolder
        switch EditFolder.make(in: base ?? EditFolder.base) {
        case .success(let f): folder = f
        case .failure(let why): return .failed(why)
        }
        defer { folder.remove() }
        let file = FileSystem.join(folder.path, "saferplan.txt")
        do {
            try FileSystem.writeAtomically(Array((text.isEmpty || text.hasSuffix("\n") ? text : text + "\n").utf8), to: file,
                                          newFileMode: 0o600)
        } catch {
            return .failed(EditorFailure("could not write the temporary file: \(error.reason)"))
        }
        let name = words[0]
        switch terminal.handOver(to: words + [file]) {
        case .exited(0):
            guard let edited = readText(file) else {
                return .failed(EditorFailure("the edited text is not UTF-8; nothing changed"))
            }
            return .edited(edited)
        case .exited(127):
            return .failed(EditorFailure("the editor \(name) was not found"))
        case .exited(let status):
            return .failed(EditorFailure("the editor \(name) ended with status \(status); nothing changed"))
        case .killed(let signal) where signal == SIGHUP || signal == SIGTERM:
            return .interrupted(signal: signal, lastWritten: readText(file))
        case .killed(let signal):
            return .failed(EditorFailure("the editor \(name) was ended by signal \(signal); nothing changed"))
        case .notStarted(let why):
            return .failed(EditorFailure("the editor \(name) \(why)"))
        case .interrupted(let signal):
            return .interrupted(signal: signal, lastWritten: readText(file))
        }
    }

    /// The file's text without trailing newlines; nil when unreadable or not UTF-8.
    static func readText(_ path: String) -> String? {
        guard let bytes = try? FileSystem.read(path), let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var out = text
        while out.hasSuffix("\n") { out.removeLast() }
        return out
    }
}
