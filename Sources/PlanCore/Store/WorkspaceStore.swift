import Dispatch
import Foundation

/// A workspace read from disk, with anything that limits what may be done with it.
public struct LoadedWorkspace: Sendable {
    /// The workspace as read.
    public var workspace: Workspace
    /// Reasons the workspace must open read-only (e.g. a file from a newer schema).
    public var readOnlyReasons: [String]
    /// Things worth telling the user that do not stop anything (e.g. a missing optional file).
    public var notes: [String]
    /// What every part's own file held when it was read (`.absent` for a file that was not there);
    /// pass them to ``WorkspaceStore/save(_:files:to:expecting:)`` so a file changed since is not
    /// overwritten.
    public var fingerprints: [WorkspaceFile: FileFingerprint]
    /// What each record file held when it was read, by its path relative to the folder (`risks/R01.json`).
    public var recordFingerprints: [String: FileFingerprint] = [:]
    /// What `stat` said of each record file as it was opened to be read, by the same paths: the
    /// session's first look for changes compares with these, so opening does not `stat` every
    /// record file a second time.
    var recordStamps: [String: FileStamp] = [:]
    /// The parts whose own file lists record files (the others are still kept in one file).
    public var recordParts: Set<WorkspaceFile> { Set(recordOrders.keys) }
    /// The order of the record files each part's own file lists.
    public var recordOrders: [WorkspaceFile: [String]] = [:]
    /// Files of the parts kept one file per record that were read from an older schema (paths
    /// relative to the folder): the next save of their part writes them in the new form.
    public var migrated: Set<String> = []
}

/// What reading one file found besides its contents.
struct FileLoad {
    /// Why the workspace must open read-only (a file from a newer schema); nil when it need not.
    var readOnlyReason: String?
    /// The order of the part's record files, when the file lists them.
    var recordFiles: [String]?
    /// True when the file was from an older schema and was migrated as it was read.
    var migrated = false
}

/// Reads and writes a workspace folder of JSON files.
public enum WorkspaceStore {
    /// True when `folder` holds a workspace (it has `partnership.json`).
    public static func isWorkspace(_ folder: String) -> Bool {
        FileSystem.exists(FileSystem.join(folder, WorkspaceFile.partnership.fileName))
    }

