import PlanCore
import PlanUI

/// Keeps the open workspace in step with its folder when another hand writes a file: finds what
/// changed (by fingerprint, when the watcher says to look), and merges their version with mine
/// against the version both started from.
final class DiskSync {
    let session: WorkspaceSession
    let watcher: DiskWatcher
    /// What each file held when this session last read or wrote it: the common ancestor, kept as
    /// the workspace value it was written from (which shares its storage with the open workspace)
    /// and encoded only when another hand changed the file, or as the bytes read from disk.
    private var base: [WorkspaceFile: Base] = [:]

    private enum Base {
        case value(Workspace)
        case bytes([UInt8])
    }

    init(session: WorkspaceSession, workspace: Workspace, watcher: DiskWatcher? = nil) {
        self.session = session
        self.watcher = watcher ?? DiskWatcher(folder: session.folder)
        for file in WorkspaceFile.allCases { base[file] = .value(workspace) }
    }

    /// Files of `ws` were written: they are the new common ancestor.
    func saved(_ files: Set<WorkspaceFile>, of ws: Workspace) {
        for file in files { base[file] = .value(ws) }
    }

    /// The common ancestor of `file`, encoded (and kept so, once it was needed).
    private func baseBytes(_ file: WorkspaceFile) -> [UInt8]? {
        switch base[file] {
        case .bytes(let b)?: return b
        case .value(let ws)?:
            let b = try? ws.encoded(file)
            if let b { base[file] = .bytes(b) }
            return b
        case nil: return nil
        }
    }

    /// What to tell the app when another hand changed files; nil when nothing changed. `force`
    /// looks without waiting for the watcher (after a save was refused).
    func check(_ state: AppState, nowMs: Int, force: Bool = false) -> AppAction? {
        guard watcher.somethingHappened(nowMs: nowMs) || force else { return nil }
        let changed = session.filesChangedOnDisk()
        guard !changed.isEmpty else { return nil }
        var mergedBytes: [WorkspaceFile: [UInt8]] = [:]
        var theirBytes: [WorkspaceFile: [UInt8]] = [:]
        var toWrite: Set<WorkspaceFile> = []
        var conflicts: [DiskConflict] = []
        for file in changed {
            let path = FileSystem.join(session.folder, file.fileName)
            let theirs: [UInt8]
            do { theirs = try FileSystem.read(path) } catch {
                return .notify(Message("\(file.fileName) changed on disk and cannot be read (\(error.reason)); "
                                       + "your version is kept and will not overwrite it", .error))
            }
            theirBytes[file] = theirs
            guard let mine = try? state.workspace.encoded(file) else { continue }
            let ancestor = baseBytes(file)
            if let b = ancestor, b == mine {
                mergedBytes[file] = theirs
                continue
            }
            do {
                let t = try JSONParser.parse(theirs).value
                let m = try JSONParser.parse(mine).value
                let b = try ancestor.map { try JSONParser.parse($0).value }
                let (merged, found) = JSONThreeWay.merge(base: b, mine: m, theirs: t)
                mergedBytes[file] = merged.serialized()
                if !JSONThreeWay.same(merged, t) { toWrite.insert(file) }
                conflicts += found.map { DiskConflict(file: file, place: ([file.fileName] + $0.path).joined(separator: " › "),
                                                      mine: $0.mine, theirs: $0.theirs) }
            } catch {
                return .notify(Message("\(file.fileName) changed on disk and is not valid JSON (\(error)); "
                                       + "your version is kept and will not overwrite it", .error))
            }
        }
        let conflicted = Set(conflicts.map(\.file))
        var theirsChoice = mergedBytes
        for file in conflicted { theirsChoice[file] = theirBytes[file] }
        let merged: Workspace, theirs: Workspace
        switch (compose(state.workspace, replacing: mergedBytes), compose(state.workspace, replacing: theirsChoice)) {
        case (.success(let m), .success(let t)):
            merged = m
            theirs = t
        case (.failure(let e), _), (_, .failure(let e)):
            return .notify(Message("\(changed.map(\.fileName).joined(separator: ", ")) changed on disk and cannot be "
                                   + "taken in (\(e)); your version is kept and will not overwrite it", .error))
        }
        // From here on the disk's version is what saves expect and what later merges start from.
        _ = try? session.reload()
        for file in changed { base[file] = theirBytes[file].map(Base.bytes) }
        return .changedOnDisk(DiskChange(files: changed, merged: merged, theirs: theirs, toWrite: toWrite, conflicts: conflicts))
    }

    /// The workspace with some files' contents replaced, read back through the store's own loader
    /// (from a private temporary folder), so a merged file is checked like any other.
    func compose(_ ws: Workspace, replacing files: [WorkspaceFile: [UInt8]]) -> Result<Workspace, LoadError> {
        let made: EditFolder
        switch EditFolder.make(name: EditFolder.mergePrefix) {
        case .success(let f): made = f
        case .failure(let why): return .failure(LoadError(file: "a temporary folder", message: why.description))
        }
        let folder = made.path
        defer { made.remove() }
        for file in WorkspaceFile.allCases {
            guard let bytes = files[file] ?? (try? ws.encoded(file)) else { continue }
            do { try FileSystem.writeAtomically(bytes, to: FileSystem.join(folder, file.fileName)) } catch {
                return .failure(LoadError(file: file.fileName, message: error.reason))
            }
        }
        do { return .success(try WorkspaceStore.load(folder: folder).workspace) } catch { return .failure(error) }
    }
}
