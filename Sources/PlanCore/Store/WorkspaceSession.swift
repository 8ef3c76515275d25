#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open workspace: its folder, its lock, what was read, and whether it may be changed.
///
/// Unless read-only was asked for, the session takes the lock *before* it reads a file, so no
/// other writer can change the workspace between this session's read and its save. When the folder
/// or a file is not writable, the lock is held by another, or a file is from a newer schema, the
/// workspace opens read-only with the reason, so nothing on disk can be clobbered.
public final class WorkspaceSession: @unchecked Sendable {
    /// The workspace folder.
    public let folder: String
    /// Why the workspace cannot be changed; empty when it can.
    public private(set) var readOnlyReasons: [String]
    /// Notes from loading (e.g. absent optional files).
    public let notes: [String]
    /// Who held the lock when this session had to open read-only because of it.
    public let lockedBy: LockHolder?
    /// What each part's own file held when it was last read or written by this session.
    public private(set) var fingerprints: [WorkspaceFile: FileFingerprint]
    /// What each record file held when it was last read or written, by path relative to the folder.
    public private(set) var recordFingerprints: [String: FileFingerprint] = [:]
    /// The order of the record files each part's own file on disk lists (parts still kept in one
    /// file are absent).
    public private(set) var recordOrders: [WorkspaceFile: [String]] = [:]
    /// The parts whose own file on disk lists record files.
    public var recordParts: Set<WorkspaceFile> { Set(recordOrders.keys) }
    /// Files of the parts kept one file per record read from an older schema, to be written in
    /// the new form by their part's next save.
    private var migrated: Set<String> = []
    /// The workspace as this session last read or wrote it: a save writes only the records that
    /// differ from it, and the change log describes the difference.
    public private(set) var baseline = Workspace()
    /// `stat` of each file, taken before it was read or after it was written; see `filesChangedOnDisk`.
    private var stamps: [WorkspaceFile: FileStamp] = [:]
    /// `stat` of each record file, by path relative to the folder, as the load opened it or a save wrote it.
    private var recordStamps: [String: FileStamp] = [:]
    private var lock: WorkspaceLock?
    /// The layout of each part's record files as last read or written, found at the part's first
    /// save and kept while saves only edit records in place (see ``RecordLayout``).
    private var layouts: [WorkspaceFile: RecordLayout] = [:]

    /// Who this session wrote into the lock file; nil when it holds no lock.
    public var lockHolder: LockHolder? { lock?.holder }

    /// True when nothing may be written.
    public var isReadOnly: Bool { !readOnlyReasons.isEmpty }

    private init(folder: String, readOnlyReasons: [String], notes: [String], lockedBy: LockHolder?,
                 fingerprints: [WorkspaceFile: FileFingerprint], lock: WorkspaceLock?) {
        self.folder = folder
        self.readOnlyReasons = readOnlyReasons
        self.notes = notes
        self.lockedBy = lockedBy
        self.fingerprints = fingerprints
        self.lock = lock
    }

