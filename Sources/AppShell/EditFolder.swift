#if canImport(Glibc)
import Glibc
#endif
import PlanCore

/// A private folder (0700, made by mkdtemp): the text handed to an editor, or a merge read back. Its name
/// carries the app's process id, so a folder left by a process that was killed outright is
/// recognised and removed at the next start.
struct EditFolder {
    static let prefix = "saferplan-edit-"
    /// The prefix of the folder a merge of changes on disk is read back through.
    static let mergePrefix = "saferplan-merge-"
    let path: String

    /// Where temporary folders go: `$TMPDIR`, else /tmp.
    static var base: String { FileSystem.environment("TMPDIR") ?? "/tmp" }

    /// Makes a new private folder named `<name><pid>-XXXXXX` (the editor's prefix unless told).
    static func make(in base: String = EditFolder.base, name: String = EditFolder.prefix) -> Result<EditFolder, EditorFailure> {
        var template = Array(FileSystem.join(base, "\(name)\(getpid())-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else {
            return .failure(EditorFailure("could not make a private temporary folder in \(base): \(String(cString: strerror(errno)))"))
        }
        return .success(EditFolder(path: String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
    }

    /// Removes the folder and everything in it (the text, an editor's swap or backup files).
    func remove() {
        for name in FileSystem.list(path) { FileSystem.remove(FileSystem.join(path, name)) }
        rmdir(path)
    }

    /// Removes folders left behind by SaferPlan processes that no longer run. Returns how many.
    @discardableResult
    static func removeAbandoned(in base: String = EditFolder.base) -> Int {
        var removed = 0
        for name in FileSystem.list(base) {
            guard let kind = [prefix, mergePrefix].first(where: name.hasPrefix) else { continue }
            let rest = name.dropFirst(kind.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[rest.startIndex..<dash]) else { continue }
            let path = FileSystem.join(base, name)
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == getuid() else { continue }
            guard pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            EditFolder(path: path).remove()
            removed += 1
        }
        return removed
    }
}

/// Why an edit in the external editor did not come back; the form is left as it was.
public struct EditorFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, in words for the status line.
    public var description: String
    /// A failure described as `d`.
    public init(_ d: String) { description = d }
}
