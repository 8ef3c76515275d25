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
    public let folder: String
    /// Why the workspace cannot be changed; empty when it can.
    public private(set) var readOnlyReasons: [String]
    /// Notes from loading (e.g. absent optional files).
    public let notes: [String]
    /// Who held the lock when this session had to open read-only because of it.
    public let lockedBy: LockHolder?
    /// What each file held when it was last read or written by this session.
    public private(set) var fingerprints: [WorkspaceFile: FileFingerprint]
    /// `stat` of each file, taken before it was read or after it was written; see `filesChangedOnDisk`.
    private var stamps: [WorkspaceFile: FileStamp] = [:]
    private var lock: WorkspaceLock?

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
            let unwritable = [folder] + WorkspaceFile.allCases.map { FileSystem.join(folder, $0.fileName) }
                .filter(FileSystem.exists)
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
        session.stamps = stamps
        return (session, loaded.workspace)
    }

    /// Reads the workspace again and remembers what each file now holds; later saves expect these.
    public func reload() throws(LoadError) -> LoadedWorkspace {
        let before = Self.stampFiles(in: folder)
        let loaded = try WorkspaceStore.load(folder: folder)
        fingerprints = loaded.fingerprints
        stamps = before
        return loaded
    }

    /// Files whose contents on disk differ from what this session last read or wrote.
    ///
    /// Cheap enough to poll: a file whose `stat` (inode, size, change time) is as it was is not
    /// read; only a touched file is hashed and compared with its fingerprint.
    public func filesChangedOnDisk() -> [WorkspaceFile] {
        WorkspaceFile.allCases.filter { file in
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

    private static func stampFiles(in folder: String) -> [WorkspaceFile: FileStamp] {
        var out: [WorkspaceFile: FileStamp] = [:]
        for file in WorkspaceFile.allCases { out[file] = FileStamp.current(of: FileSystem.join(folder, file.fileName)) }
        return out
    }

    /// Writes the given files atomically. Refuses when the session is read-only, and refuses with
    /// ``WorkspaceSaveError/changedOnDisk(_:)`` when another hand changed one of the files since
    /// this session read or wrote it (nothing is written then).
    public func save(_ ws: Workspace, files: Set<WorkspaceFile>) throws(WorkspaceSaveError) {
        guard !isReadOnly else {
            throw .fileSystem(FileSystemError(path: folder, operation: "save",
                                              reason: readOnlyReasons.joined(separator: "; ")))
        }
        do {
            let written = try WorkspaceStore.save(ws, files: files, to: folder, expecting: fingerprints)
            fingerprints.merge(written) { $1 }
            for file in written.keys { stamps[file] = FileStamp.current(of: FileSystem.join(folder, file.fileName)) }
        } catch {
            // A partial save (a later file failed) still changed the earlier ones: remember them.
            if case .fileSystem = error, let now = try? WorkspaceStore.fingerprints(folder: folder) {
                for file in files where now[file] != fingerprints[file] {
                    if let n = now[file] { fingerprints[file] = n }
                    stamps[file] = nil
                }
            }
            throw error
        }
    }

    /// Releases the lock.
    public func close() {
        lock?.release()
        lock = nil
    }

    deinit { close() }
}
