/// Reading, writing and resolving the conflicts a merge left in a workspace's files.
public enum MergeConflictList {
    /// `bytes` (a file as the store encoded it) with the file's unresolved conflicts added under
    /// `"conflicts"`; unchanged when there are none.
    public static func attach(_ conflicts: [MergeConflict], of file: WorkspaceFile, to bytes: [UInt8]) -> [UInt8] {
        let mine = conflicts.filter { $0.file == file.fileName }
        guard !mine.isEmpty, case .object(var members)? = try? JSONParser.parse(bytes).value else { return bytes }
        members.removeAll { $0.key == FileMerge.conflictsKey }
        members.append(JSONMember(key: FileMerge.conflictsKey, node: JSONNode(.array(mine.map { JSONNode($0.json) }))))
        return JSONValue.object(members).prettyPrinted()
    }
}

/// Which version of a conflicting field to keep.
public enum ConflictSide: String, Sendable, CaseIterable {
    case ours, theirs
}

extension Workspace {
    /// Settles one conflict by keeping `side`'s value, and removes it from the list.
    /// Returns the file to save; fails when the field no longer exists or the value does not fit.
    public mutating func resolve(_ conflict: MergeConflict, taking side: ConflictSide) throws(ConflictResolutionError) -> WorkspaceFile {
        guard let file = WorkspaceFile.allCases.first(where: { $0.fileName == conflict.file }) else {
            throw ConflictResolutionError(reason: "\(conflict.file) is not a workspace file")
        }
        let value = side == .ours ? conflict.ours : conflict.theirs
        var copy = self
        copy.mergeConflicts.removeAll { $0 == conflict }
        try copy.apply([FieldWrite(file: file, path: conflict.path, value: value, place: conflict.place)])
        copy.mergeConflicts = mergeConflicts.filter { $0 != conflict }
        self = copy
        return file
    }
}

/// A conflict that could not be settled.
public struct ConflictResolutionError: Error, Sendable, CustomStringConvertible {
    /// Why, naming the conflict.
    public var reason: String
    /// The reason.
    public var description: String { reason }
}

extension JSONReader {
    /// Reads a file's `"conflicts"` list.
    mutating func mergeConflicts(in file: WorkspaceFile) throws(JSONReadError) -> [MergeConflict] {
        var out: [MergeConflict] = []
        try array { (r) throws(JSONReadError) in
            let start = r.i
            try r.skipValue()
            let raw = Array(UnsafeBufferPointer(start: r.base + start, count: r.i - start))
            guard let tree = try? JSONParser.parse(raw).value else { throw r.error("not valid JSON", at: start) }
            switch MergeConflict.from(json: tree, file: file.fileName) {
            case .success(let c): out.append(c)
            case .failure(let e): throw r.error("a merge conflict entry: " + e.reason, at: start)
            }
        }
        return out
    }
}

extension Workspace {
    /// The files whose list of merge conflicts differs from `old`'s.
    public func conflictFiles(changedSince old: Workspace) -> Set<WorkspaceFile> {
        guard mergeConflicts != old.mergeConflicts else { return [] }
        return Set(WorkspaceFile.allCases.filter { f in
            mergeConflicts.filter { $0.file == f.fileName } != old.mergeConflicts.filter { $0.file == f.fileName }
        })
    }
}
