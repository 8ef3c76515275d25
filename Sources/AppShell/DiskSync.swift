import PlanCore
import PlanUI

/// Keeps the open workspace in step with its folder when another hand writes a file: finds what
/// changed (by fingerprint, when the watcher says to look), and merges their version with mine
/// against the version both started from.
final class DiskSync {
    let session: WorkspaceSession
    let watcher: DiskWatcher
    /// The workspace as this session last read or wrote it: the common ancestor (encoded only
    /// when another hand's change has to be merged).
    private var base: Workspace

    init(session: WorkspaceSession, workspace: Workspace, watcher: DiskWatcher? = nil) {
        self.session = session
        self.watcher = watcher ?? DiskWatcher(folder: session.folder)
        base = workspace
    }

    /// Files of `ws` were written: they are the new common ancestor.
    func saved(_ files: Set<WorkspaceFile>, of ws: Workspace) {
        for file in files { base.copyParts(of: file, from: ws) }
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
        let mineChanged = state.workspace.changedFiles(since: base)
        for file in changed {
            let theirs: [UInt8]
            do { theirs = try WorkspaceStore.partBytes(file, folder: session.folder) } catch {
                return .notify(Message("\(file.fileName) changed on disk and cannot be read (\(error)); "
                                       + "your version is kept and will not overwrite it", .error))
            }
            theirBytes[file] = theirs
            guard mineChanged.contains(file) else {
                mergedBytes[file] = theirs
                continue
            }
            guard let mine = try? state.workspace.encoded(file) else { continue }
            do {
                let t = try JSONParser.parse(theirs).value
                let m = try JSONParser.parse(mine).value
                let b = try (try? base.encoded(file)).map { try JSONParser.parse($0).value }
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
        if let disk = try? session.reload() {
            for file in changed { base.copyParts(of: file, from: disk.workspace) }
        }
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
