/// Undoing a whole past save from the change log: every field it changed is set back to its
/// `before` value, unless something newer in the log touched one of those fields.
public enum SaveRevert {
    /// The entries of save `save` in `log`, and what to write back; or why it cannot be undone.
    /// `log` is the change log in the order it was written (oldest first).
    public static func plan(_ save: String, in log: [ChangeEntry], workspace: Workspace) -> Result<[FieldWrite], SaveRevertRefusal> {
        guard let last = log.lastIndex(where: { $0.save == save }) else {
            return .failure(SaveRevertRefusal(reason: "No save \(save) in the change log"))
        }
        let mine = log.filter { $0.save == save }
        let newer = log[(last + 1)...].filter { $0.save != save }
        var writes: [FieldWrite] = []
        var trees: [String: JSONValue] = [:]
        for e in mine {
            let place = "\(e.kind) \(e.shownReference) \(e.field.isEmpty ? "(the whole record)" : e.field)"
            if let n = newer.first(where: { $0.recordID == e.recordID && overlaps($0.field, e.field) }) {
                return .failure(SaveRevertRefusal(reason: "\(place) was changed again later (\(Instant.local(n.at)), \(n.who))"))
            }
            guard e.change == .changed, !e.field.isEmpty, let before = e.before else {
                return .failure(SaveRevertRefusal(reason: "\(place): only changed fields can be set back, not \(e.change.rawValue) "
                                                  + (e.field.isEmpty ? "records" : "list entries")))
            }
            guard let file = WorkspaceFile.allCases.first(where: { $0.fileName == e.file }),
                  let tree = trees[e.file] ?? (try? JSONParser.parse(workspace.encoded(file)).value),
                  let record = recordPath(kind: e.kind, id: e.recordID, in: tree) else {
                return .failure(SaveRevertRefusal(reason: "\(place): the \(e.kind) no longer exists"))
            }
            trees[e.file] = tree
            let path = JSONPath(record.steps + e.field.split(separator: ".").map { .key(String($0)) })
            guard tree.value(at: path) != nil else {
                return .failure(SaveRevertRefusal(reason: "\(place): the field is no longer in \(e.file)"))
            }
            writes.append(FieldWrite(file: file, path: path, value: before, place: place))
        }
        return .success(writes)
    }

    /// Whether two dotted fields of one record are the same place or one holds the other.
    static func overlaps(_ a: String, _ b: String) -> Bool {
        a.isEmpty || b.isEmpty || a == b || a.hasPrefix(b + ".") || b.hasPrefix(a + ".")
    }

    /// Where the record of `kind` with `id` is in a file's tree: a top-level member named like the
    /// kind (`plan`), or the object with that id in a list named for the kind (`risks`).
    static func recordPath(kind: String, id: String, in tree: JSONValue) -> JSONPath? {
        if kind == id, tree[kind] != nil { return JSONPath([.key(kind)]) }
        return find(kind: kind, id: id, in: tree, at: JSONPath())
    }

    private static func find(kind: String, id: String, in v: JSONValue, at path: JSONPath) -> JSONPath? {
        switch v {
        case .object(let members):
            for m in members {
                let p = path.appending(.key(m.key))
                if case .array(let items) = m.node.value, JSONPath.singular(m.key) == kind,
                   items.contains(where: { $0.value.recordID == id }) {
                    return p.appending(.record(id))
                }
                if let hit = find(kind: kind, id: id, in: m.node.value, at: p) { return hit }
            }
        case .array(let items):
            for n in items {
                guard let rid = n.value.recordID else { continue }
                if let hit = find(kind: kind, id: id, in: n.value, at: path.appending(.record(rid))) { return hit }
            }
        default: break
        }
        return nil
    }
}

/// Why a past save cannot be undone; names the record and field.
public struct SaveRevertRefusal: Error, Sendable, Equatable {
    /// Why, naming the record and field.
    public var reason: String
}
