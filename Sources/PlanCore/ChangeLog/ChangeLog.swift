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
    public static func recording<E: Error>(_ files: Set<WorkspaceFile>, in folder: String, how: String, who: String = ChangeAuthor.current(),
                                           write: () throws(E) -> Void) throws(ChangeLogSaveError<E>) {
        let before = snapshot(files, in: folder)
        do { try write() } catch { throw .write(error) }
        let found = entries(before: before, after: snapshot(files, in: folder), who: who, how: how)
        if !found.isEmpty {
            do { try ChangeLogFile.append(found, folder: folder) } catch { throw .log(error) }
        }
    }
}

/// A save that failed, or whose change log could not be appended to (the files themselves were written).
public enum ChangeLogSaveError<E: Error>: Error, CustomStringConvertible {
    case write(E)
    case log(FileSystemError)

    /// The save's failure, or the log's.
    public var description: String {
        switch self {
        case .write(let e): return "\(e)"
        case .log(let e): return "saved, but the change log was not written: \(e.description)"
        }
    }
}

extension WorkspaceSession {
    /// Saves the changed files, as `save(_:files:)` does, and appends every change to the
    /// workspace's change log, saying `how` it was made (`tui`, `import risks.csv`…).
    /// `who` defaults to `ChangeAuthor.current()`. A failed log append after a good save is
    /// reported as `.fileSystem` naming the log; the files stay saved.
    ///
    /// The change is found between the workspace as last read or written and `ws`, part by part;
    /// of a part kept one file per record only the records that differ are compared, so logging
    /// costs what the change costs. Returns what was written.
    @discardableResult
    public func save(_ ws: Workspace, files: Set<WorkspaceFile>, how: String,
                     who: String = ChangeAuthor.current()) throws(WorkspaceSaveError) -> SavedFiles {
        let before = baseline
        let saved = try save(ws, files: files)
        let found = ChangeLog.entries(before: ChangeLog.documents(files, of: before, comparedWith: ws, edited: saved.edited),
                                      after: ChangeLog.documents(files, of: ws, comparedWith: before, edited: saved.edited,
                                                                 written: saved.recordBytes),
                                      who: who, how: how)
        guard !found.isEmpty else { return saved }
        do { try ChangeLogFile.append(found, folder: folder) } catch { throw .fileSystem(error) }
        return saved
    }
}

extension ChangeLog {
    /// The parts of `ws` as the change log compares them, by file name: whole for a part in one
    /// file; for a part kept one file per record, everything but the records, and only the
    /// records that differ from `other` (for a part in `edited`, the records at those positions:
    /// the save found them, see ``SavedFiles/edited``). `written` holds the record files a save of
    /// `ws` has just encoded, by path relative to the folder: those records are taken from there
    /// rather than encoded again (the bytes are the same either way).
    public static func documents(_ files: Set<WorkspaceFile>, of ws: Workspace, comparedWith other: Workspace,
                                 edited: [WorkspaceFile: [Int]] = [:], written: [String: [UInt8]] = [:]) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in files {
            if !written.isEmpty, file.hasRecordFiles,
               let bytes = ws.encodedKeeping(file, at: edited[file] ?? ws.positions(file, of: ws.changedRecordIDs(file, since: other)),
                                             written: written) {
                out[file.fileName] = bytes
                continue
            }
            let shown = if let positions = edited[file] {
                ws.keepingRecords(file, at: positions)
            } else if file.hasRecordFiles {
                ws.keepingRecords(file, ws.changedRecordIDs(file, since: other))
            } else {
                ws
            }
            if let bytes = try? shown.encoded(file) { out[file.fileName] = bytes }
        }
        return out
    }
}