    /// Opens the workspace in `folder`, read-only when `readOnly` is asked for or forced.
    ///
    /// While another process holds the lock, waits up to `waitSeconds` for it (polling), then opens
    /// read-only naming the holder. Leftover temporary files of interrupted saves are removed once
    /// the lock is held.
    public static func open(folder: String, readOnly: Bool = false,
                            waitSeconds: Double = 0) throws(LoadError) -> (WorkspaceSession, Workspace) {
        guard FileSystem.isDirectory(folder) else { throw LoadError(file: folder, message: "no such folder") }
        var reasons: [String] = readOnly ? ["opened with --read-only"] : []
        var lock: WorkspaceLock?
        var lockedBy: LockHolder?
        if reasons.isEmpty {
            let unwritable = [folder] + (WorkspaceFile.allCases.map { FileSystem.join(folder, $0.fileName) }
                + RecordFiles.parts.map { FileSystem.join(folder, $0.recordFolder) }).filter(FileSystem.exists)
            if let path = unwritable.first(where: { !FileSystem.isWritable($0) }) {
                reasons.append("\(FileSystem.baseName(of: path)) is not writable by you")
            }
        }
        if reasons.isEmpty && WorkspaceStore.isWorkspace(folder) {
            switch WorkspaceLock.acquire(folder: folder, waitSeconds: waitSeconds) {
            case .acquired(let l):
                lock = l
                Leftovers.remove(in: folder)
            case .heldBy(let holder):
                lockedBy = holder
                reasons.append("locked by \(holder)")
            case .failed(let why): reasons.append("could not take the lock: \(why)")
            }
        }
        let stamps = stampFiles(in: folder)
        let loaded: LoadedWorkspace
        do { loaded = try WorkspaceStore.load(folder: folder) } catch {
            lock?.release()
            throw error
        }
        if !loaded.readOnlyReasons.isEmpty {
            lock?.release()
            lock = nil
            reasons = loaded.readOnlyReasons + reasons.filter { $0 == "opened with --read-only" }
        }
        let session = WorkspaceSession(folder: folder, readOnlyReasons: reasons, notes: loaded.notes,
                                       lockedBy: lockedBy, fingerprints: loaded.fingerprints, lock: lock)
        session.remember(loaded)
        session.stamps = stamps
        return (session, loaded.workspace)
    }

    /// Reads the workspace again and remembers what each file now holds; later saves expect these.
    public func reload() throws(LoadError) -> LoadedWorkspace {
        let before = Self.stampFiles(in: folder)
        let loaded = try WorkspaceStore.load(folder: folder)
        remember(loaded)
        stamps = before
        return loaded
    }

    /// Takes on what the load read; the record files' stamps are those the load took as it opened
    /// each file, so no second pass of `stat` over them is needed.
    private func remember(_ loaded: LoadedWorkspace) {
        fingerprints = loaded.fingerprints
        recordFingerprints = loaded.recordFingerprints
        recordStamps = loaded.recordStamps
        recordOrders = loaded.recordOrders
        migrated = loaded.migrated
        baseline = loaded.workspace
        layouts = [:]
    }

    /// Files whose contents on disk differ from what this session last read or wrote.
    ///
    /// Cheap enough to poll: a file whose `stat` (inode, size, change time) is as it was is not
    /// read; only a touched file is hashed and compared with its fingerprint.
    /// A part kept one file per record counts as changed when one of its record files was
    /// changed, added or removed.
    public func filesChangedOnDisk() -> [WorkspaceFile] {
        let records = recordFilesChangedOnDisk()
        return WorkspaceFile.allCases.filter { file in
            if records.contains(file) { return true }
            let path = FileSystem.join(folder, file.fileName)
            let stamp = FileStamp.current(of: path)
            if let known = stamps[file], known == stamp { return false }
            guard let now = try? FileFingerprint.current(of: path) else { return true }
            if now == (fingerprints[file] ?? .absent) {
                stamps[file] = stamp  // touched, not changed: no need to read it again
                return false
            }
            return true
        }
    }

    /// The parts one of whose record files differs from what this session last read or wrote.
    private func recordFilesChangedOnDisk() -> Set<WorkspaceFile> {
        var out = Set<WorkspaceFile>()
        let now = Self.stampRecords(in: folder)
        for (relative, stamp) in now where recordStamps[relative] != stamp {
            guard let file = WorkspaceFile.owning(relative) else { continue }
            let print = (try? FileFingerprint.current(of: FileSystem.join(folder, relative))) ?? .absent
            if print == recordFingerprints[relative] {
                recordStamps[relative] = stamp  // touched, not changed
            } else {
                out.insert(file)
            }
        }
        for relative in recordFingerprints.keys where now[relative] == nil {
            if let file = WorkspaceFile.owning(relative) { out.insert(file) }
        }
        return out
    }

