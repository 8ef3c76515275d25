import Foundation

/// What a save wrote: the new fingerprints of the files it wrote, and the record files it removed.
public struct SavedFiles: Sendable {
    /// The parts' own files written, with what they hold now.
    public var parts: [WorkspaceFile: FileFingerprint] = [:]
    /// The record files written (paths relative to the folder), with what they hold now.
    public var records: [String: FileFingerprint] = [:]
    /// The record files removed (their records were deleted), relative to the folder.
    public var removed: [String] = []
    /// The order of the record files each part's own file written now lists.
    public var orders: [WorkspaceFile: [String]] = [:]
    /// Of the parts whose records were only edited in place (see ``RecordLayout``), the positions
    /// of the records that differ: only those were encoded and compared with their files.
    public var edited: [WorkspaceFile: [Int]] = [:]
    /// The bytes of each record file written, by path relative to the folder, for the change log
    /// to describe the save without encoding those records again.
    var recordBytes: [String: [UInt8]] = [:]

    /// Every file written or removed, relative to the folder, sorted.
    public var paths: [String] {
        (parts.keys.map(\.fileName) + records.keys + removed).sorted()
    }
}

extension WorkspaceStore {
    /// Writes the given parts of `ws` into `folder` and returns what their files hold now.
    ///
    /// As ``save(_:files:to:expecting:records:previous:recordOrders:)``, with the record files'
    /// fingerprints taken from the folder as it is now (so only the parts' own files are guarded
    /// against another hand's change) and no previous version to compare records with. Record
    /// files of records `ws` does not hold are left alone: another hand may have added them.
    @discardableResult
    public static func save(_ ws: Workspace, files: Set<WorkspaceFile>, to folder: String,
                            expecting: [WorkspaceFile: FileFingerprint]) throws(WorkspaceSaveError)
        -> [WorkspaceFile: FileFingerprint] {
        var records: [String: FileFingerprint]
        do { records = try recordFingerprints(folder: folder, parts: files) } catch { throw .fileSystem(error) }
        // Only the records `ws` holds: a record file another hand added since is neither checked nor removed.
        let mine = Set(files.flatMap { file in RecordFiles.stems(for: ws.recordIDs(file)).map(file.recordPath) })
        records = records.filter { mine.contains($0.key) }
        return try save(ws, files: files, to: folder, expecting: expecting, records: records, previous: nil,
                        recordOrders: [:]).parts
    }

    /// Writes the given parts of `ws` into `folder`, each file atomically, and returns what it wrote.
    ///
    /// A part kept one file per record (``RecordFiles/parts``) writes only the records that differ
    /// from `previous` (what was last read or written; nil compares each record's bytes with its
    /// fingerprint instead), removes the files of deleted records, and rewrites its own file only
    /// when what it holds changed: the register's matrix…, or the order, when the list on disk
    /// (`recordOrders`) no longer gives it (``RecordFiles/order(listed:present:)``). A part still
    /// in one file (an older workspace, absent from `recordOrders`) is upgraded: every record gets
    /// its file. Files named in `rewrite` (read from an older schema) are written whatever the
    /// comparison says. A part with a known `layouts` entry (the record files of `previous`) whose
    /// records were only edited in place names and encodes only the records that differ.
    ///
    /// Before anything is written, every file to be written or removed (and no other: another
    /// hand's new record beside an edited one is no reason to refuse) is compared with its
    /// fingerprint in `expecting` (parts' own files) or `records` (record files; a file missing
    /// from either is expected to be absent): when one differs — another hand changed, created or
    /// removed it — nothing is written and the save fails with ``WorkspaceSaveError/changedOnDisk(_:)``
    /// naming that file. A write failure (a full disk) leaves that file as it was. New files follow
    /// the umask; existing ones keep mode and group.
    public static func save(_ ws: Workspace, files: Set<WorkspaceFile>, to folder: String,
                            expecting: [WorkspaceFile: FileFingerprint], records: [String: FileFingerprint],
                            previous: Workspace?, recordOrders: [WorkspaceFile: [String]],
                            rewrite: Set<String> = [], layouts: [WorkspaceFile: RecordLayout] = [:])
        throws(WorkspaceSaveError) -> SavedFiles {
        try plan(ws, files: files, to: folder, expecting: expecting, records: records, previous: previous,
                 recordOrders: recordOrders, rewrite: rewrite, layouts: layouts).carryOut(in: folder)
    }

