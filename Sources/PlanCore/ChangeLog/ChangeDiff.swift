/// The changes between two versions of a workspace file, record by record and field by field.
///
/// It works on the JSON shape, not on the model, so it serves any file layout: a record is an
/// object with an `"id"` inside a list; what lies outside any record belongs to the top-level
/// member holding it (`plan`, `register`…).
public struct ChangeDiff {
    /// A change found, without the when, who and how of the save.
    public struct Found: Sendable {
        /// The record's kind, e.g. `risk`.
        public var kind: String
        /// Its id.
        public var recordID: String
        /// The reference people say (`R07`), when it has one.
        public var reference: String?
        /// Its title in the newer version (the older when it was deleted).
        public var title: String
        /// The field changed (`owner`, `residual.likelihood`); empty for the whole record.
        public var field: String
        /// Added, changed or removed.
        public var change: ChangeKind
        /// The value before; nil when it was added.
        public var before: JSONValue?
        /// The value after; nil when it was removed.
        public var after: JSONValue?
    }

    /// The changes from `before` to `after` (either may be nil: a file created or deleted).
    public static func changes(from before: JSONValue?, to after: JSONValue?) -> [Found] {
        changes(from: before, to: after, at: JSONPath())
    }

    /// The changes between two versions of the value at `path` in a file.
    static func changes(from before: JSONValue?, to after: JSONValue?, at path: JSONPath) -> [Found] {
        var d = ChangeDiff()
        d.walk(before, after, path: path, record: nil)
        return d.found
    }

    private var found: [Found] = []

    private struct Owner {
        var kind: String
        var id: String
        var reference: String?
        var title: String
        var depth: Int
    }

    private mutating func walk(_ a: JSONValue?, _ b: JSONValue?, path: JSONPath, record: Owner?) {
        if let a, let b, a.isSame(as: b) { return }
        if path.steps.count == 1, case .key(let k) = path.steps[0], ["kind", "schemaVersion", FileMerge.conflictsKey].contains(k) {
            return
        }
        let owner = record ?? topLevelOwner(path, a ?? b)
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            var xi: [String: JSONValue] = [:]
            for m in x { xi[m.key] = m.node.value }
            var seen = Set<String>()
            for m in y {
                seen.insert(m.key)
                walk(xi[m.key], m.node.value, path: path.appending(.key(m.key)), record: owner)
            }
            for m in x where !seen.contains(m.key) { walk(m.node.value, nil, path: path.appending(.key(m.key)), record: owner) }
            return
        case (.array(let x)?, .array(let y)?) where (a?.isRecordList ?? false) || (b?.isRecordList ?? false):
            if (x + y).allSatisfy({ $0.value.recordID != nil }) {
                records(x, y, path: path)
                return
            }
        case (.array(let x)?, .array(let y)?) where x.contains(where: isStructured) || y.contains(where: isStructured):
            entries(x, y, path: path, owner: owner)
            return
        case (nil, .object?), (.object?, nil):
            if let owner, owner.depth < path.steps.count {
                add(owner, path, a == nil ? .added : .removed, a, b)
            } else {
                walk(a ?? .object([]), b ?? .object([]), path: path, record: record)
            }
            return
        default: break
        }
        guard let owner else { return }
        add(owner, path, a == nil ? .added : b == nil ? .removed : .changed, a, b)
    }

    private func isStructured(_ n: JSONNode) -> Bool {
        switch n.value {
        case .object, .array: return true
        default: return false
        }
    }

    private func topLevelOwner(_ path: JSONPath, _ v: JSONValue?) -> Owner? {
        guard let first = path.steps.first, case .key(let k) = first else { return nil }
        return Owner(kind: k, id: k, reference: nil, title: "", depth: 1)
    }

    private mutating func add(_ owner: Owner, _ path: JSONPath, _ change: ChangeKind, _ a: JSONValue?, _ b: JSONValue?) {
        let field = path.steps[min(owner.depth, path.steps.count)...].map(\.description).joined(separator: ".")
        found.append(Found(kind: owner.kind, recordID: owner.id, reference: owner.reference, title: owner.title,
                           field: field, change: change, before: a, after: b))
    }

    private mutating func records(_ x: [JSONNode], _ y: [JSONNode], path: JSONPath) {
        var xi: [String: JSONValue] = [:]
        for n in x { if let id = n.value.recordID { xi[id] = n.value } }
        var seen = Set<String>()
        let kind = path.steps.last.map { step -> String in
            if case .key(let k) = step { return JSONPath.singular(k) }
            return "record"
        } ?? "record"
        func owner(_ v: JSONValue, _ id: String, _ p: JSONPath) -> Owner {
            Owner(kind: kind, id: id, reference: v.text("ref"), title: v.text("title") ?? v.text("name") ?? v.text("term") ?? "",
                  depth: p.steps.count)
        }
        for n in y {
            guard let id = n.value.recordID else { continue }
            seen.insert(id)
            let p = path.appending(.record(id))
            if let old = xi[id] {
                walk(old, n.value, path: p, record: owner(n.value, id, p))
            } else {
                add(owner(n.value, id, p), p, .added, nil, n.value)
            }
        }
        for n in x {
            guard let id = n.value.recordID, !seen.contains(id) else { continue }
            let p = path.appending(.record(id))
            add(owner(n.value, id, p), p, .removed, n.value, nil)
        }
    }

    /// A list of structured entries without ids (reviews, mitigations): each entry added or removed.
    private mutating func entries(_ x: [JSONNode], _ y: [JSONNode], path: JSONPath, owner: Owner?) {
        guard let owner else { return }
        var remaining: [String: Int] = [:]
        for n in x { remaining[n.value.canonicalKey, default: 0] += 1 }
        var kept: [String: Int] = [:]
        for n in y {
            let k = n.value.canonicalKey
            if let r = remaining[k], r > 0 {
                remaining[k] = r - 1
                kept[k, default: 0] += 1
            } else {
                add(owner, path, .added, nil, n.value)
            }
        }
        for n in x {
            let k = n.value.canonicalKey
            if let c = kept[k], c > 0 { kept[k] = c - 1 } else { add(owner, path, .removed, n.value, nil) }
        }
    }
}
