/// A workspace read from disk, with anything that limits what may be done with it.
public struct LoadedWorkspace: Sendable {
    public var workspace: Workspace
    /// Reasons the workspace must open read-only (e.g. a file from a newer schema).
    public var readOnlyReasons: [String]
    /// Things worth telling the user that do not stop anything (e.g. a missing optional file).
    public var notes: [String]
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
        var ws = Workspace()
        var readOnly: [String] = []
        var notes: [String] = []
        for file in WorkspaceFile.allCases {
            let path = FileSystem.join(folder, file.fileName)
            guard FileSystem.exists(path) else {
                if file == .partnership {
                    throw LoadError(file: path, message: "not a SaferPlan workspace: \(file.fileName) is missing")
                }
                notes.append("\(file.fileName) is absent; its part of the plan starts empty")
                continue
            }
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(path) } catch {
                throw LoadError(file: path, message: "could not be read: \(error.reason)")
            }
            if let reason = try loadFile(file, bytes: bytes, path: path, into: &ws, migration: migration) {
                readOnly.append(reason)
            }
        }
        return LoadedWorkspace(workspace: ws, readOnlyReasons: readOnly, notes: notes)
    }

    /// Decodes one file's bytes into `ws`. Returns a read-only reason for a newer schema.
    static func loadFile(_ file: WorkspaceFile, bytes: [UInt8], path: String, into ws: inout Workspace,
                         migration: SchemaMigration) throws(LoadError) -> String? {
        var root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            throw LoadError(file: path, position: TextPosition(offset: error.offset, in: bytes),
                            message: "not valid JSON: \(error.message)")
        }
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
        var readOnly: String?
        if version > WorkspaceFile.currentSchemaVersion {
            readOnly = "\(file.fileName) was written by a newer SaferPlan (schema \(version); this one reads up to "
                + "\(WorkspaceFile.currentSchemaVersion)), so the workspace opens read-only"
        } else if version < WorkspaceFile.currentSchemaVersion {
            do { try migration.upgrade(&root.value, file: file, from: version) } catch {
                throw LoadError(file: path, fieldPath: "schemaVersion", message: "\(error)")
            }
        }
        do { try ws.apply(file, from: root) } catch {
            var e = LoadError.from(error, file: path, root: root, bytes: bytes)
            if readOnly != nil { e.message += " (the file is from a newer schema, version \(version))" }
            throw e
        }
        return readOnly
    }

    /// Writes the given files of `ws` into `folder`, each atomically, with mode 0600.
    public static func save(_ ws: Workspace, files: Set<WorkspaceFile>, to folder: String) throws(FileSystemError) {
        for file in files.sorted() {
            let bytes: [UInt8]
            do { bytes = try ws.encoded(file) } catch {
                throw FileSystemError(path: FileSystem.join(folder, file.fileName), operation: "encode",
                                      reason: "\(error)")
            }
            try FileSystem.writeAtomically(bytes, to: FileSystem.join(folder, file.fileName))
        }
    }

    /// Writes a whole new workspace into `folder`, which must be absent or empty.
    public static func create(_ ws: Workspace, at folder: String) throws(FileSystemError) {
        if FileSystem.isDirectory(folder) {
            guard FileSystem.list(folder).isEmpty else {
                throw FileSystemError(path: folder, operation: "write a workspace into", reason: "the folder is not empty")
            }
        } else if FileSystem.exists(folder) {
            throw FileSystemError(path: folder, operation: "write a workspace into", reason: "it is a file, not a folder")
        }
        try FileSystem.makeDirectory(folder)
        try save(ws, files: Set(WorkspaceFile.allCases), to: folder)
    }
}