    /// Checks and encodes what ``save(_:files:to:expecting:records:previous:recordOrders:rewrite:layouts:)``
    /// would write, touching nothing: the plan it carries out.
    static func plan(_ ws: Workspace, files: Set<WorkspaceFile>, to folder: String,
                     expecting: [WorkspaceFile: FileFingerprint], records: [String: FileFingerprint],
                     previous: Workspace?, recordOrders: [WorkspaceFile: [String]],
                     rewrite: Set<String> = [], layouts: [WorkspaceFile: RecordLayout] = [:])
        throws(WorkspaceSaveError) -> SavePlan {
        var plan = SavePlan()
        for file in files.sorted() {
            let path = FileSystem.join(folder, file.fileName)
            let expected = expecting[file] ?? .absent
            guard file.hasRecordFiles else {
                try check(path, file: file, expected: expected)
                plan.parts.append((file, path, try encode(path) { () throws in try ws.encoded(file) }))
                continue
            }
            if let previous, let layout = layouts[file],
               try planEdits(ws, file: file, previous: previous, layout: layout, folder: folder, expecting: expected,
                             records: records, rewrite: rewrite, into: &plan) {
                continue
            }
            let stems = RecordFiles.stems(for: ws.recordIDs(file))
            var before: [String: Int] = [:]
            var headerSame = false
            let previousIDs = previous?.recordIDs(file) ?? []
            let sameConflicts = previous.map { ws.mergeConflicts == $0.mergeConflicts } ?? false
            if let previous {
                for (j, stem) in RecordFiles.stems(for: previousIDs).enumerated() { before[stem] = j }
                if let listed = recordOrders[file], !rewrite.contains(file.fileName), ws.sameHeader(file, as: previous) {
                    headerSame = RecordFiles.order(listed: listed, present: stems) == stems
                }
            }
            let writesBefore = plan.records.count + plan.removals.count
            var kept = Set<String>()
            var differing: [Int] = []
            for (i, stem) in stems.enumerated() {
                let relative = file.recordPath(stem)
                kept.insert(relative)
                let known = records[relative] ?? .absent
                if known != .absent, let previous, let j = before[stem], !rewrite.contains(relative),
                   ws.sameRecord(file, i, in: previous, j),
                   sameConflicts || ws.conflicts(file, record: previousIDs[j]) == previous.conflicts(file, record: previousIDs[j]) {
                    continue
                }
                differing.append(i)
            }
            let encoded = try encodeRecords(ws, file: file, at: differing) { FileSystem.join(folder, file.recordPath(stems[$0])) }
            for (k, i) in differing.enumerated() {
                let relative = file.recordPath(stems[i])
                let known = records[relative] ?? .absent
                let bytes = encoded[k]
                if FileFingerprint(of: bytes) == known { continue }
                let recordPath = FileSystem.join(folder, relative)
                try check(recordPath, file: file, expected: known)
                plan.records.append((relative, recordPath, bytes))
            }
            let prefix = file.recordFolder + "/"
            for (relative, known) in records where relative.hasPrefix(prefix) && !kept.contains(relative) {
                let recordPath = FileSystem.join(folder, relative)
                try check(recordPath, file: file, expected: known)
                plan.removals.append((relative, recordPath))
            }
            var writeHeader = false
            if !headerSame {
                let bytes = try encode(path) { () throws in try ws.encodedHeader(file, order: stems) }
                if FileFingerprint(of: bytes) != expected || recordOrders[file] == nil {
                    try check(path, file: file, expected: expected)
                    plan.parts.append((file, path, bytes))
                    plan.orders[file] = stems
                    writeHeader = true
                }
            }
            if !writeHeader && plan.records.count + plan.removals.count > writesBefore {
                try checkStillListsRecords(path, file: file, expected: expected)
            }
        }
        return plan
    }