    private static func stampFiles(in folder: String) -> [WorkspaceFile: FileStamp] {
        var out: [WorkspaceFile: FileStamp] = [:]
        for file in WorkspaceFile.allCases { out[file] = FileStamp.current(of: FileSystem.join(folder, file.fileName)) }
        return out
    }

    private static func stampRecords(in folder: String) -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for file in RecordFiles.parts {
            let dir = FileSystem.join(folder, file.recordFolder)
            for name in FileSystem.list(dir) {
                guard let stem = RecordFiles.stem(ofName: name) else { continue }
                out[file.recordPath(stem)] = FileStamp.current(of: FileSystem.join(dir, name))
            }
        }
        return out
    }

    /// Writes the given files atomically. Refuses when the session is read-only, and refuses with
    /// ``WorkspaceSaveError/changedOnDisk(_:)`` when another hand changed one of the files since
    /// this session read or wrote it (nothing is written then). Returns what was written.
    @discardableResult
    public func save(_ ws: Workspace, files: Set<WorkspaceFile>) throws(WorkspaceSaveError) -> SavedFiles {
        guard !isReadOnly else {
            throw .fileSystem(FileSystemError(path: folder, operation: "save",
                                              reason: readOnlyReasons.joined(separator: "; ")))
        }
        return try write(ws, files: files)
    }

    /// Writes the parts and remembers what was written; returns the files written or removed.
    @discardableResult
    func write(_ ws: Workspace, files: Set<WorkspaceFile>) throws(WorkspaceSaveError) -> SavedFiles {
        for file in files where file.hasRecordFiles && layouts[file] == nil {
            layouts[file] = RecordLayout.of(file, in: baseline, records: recordFingerprints, listed: recordOrders[file])
        }
        let plan: SavePlan
        do {
            plan = try WorkspaceStore.plan(ws, files: files, to: folder, expecting: fingerprints,
                                           records: recordFingerprints, previous: baseline, recordOrders: recordOrders,
                                           rewrite: migrated, layouts: layouts)
        } catch {
            for file in files { layouts[file] = nil }
            throw error  // nothing was written
        }
        let saved: SavedFiles
        do { saved = try plan.carryOut(in: folder) } catch {
            for file in files { layouts[file] = nil }
            // A save that failed part-way still wrote some files: take on those that hold what this
            // save wrote, and only those. A file another hand changed keeps the fingerprint it was
            // read with, so the next save refuses it (or merges it) instead of overwriting it.
            adopt(plan.carriedOut(in: folder), stamped: false)
            throw error
        }
        migrated = migrated.filter { path in !files.contains { path == $0.fileName || path.hasPrefix($0.recordFolder + "/") } }
        adopt(saved, stamped: true)
        for file in files { baseline.copyParts(of: file, from: ws) }
        for file in files where file.hasRecordFiles && saved.edited[file] == nil {
            layouts[file] = RecordLayout.of(file, in: baseline, records: recordFingerprints, listed: recordOrders[file])
        }
        return saved
    }

    /// Remembers the files a save wrote or removed; `stamped` takes their `stat` now, otherwise the
    /// next check reads them again.
    private func adopt(_ saved: SavedFiles, stamped: Bool) {
        fingerprints.merge(saved.parts) { $1 }
        recordOrders.merge(saved.orders) { $1 }
        for file in saved.parts.keys {
            stamps[file] = stamped ? FileStamp.current(of: FileSystem.join(folder, file.fileName)) : nil
        }
        for (relative, print) in saved.records {
            recordFingerprints[relative] = print
            recordStamps[relative] = stamped ? FileStamp.current(of: FileSystem.join(folder, relative)) : nil
        }
        for relative in saved.removed {
            recordFingerprints[relative] = nil
            recordStamps[relative] = nil
        }
    }

    /// Releases the lock.
    public func close() {
        lock?.release()
        lock = nil
    }

    deinit { close() }
}
