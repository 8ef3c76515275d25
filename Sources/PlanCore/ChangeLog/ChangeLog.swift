/// Turns saves into change log entries.
public enum ChangeLog {
    /// The entries for one save: every change between the files' `before` and `after` bytes.
    /// A save that changes nothing gives no entries.
    public static func entries(before: [String: [UInt8]], after: [String: [UInt8]], who: String, how: String,
                               at: String = Instant.now()) -> [ChangeEntry] {
        let save = at + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        var out: [ChangeEntry] = []
        for name in Set(before.keys).union(after.keys).sorted() {
            for f in ScannedDiff.changes(from: before[name], to: after[name]) {
                out.append(ChangeEntry(at: at, save: save, who: who, how: how, file: name, kind: f.kind, recordID: f.recordID,
                                       reference: f.reference, title: f.title, field: f.field, change: f.change,
                                       before: f.before, after: f.after))
            }
        }
        return out
    }

    /// The current bytes of the given workspace files in `folder` (absent files are left out).
    public static func snapshot(_ files: Set<WorkspaceFile>, in folder: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in files {
            if let bytes = try? FileSystem.read(FileSystem.join(folder, file.fileName)) { out[file.fileName] = bytes }
        }
        return out
    }

    /// Writes `files` of `ws` into `folder` with `write`, then appends what changed to the log.
    public static func recording(_ files: Set<WorkspaceFile>, in folder: String, how: String, who: String = ChangeAuthor.current(),
                                 write: () throws(FileSystemError) -> Void) throws(FileSystemError) {
        let before = snapshot(files, in: folder)
        try write()
        let found = entries(before: before, after: snapshot(files, in: folder), who: who, how: how)
        if !found.isEmpty { try ChangeLogFile.append(found, folder: folder) }
    }
}

extension WorkspaceSession {
    /// Saves the changed files, as `save(_:files:)` does, and appends every change to the
    /// workspace's change log, saying `how` it was made (`tui`, `import risks.csv`…).
    /// `who` defaults to `ChangeAuthor.current()`.
    public func save(_ ws: Workspace, files: Set<WorkspaceFile>, how: String, who: String = ChangeAuthor.current()) throws(FileSystemError) {
        try ChangeLog.recording(files, in: folder, how: how, who: who) { () throws(FileSystemError) in try save(ws, files: files) }
    }
}