    /// Plans the save of a part whose records were only edited in place since `previous`, laid out
    /// on disk as `layout`: only the records that differ are encoded, and written when their bytes
    /// differ from their files'. False (nothing planned) when the change is of another kind.
    private static func planEdits(_ ws: Workspace, file: WorkspaceFile, previous: Workspace, layout: RecordLayout,
                                  folder: String, expecting: FileFingerprint, records: [String: FileFingerprint],
                                  rewrite: Set<String>, into plan: inout SavePlan) throws(WorkspaceSaveError) -> Bool {
        let prefix = file.recordFolder + "/"
        guard layout.stems.count == previous.recordCount(file), !rewrite.contains(file.fileName),
              !rewrite.contains(where: { $0.hasPrefix(prefix) }),
              let edited = ws.recordsEditedInPlace(file, since: previous) else { return false }
        let writesBefore = plan.records.count
        for i in edited {
            let relative = file.recordPath(layout.stems[i])
            let known = records[relative] ?? .absent
            let recordPath = FileSystem.join(folder, relative)
            let bytes = try encode(recordPath) { () throws in try ws.encodedRecord(file, at: i) }
            if FileFingerprint(of: bytes) == known { continue }
            try check(recordPath, file: file, expected: known)
            plan.records.append((relative, recordPath, bytes))
        }
        plan.edited[file] = edited
        if plan.records.count > writesBefore {
            try checkStillListsRecords(FileSystem.join(folder, file.fileName), file: file, expected: expecting)
        }
        return true
    }

    /// The files of the part's records at `positions`, in order. Many records are encoded on two
    /// threads, each taking one half; the first failure in order is thrown, naming `path` of it.
    static func encodeRecords(_ ws: Workspace, file: WorkspaceFile, at positions: [Int],
                              path: (Int) -> String) throws(WorkspaceSaveError) -> [[UInt8]] {
        let results = ParallelResults<Result<[UInt8], any Error>>.inHalves(positions, from: 256) { i in
            Result { try ws.encodedRecord(file, at: i) }
        }
        var out: [[UInt8]] = []
        out.reserveCapacity(positions.count)
        for (k, result) in results.enumerated() {
            switch result {
            case .success(let bytes): out.append(bytes)
            case .failure(let error):
                throw .fileSystem(FileSystemError(path: path(positions[k]), operation: "encode", reason: "\(error)"))
            }
        }
        return out
    }

    /// Refuses when the file at `path` no longer holds what it held when it was read.
    private static func check(_ path: String, file: WorkspaceFile, expected: FileFingerprint) throws(WorkspaceSaveError) {
        let found: FileFingerprint
        do { found = try FileFingerprint.current(of: path) } catch { throw .fileSystem(error) }
        guard found == expected else {
            throw .changedOnDisk(FileChangedOnDisk(file: file, path: path, expected: expected, found: found))
        }
    }

    /// Refuses when the part's own file changed on disk so that it no longer lists record files
    /// (someone wrote the part back as one file): records written beside it would not be read.
    /// Another hand's change that keeps the layout (a record they added) is no reason to refuse.
    private static func checkStillListsRecords(_ path: String, file: WorkspaceFile,
                                               expected: FileFingerprint) throws(WorkspaceSaveError) {
        let bytes: [UInt8]
        do { bytes = FileSystem.existsOrDangles(path) ? try FileSystem.read(path) : [] } catch { throw .fileSystem(error) }
        let found = bytes.isEmpty && !FileSystem.existsOrDangles(path) ? FileFingerprint.absent : FileFingerprint(of: bytes)
        guard found != expected else { return }
        var part = Workspace()
        let lists = (try? loadFile(file, bytes: bytes, path: path, into: &part, migration: .current))?.recordFiles != nil
        guard lists else {
            throw .changedOnDisk(FileChangedOnDisk(file: file, path: path, expected: expected, found: found))
        }
    }

