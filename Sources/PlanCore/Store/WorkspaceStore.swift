import Dispatch

/// A workspace read from disk, with anything that limits what may be done with it.
public struct LoadedWorkspace: Sendable {
    public var workspace: Workspace
    /// Reasons the workspace must open read-only (e.g. a file from a newer schema).
    public var readOnlyReasons: [String]
    /// Things worth telling the user that do not stop anything (e.g. a missing optional file).
    public var notes: [String]
    /// What every workspace file held when it was read (`.absent` for a file that was not there);
    /// pass them to ``WorkspaceStore/save(_:files:to:expecting:)`` so a file changed since is not
    /// overwritten.
    public var fingerprints: [WorkspaceFile: FileFingerprint]
}

/// Reads and writes a workspace folder of JSON files.
public enum WorkspaceStore {
    /// True when `folder` holds a workspace (it has `partnership.json`).
    public static func isWorkspace(_ folder: String) -> Bool {
        FileSystem.exists(FileSystem.join(folder, WorkspaceFile.partnership.fileName))
    }

    /// Reads every file of the workspace in `folder`.
    ///
    /// Fails with the first file that cannot be read, naming the line, column and field. Files
    /// other than `partnership.json` may be absent; their parts are then empty.
    public static func load(folder: String, migration: SchemaMigration = .current) throws(LoadError) -> LoadedWorkspace {
        guard FileSystem.isDirectory(folder) else {
            throw LoadError(file: folder, message: "no such folder")
        }
        var notes: [String] = []
        var inputs: [(file: WorkspaceFile, path: String, bytes: [UInt8])] = []
        var fingerprints: [WorkspaceFile: FileFingerprint] = [:]
        for file in WorkspaceFile.allCases {
            let path = FileSystem.join(folder, file.fileName)
            guard FileSystem.existsOrDangles(path) else {
                fingerprints[file] = .absent
                if file == .partnership {
                    throw LoadError(file: path, message: "not a SaferPlan workspace: \(file.fileName) is missing")
                }
                notes.append("\(file.fileName) is absent; its part of the plan starts empty")
                continue
            }
            do { inputs.append((file, path, try FileSystem.read(path))) } catch {
                throw LoadError(file: path, message: "could not be read: \(error.reason)")
            }
        }
        // Files are read in parallel, largest first; each fills its own parts of the workspace.
        let order = inputs.indices.sorted { inputs[$0].bytes.count > inputs[$1].bytes.count }
        let jobs = inputs
        let results = ParallelResults<Result<(Workspace, String?, FileFingerprint), LoadError>>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let input = jobs[order[k]]
            var part = Workspace()
            do throws(LoadError) {
                let reason = try loadFile(input.file, bytes: input.bytes, path: input.path, into: &part, migration: migration)
                results.set(order[k], .success((part, reason, FileFingerprint(of: input.bytes))))
            } catch {
                results.set(order[k], .failure(error))
            }
        }
        var ws = Workspace()
        var readOnly: [String] = []
        for (k, input) in inputs.enumerated() {
            switch results.get(k) {
            case .success(let (part, reason, fingerprint))?:
                ws.copyParts(of: input.file, from: part)
                fingerprints[input.file] = fingerprint
                if let reason { readOnly.append(reason) }
            case .failure(let error)?: throw error
            case nil: throw LoadError(file: input.path, message: "was not read")
            }
        }
        return LoadedWorkspace(workspace: ws, readOnlyReasons: readOnly, notes: notes, fingerprints: fingerprints)
    }

    /// Reads the bytes of one workspace file as ``load(folder:migration:)`` does, reporting faults
    /// against `path`: the parts it fills, and a read-only reason for a file from a newer schema.
    public static func read(_ file: WorkspaceFile, bytes: [UInt8], path: String) throws(LoadError) -> (Workspace, String?) {
        var ws = Workspace()
        let reason = try loadFile(file, bytes: bytes, path: path, into: &ws, migration: .current)
        return (ws, reason)
    }

    /// Reads one file's bytes into `ws`. Returns a read-only reason for a file from a newer schema.
    ///
    /// The fast path reads the file strictly in one pass. Only when that fails, or the file is from
    /// another schema version, is the header looked at separately: an older file is migrated on a
    /// parsed tree and read again; a newer one is read leniently (unknown fields skipped) and the
    /// workspace opens read-only.
    static func loadFile(_ file: WorkspaceFile, bytes: [UInt8], path: String, into ws: inout Workspace,
                         migration: SchemaMigration) throws(LoadError) -> String? {
        func located(_ e: JSONReadError) -> LoadError {
            LoadError(file: path, position: TextPosition(offset: e.offset, in: bytes), fieldPath: e.path, message: e.message)
        }
        var attempt = ws
        let firstError: JSONReadError
        do {
            let header = try attempt.read(file, from: bytes, strict: true)
            if header.kind == file.kind && header.version == WorkspaceFile.currentSchemaVersion {
                ws = attempt
                return nil
            }
            firstError = JSONReadError(offset: 0, path: "", message: "")
        } catch {
            firstError = error
        }
        // Slow path: look at the header on a parsed tree.
        var root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            throw firstError.message.isEmpty
                ? LoadError(file: path, position: TextPosition(offset: error.offset, in: bytes),
                            message: "not valid JSON: \(error.message)")
                : located(firstError)
        }
        let version = try checkHeader(file, root: root, bytes: bytes, path: path)
        if version > WorkspaceFile.currentSchemaVersion {
            do { _ = try ws.read(file, from: bytes, strict: false) } catch {
                var e = located(error)
                e.message += " (the file is from a newer schema, version \(version))"
                throw e
            }
            return "\(file.fileName) was written by a newer SaferPlan (schema \(version); this one reads up to "
                + "\(WorkspaceFile.currentSchemaVersion)), so the workspace opens read-only"
        }
        if version < WorkspaceFile.currentSchemaVersion {
            do { try migration.upgrade(&root.value, file: file, from: version) } catch {
                throw LoadError(file: path, fieldPath: "schemaVersion", message: "\(error)")
            }
            do { _ = try ws.read(file, from: root.value.serialized(), strict: true) } catch {
                // Nodes the migration kept still know where they were in the file as written.
                let at = root.node(atReadPath: error.path).flatMap { $0.offset > 0 ? $0.offset : nil }
                throw LoadError(file: path, position: at.map { TextPosition(offset: $0, in: bytes) }, fieldPath: error.path,
                                message: error.message + " (after migrating from schema version \(version))")
            }
            return nil
        }
        throw located(firstError)
    }

    /// Checks `kind` and `schemaVersion` at the top of a parsed file; returns the version.
    static func checkHeader(_ file: WorkspaceFile, root: JSONNode, bytes: [UInt8], path: String) throws(LoadError) -> Int {
        guard case .object = root.value else {
            throw LoadError(file: path, position: TextPosition(line: 1, column: 1),
                            message: "expected an object at the top of the file, found \(root.value.kindDescription)")
        }
        guard let kindNode = root.value["kind"], case .string(let kind) = kindNode.value else {
            throw LoadError(file: path, position: TextPosition(offset: root.offset, in: bytes), fieldPath: "kind",
                            message: "the field \"kind\" is missing; expected \"\(file.kind)\"")
        }
        guard kind == file.kind else {
            throw LoadError(file: path, position: TextPosition(offset: kindNode.offset, in: bytes), fieldPath: "kind",
                            message: "expected \"\(file.kind)\", found \"\(kind)\"")
        }
        guard let versionNode = root.value["schemaVersion"], case .int(let version) = versionNode.value,
              version >= 0 else {
            throw LoadError(file: path, position: TextPosition(offset: root.offset, in: bytes),
                            fieldPath: "schemaVersion", message: "expected a schema version, a whole number")
        }
        return version
    }

    /// What every workspace file in `folder` holds now (`.absent` for a file that is not there).
    public static func fingerprints(folder: String) throws(FileSystemError) -> [WorkspaceFile: FileFingerprint] {
        var out: [WorkspaceFile: FileFingerprint] = [:]
        for file in WorkspaceFile.allCases {
            out[file] = try FileFingerprint.current(of: FileSystem.join(folder, file.fileName))
        }
        return out
    }

    /// Writes the given files of `ws` into `folder`, each atomically, and returns what they hold now.
    ///
    /// Before anything is written, every file to be saved is compared with its fingerprint in
    /// `expecting` (a file missing from it is expected to be absent): when one differs — another
    /// hand changed, created or removed it — nothing is written and the save fails with
    /// ``WorkspaceSaveError/changedOnDisk(_:)`` naming that file. A write failure (a full disk)
    /// leaves that file as it was. New files follow the umask; existing ones keep mode and group.
    @discardableResult
    public static func save(_ ws: Workspace, files: Set<WorkspaceFile>, to folder: String,
                            expecting: [WorkspaceFile: FileFingerprint]) throws(WorkspaceSaveError)
        -> [WorkspaceFile: FileFingerprint] {
        var encoded: [(WorkspaceFile, String, [UInt8])] = []
        for file in files.sorted() {
            let path = FileSystem.join(folder, file.fileName)
            let expected = expecting[file] ?? .absent
            let found: FileFingerprint
            do { found = try FileFingerprint.current(of: path) } catch { throw .fileSystem(error) }
            guard found == expected else {
                throw .changedOnDisk(FileChangedOnDisk(file: file, path: path, expected: expected, found: found))
            }
            do { encoded.append((file, path, try ws.encoded(file))) } catch {
                throw .fileSystem(FileSystemError(path: path, operation: "encode", reason: "\(error)"))
            }
        }
        var written: [WorkspaceFile: FileFingerprint] = [:]
        for (file, path, bytes) in encoded {
            do { try FileSystem.writeAtomically(bytes, to: path) } catch { throw .fileSystem(error) }
            written[file] = FileFingerprint(of: bytes)
        }
        return written
    }

    /// Writes a whole new workspace into `folder`, which must be absent or empty.
    public static func create(_ ws: Workspace, at folder: String) throws(WorkspaceSaveError) {
        if FileSystem.isDirectory(folder) {
            guard FileSystem.list(folder).isEmpty else {
                throw .fileSystem(FileSystemError(path: folder, operation: "write a workspace into",
                                                  reason: "the folder is not empty"))
            }
        } else if FileSystem.existsOrDangles(folder) {
            throw .fileSystem(FileSystemError(path: folder, operation: "write a workspace into",
                                              reason: "it is a file, not a folder"))
        }
        do { try FileSystem.makeDirectory(folder) } catch { throw .fileSystem(error) }
        try save(ws, files: Set(WorkspaceFile.allCases), to: folder, expecting: [:])
    }
}
