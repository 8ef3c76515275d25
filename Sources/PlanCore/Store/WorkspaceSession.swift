/// An open workspace: its folder, its lock, and whether it may be changed.
///
/// Opening loads every file. Unless read-only was asked for, the session checks that the folder
/// and files are writable and takes the lock; when either fails the workspace opens read-only
/// with the reason, so nothing on disk can be clobbered.
public final class WorkspaceSession: @unchecked Sendable {
    public let folder: String
    /// Why the workspace cannot be changed; empty when it can.
    public private(set) var readOnlyReasons: [String]
    /// Notes from loading (e.g. absent optional files).
    public let notes: [String]
    private var lock: WorkspaceLock?

    /// True when nothing may be written.
    public var isReadOnly: Bool { !readOnlyReasons.isEmpty }

    private init(folder: String, readOnlyReasons: [String], notes: [String], lock: WorkspaceLock?) {
        self.folder = folder
        self.readOnlyReasons = readOnlyReasons
        self.notes = notes
        self.lock = lock
    }

    /// Opens the workspace in `folder`, read-only when `readOnly` is asked for or forced.
    public static func open(folder: String, readOnly: Bool = false) throws(LoadError) -> (WorkspaceSession, Workspace) {
        let loaded = try WorkspaceStore.load(folder: folder)
        var reasons = loaded.readOnlyReasons
        if readOnly { reasons.insert("opened with --read-only", at: 0) }
        var lock: WorkspaceLock?
        if reasons.isEmpty {
            let unwritable = [folder] + WorkspaceFile.allCases.map { FileSystem.join(folder, $0.fileName) }
                .filter(FileSystem.exists)
            if let path = unwritable.first(where: { !FileSystem.isWritable($0) }) {
                reasons.append("\(FileSystem.baseName(of: path)) is not writable by you")
            }
        }
        if reasons.isEmpty {
            switch WorkspaceLock.acquire(folder: folder) {
            case .acquired(let l): lock = l
            case .heldBy(let holder): reasons.append("locked by \(holder)")
            case .failed(let why): reasons.append("could not take the lock: \(why)")
            }
        }
        let session = WorkspaceSession(folder: folder, readOnlyReasons: reasons, notes: loaded.notes, lock: lock)
        return (session, loaded.workspace)
    }

    /// Writes the changed files atomically. Refuses when the session is read-only.
    public func save(_ ws: Workspace, files: Set<WorkspaceFile>) throws(FileSystemError) {
        guard !isReadOnly else {
            throw FileSystemError(path: folder, operation: "save", reason: readOnlyReasons.joined(separator: "; "))
        }
        try WorkspaceStore.save(ws, files: files, to: folder)
    }

    /// Releases the lock.
    public func close() {
        lock?.release()
        lock = nil
    }

    deinit { close() }
}