    private static func encode(_ path: String, _ body: () throws -> [UInt8]) throws(WorkspaceSaveError) -> [UInt8] {
        do { return try body() } catch {
            throw .fileSystem(FileSystemError(path: path, operation: "encode", reason: "\(error)"))
        }
    }

    /// What the record files of `parts` in `folder` hold now, by path relative to the folder.
    public static func recordFingerprints(folder: String, parts: Set<WorkspaceFile> = Set(RecordFiles.parts))
        throws(FileSystemError) -> [String: FileFingerprint] {
        var out: [String: FileFingerprint] = [:]
        for file in RecordFiles.parts where parts.contains(file) {
            let dir = FileSystem.join(folder, file.recordFolder)
            guard FileSystem.isDirectory(dir) else { continue }
            for name in FileSystem.list(dir) {
                guard let stem = RecordFiles.stem(ofName: name) else { continue }
                out[file.recordPath(stem)] = try FileFingerprint.current(of: FileSystem.join(dir, name))
            }
        }
        return out
    }
}

/// The files one save writes and removes, checked before any is touched.
struct SavePlan {
    var parts: [(WorkspaceFile, String, [UInt8])] = []
    var records: [(String, String, [UInt8])] = []
    var removals: [(String, String)] = []
    var orders: [WorkspaceFile: [String]] = [:]
    var edited: [WorkspaceFile: [Int]] = [:]

    /// Writes the record files first (many at once with one flush), then the parts' own files
    /// (which name the record files), then removes the files of deleted records.
    func carryOut(in folder: String) throws(WorkspaceSaveError) -> SavedFiles {
        var saved = SavedFiles()
        saved.orders = orders
        saved.edited = edited
        do {
            for dir in Set(records.map { FileSystem.parent(of: $0.1) }) { try FileSystem.makeDirectory(dir) }
            if records.count > 1 {
                try FileSystem.writeAtomically(records.map { ($0.2, $0.1) })
            } else {
                for (_, path, bytes) in records { try FileSystem.writeAtomically(bytes, to: path) }
            }
        } catch { throw .fileSystem(error) }
        for (relative, _, bytes) in records {
            saved.records[relative] = FileFingerprint(of: bytes)
            saved.recordBytes[relative] = bytes
        }
        for (file, path, bytes) in parts {
            do { try FileSystem.writeAtomically(bytes, to: path) } catch { throw .fileSystem(error) }
            saved.parts[file] = FileFingerprint(of: bytes)
        }
        for (relative, path) in removals {
            // A record file that could not be removed is not forgotten: it would come back as another hand's.
            do { try FileSystem.removeIfPresent(path) } catch { throw .fileSystem(error) }
            saved.removed.append(relative)
        }
        return saved
    }

    /// What a save that failed part-way did carry out: of the files this plan writes, those that
    /// hold the bytes it meant for them, and of those it removes, those now gone. A file another
    /// hand changed meanwhile holds other bytes, so it is not counted (its old fingerprint stays).
    func carriedOut(in folder: String) -> SavedFiles {
        var done = SavedFiles()
        for (relative, path, bytes) in records {
            let print = FileFingerprint(of: bytes)
            if (try? FileFingerprint.current(of: path)) == print { done.records[relative] = print }
        }
        for (file, path, bytes) in parts {
            let print = FileFingerprint(of: bytes)
            guard (try? FileFingerprint.current(of: path)) == print else { continue }
            done.parts[file] = print
            if let order = orders[file] { done.orders[file] = order }
        }
        for (relative, path) in removals where !FileSystem.existsOrDangles(path) { done.removed.append(relative) }
        return done
    }
}