    /// Reads every file of the workspace in `folder`, with the record files of the parts kept one
    /// file per record.
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
        let results = ParallelResults<Result<(Workspace, FileLoad, FileFingerprint), LoadError>>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { k in
            let input = jobs[order[k]]
            var part = Workspace()
            do throws(LoadError) {
                let found = try loadFile(input.file, bytes: input.bytes, path: input.path, into: &part, migration: migration)
                results.set(order[k], .success((part, found, FileFingerprint(of: input.bytes))))
            } catch {
                results.set(order[k], .failure(error))
            }
        }
        var ws = Workspace()
        var readOnly: [String] = []
        var orders: [WorkspaceFile: [String]] = [:]
        var migrated = Set<String>()
        for (k, input) in inputs.enumerated() {
            switch results.get(k) {
            case .success(let (part, found, fingerprint))?:
                ws.copyParts(of: input.file, from: part)
                fingerprints[input.file] = fingerprint
                if let reason = found.readOnlyReason { readOnly.append(reason) }
                if let recordFiles = found.recordFiles { orders[input.file] = recordFiles }
                if found.migrated && input.file.hasRecordFiles { migrated.insert(input.file.fileName) }
            case .failure(let error)?: throw error
            case nil: throw LoadError(file: input.path, message: "was not read")
            }
        }
        let records = try loadRecords(folder: folder, orders: orders, into: &ws, migration: migration)
        readOnly += records.readOnlyReasons
        return LoadedWorkspace(workspace: ws, readOnlyReasons: readOnly, notes: notes, fingerprints: fingerprints,
                               recordFingerprints: records.fingerprints, recordStamps: records.stamps, recordOrders: orders,
                               migrated: migrated.union(records.migrated))
    }

    /// Reads the record files of the parts whose file lists them (`orders`), in parallel, and
    /// appends their records in the listed order, then any record file the list does not name, by
    /// name. Record files beside a part still kept in one file (left by an interrupted upgrade)
    /// are only fingerprinted, so the next save replaces them.
    static func loadRecords(folder: String, orders: [WorkspaceFile: [String]], into ws: inout Workspace,
                            migration: SchemaMigration, only: WorkspaceFile? = nil) throws(LoadError)
        -> (fingerprints: [String: FileFingerprint], stamps: [String: FileStamp], readOnlyReasons: [String],
            migrated: Set<String>) {
        var jobs: [(file: WorkspaceFile, stem: String, path: String, parse: Bool)] = []
        for file in RecordFiles.parts where only == nil || only == file {
            let dir = FileSystem.join(folder, file.recordFolder)
            guard FileSystem.isDirectory(dir) else { continue }
            for name in FileSystem.list(dir) {
                guard let stem = RecordFiles.stem(ofName: name) else { continue }
                jobs.append((file, stem, FileSystem.join(dir, name), orders[file] != nil))
            }
        }
        guard !jobs.isEmpty else { return ([:], [:], [], []) }
        let reads = readRecordFiles(jobs, migration: migration)
        var fingerprints: [String: FileFingerprint] = [:]
        fingerprints.reserveCapacity(jobs.count)
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(jobs.count)
        var reasons: [String] = []
        var migrated = Set<String>()
        var byStem: [WorkspaceFile: [String: Int]] = [:]
        for (k, job) in jobs.enumerated() {
            switch reads[k] {
            case .success(let read)?:
                fingerprints[job.file.recordPath(job.stem)] = read.fingerprint
                stamps[job.file.recordPath(job.stem)] = read.stamp
                if let reason = read.found.readOnlyReason { reasons.append(reason) }
                if read.found.migrated { migrated.insert(job.file.recordPath(job.stem)) }
                if job.parse { byStem[job.file, default: [:]][job.stem] = k }
            case .failure(let error)?: throw error
            case nil: throw LoadError(file: job.path, message: "was not read")
            }
        }
        for file in RecordFiles.parts {
            guard let listed = orders[file], let present = byStem[file] else { continue }
            let stems = RecordFiles.order(listed: listed, present: Array(present.keys))
            ws.reserveRecords(file, stems.count)
            for stem in stems {
                if let k = present[stem], case .success(let read)? = reads[k] { ws.appendRecords(file, from: read.records) }
            }
        }
        return (fingerprints, stamps, reasons, migrated)
    }

    /// What reading one record file gave: its records, what reading found, its fingerprint.
    struct RecordFileRead {
        var records: PartRecords
        var found: FileLoad
        var fingerprint: FileFingerprint
        /// What `fstat` said of the file as it was opened.
        var stamp: FileStamp
    }

    /// Reads and fingerprints the record files of `jobs`, parsing those marked `parse`, on as many
    /// threads as there are processors. Each thread reads its files one after another into one
    /// buffer it reuses, so no file's bytes outlive its reading. The results are in job order.
    static func readRecordFiles(_ jobs: [(file: WorkspaceFile, stem: String, path: String, parse: Bool)],
                                migration: SchemaMigration) -> [Result<RecordFileRead, LoadError>?] {
        let workers = max(1, min(jobs.count, ProcessInfo.processInfo.activeProcessorCount))
        let results = ParallelResults<[Result<RecordFileRead, LoadError>]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var buffer = FileBuffer()
            let strings = StringTable()
            var out: [Result<RecordFileRead, LoadError>] = []
            out.reserveCapacity(jobs.count / workers + 1)
            // Worker w takes jobs w, w + workers, w + 2 × workers, …
            for k in stride(from: w, to: jobs.count, by: workers) {
                let job = jobs[k]
                do throws(LoadError) {
                    do throws(FileSystemError) { try buffer.read(job.path) } catch {
                        throw LoadError(file: job.path, message: "could not be read: \(error.reason)")
                    }
                    let stamp = buffer.stamp
                    let read = try buffer.withBytes { (bytes) throws(LoadError) -> RecordFileRead in
                        guard job.parse else {
                            return RecordFileRead(records: PartRecords(), found: FileLoad(),
                                                  fingerprint: FileFingerprint(of: bytes), stamp: stamp)
                        }
                        var part = Workspace()
                        let found = try loadFile(job.file, buffer: bytes, path: job.path, into: &part, migration: migration,
                                                 strings: strings)
                        return RecordFileRead(records: PartRecords(job.file, of: part), found: found,
                                              fingerprint: FileFingerprint(of: bytes), stamp: stamp)
                    }
                    out.append(.success(read))
                } catch {
                    out.append(.failure(error))
                }
            }
            results.set(w, out)
        }
        var ordered: [Result<RecordFileRead, LoadError>?] = []
        ordered.reserveCapacity(jobs.count)
        let byWorker = (0..<workers).map { results.get($0) ?? [] }
        for k in jobs.indices {
            let mine = byWorker[k % workers]
            ordered.append(k / workers < mine.count ? mine[k / workers] : nil)
        }
        return ordered
    }

    /// One part as it is on disk now, in the one-file form (its own file with its records in it),
    /// as ``load(folder:migration:)`` reads it: for merging another hand's change with one's own.
    public static func partBytes(_ file: WorkspaceFile, folder: String) throws(LoadError) -> [UInt8] {
        let path = FileSystem.join(folder, file.fileName)
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch { throw LoadError(file: path, message: "could not be read: \(error.reason)") }
        guard file.hasRecordFiles else { return bytes }
        var part = Workspace()
        let found = try loadFile(file, bytes: bytes, path: path, into: &part, migration: .current)
        guard let order = found.recordFiles else { return bytes }
        _ = try loadRecords(folder: folder, orders: [file: order], into: &part, migration: .current, only: file)
        do { return try part.encoded(file) } catch { throw LoadError(file: path, message: "could not be encoded: \(error)") }
    }

    /// Reads the bytes of one workspace file as ``load(folder:migration:)`` does, reporting faults
    /// against `path`: the parts it fills, and a read-only reason for a file from a newer schema.
    public static func read(_ file: WorkspaceFile, bytes: [UInt8], path: String) throws(LoadError) -> (Workspace, String?) {
        var ws = Workspace()
        let found = try loadFile(file, bytes: bytes, path: path, into: &ws, migration: .current)
        return (ws, found.readOnlyReason)
    }

    /// Reads one file's bytes into `ws`: a read-only reason for a file from a newer schema, and
    /// the order of the part's record files when it lists them.
    ///
    /// The fast path reads the file strictly in one pass. Only when that fails, or the file is from
    /// another schema version, is the header looked at separately: an older file is migrated on a
    /// parsed tree and read again; a newer one is read leniently (unknown fields skipped) and the
    /// workspace opens read-only.
    static func loadFile(_ file: WorkspaceFile, bytes: [UInt8], path: String, into ws: inout Workspace,
                         migration: SchemaMigration) throws(LoadError) -> FileLoad {
        try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in
            try loadFile(file, buffer: buffer, path: path, into: &ws, migration: migration)
        }
    }

    /// ``loadFile(_:bytes:path:into:migration:)`` on bytes in memory the caller keeps (a reused
    /// buffer); only a file that does not read on the fast path is copied.
    static func loadFile(_ file: WorkspaceFile, buffer: UnsafeBufferPointer<UInt8>, path: String, into ws: inout Workspace,
                         migration: SchemaMigration, strings: StringTable? = nil) throws(LoadError) -> FileLoad {
        var attempt = ws
        let firstError: JSONReadError
        do {
            let header = try attempt.read(file, from: buffer, strict: true, strings: strings)
            if header.kind == file.kind && header.version == WorkspaceFile.currentSchemaVersion {
                ws = attempt
                return FileLoad(recordFiles: header.recordFiles)
            }
            firstError = JSONReadError(offset: 0, path: "", message: "")
        } catch {
            firstError = error
        }
        return try loadFileSlowly(file, bytes: Array(buffer), path: path, into: &ws, migration: migration, firstError: firstError)
    }

    /// The slow path of ``loadFile(_:buffer:path:into:migration:)``, for a file that failed the
    /// strict one-pass read (`firstError`, empty when it read but has another schema version).
    private static func loadFileSlowly(_ file: WorkspaceFile, bytes: [UInt8], path: String, into ws: inout Workspace,
                                       migration: SchemaMigration, firstError: JSONReadError) throws(LoadError) -> FileLoad {
        func located(_ e: JSONReadError) -> LoadError {
            LoadError(file: path, position: TextPosition(offset: e.offset, in: bytes), fieldPath: e.path, message: e.message)
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
            let header: DocumentHeader
            do { header = try ws.read(file, from: bytes, strict: false) } catch {
                var e = located(error)
                e.message += " (the file is from a newer schema, version \(version))"
                throw e
            }
            return FileLoad(readOnlyReason: "\(file.fileName) was written by a newer SaferPlan (schema \(version); this one reads up to "
                + "\(WorkspaceFile.currentSchemaVersion)), so the workspace opens read-only", recordFiles: header.recordFiles)
        }
        if version < WorkspaceFile.currentSchemaVersion {
            do { try migration.upgrade(&root.value, file: file, from: version) } catch {
                throw LoadError(file: path, fieldPath: "schemaVersion", message: "\(error)")
            }
            let header: DocumentHeader
            do { header = try ws.read(file, from: root.value.serialized(), strict: true) } catch {
                // Nodes the migration kept still know where they were in the file as written.
                let at = root.node(atReadPath: error.path).flatMap { $0.offset > 0 ? $0.offset : nil }
                throw LoadError(file: path, position: at.map { TextPosition(offset: $0, in: bytes) }, fieldPath: error.path,
                                message: error.message + " (after migrating from schema version \(version))")
            }
            return FileLoad(recordFiles: header.recordFiles, migrated: true)
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
