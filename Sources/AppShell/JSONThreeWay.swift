import PlanCore

/// Merges two changed versions of a workspace file against the version both started from, value by
/// value: what only one side changed is taken from that side; objects are merged member by member
/// and lists of records by their `id`, so two people changing different fields (or different
/// records) both keep their change. Where both changed the same value differently, the result holds
/// "mine" and the place is reported as a conflict for the user to decide.
public enum JSONThreeWay {
    /// A value both sides changed differently.
    public struct Conflict: Equatable, Sendable {
        /// Where: record ids and member names, e.g. `risks › R01 › title`.
        public var path: [String]
        /// The value on this side, as JSON text.
        public var mine: String
        /// The value on the other side, as JSON text.
        public var theirs: String
    }

    /// The merged value and the conflicts left in it.
    public static func merge(base: JSONValue?, mine: JSONValue, theirs: JSONValue) -> (JSONValue, [Conflict]) {
        var conflicts: [Conflict] = []
        let merged = merge(base, mine, theirs, path: [], &conflicts)
        return (merged, conflicts)
    }

    static func merge(_ base: JSONValue?, _ mine: JSONValue, _ theirs: JSONValue, path: [String],
                      _ conflicts: inout [Conflict]) -> JSONValue {
        if same(mine, theirs) { return mine }
        if let base, same(base, mine) { return theirs }
        if let base, same(base, theirs) { return mine }
        switch (mine, theirs) {
        case (.object(let m), .object(let t)):
            var b: [JSONMember] = []
            if case .object(let bm)? = base { b = bm }
            return .object(mergeMembers(b, m, t, path: path, &conflicts))
        case (.array(let m), .array(let t)):
            var b: [JSONNode] = []
            if case .array(let bn)? = base { b = bn }
            if let merged = mergeRecords(b, m, t, path: path, &conflicts) { return .array(merged) }
        default:
            break
        }
        conflicts.append(Conflict(path: path, mine: shortText(mine), theirs: shortText(theirs)))
        return mine
    }

    static func mergeMembers(_ base: [JSONMember], _ mine: [JSONMember], _ theirs: [JSONMember], path: [String],
                             _ conflicts: inout [Conflict]) -> [JSONMember] {
        func find(_ list: [JSONMember], _ key: String) -> JSONValue? { list.first { $0.key == key }?.node.value }
        var keys = mine.map(\.key)
        for member in theirs where !keys.contains(member.key) { keys.append(member.key) }
        var out: [JSONMember] = []
        for key in keys {
            let b = find(base, key), m = find(mine, key), t = find(theirs, key)
            if let value = mergeOptional(b, m, t, path: path + [key], &conflicts) {
                out.append(JSONMember(key: key, node: JSONNode(value)))
            }
        }
        return out
    }

    /// Lists whose items are all objects with a string `id`, merged record by record; nil for other lists.
    static func mergeRecords(_ base: [JSONNode], _ mine: [JSONNode], _ theirs: [JSONNode], path: [String],
                             _ conflicts: inout [Conflict]) -> [JSONNode]? {
        guard let b = ids(base), let m = ids(mine), let t = ids(theirs) else { return nil }
        var order = m.map(\.id)
        for item in t where !order.contains(item.id) { order.append(item.id) }
        var out: [JSONNode] = []
        for id in order {
            let bv = b.first { $0.id == id }?.value, mv = m.first { $0.id == id }?.value, tv = t.first { $0.id == id }?.value
            if let value = mergeOptional(bv, mv, tv, path: path + [id], &conflicts) { out.append(JSONNode(value)) }
        }
        return out
    }

    /// A member or record that may be missing on a side: added, removed, or changed.
    static func mergeOptional(_ b: JSONValue?, _ m: JSONValue?, _ t: JSONValue?, path: [String],
                              _ conflicts: inout [Conflict]) -> JSONValue? {
        switch (m, t) {
        case (let m?, let t?): return merge(b, m, t, path: path, &conflicts)
        case (nil, nil): return nil
        case (let m?, nil):
            // Removed on disk: gone, unless mine changed it too.
            guard let b else { return m }
            if same(b, m) { return nil }
            conflicts.append(Conflict(path: path, mine: shortText(m), theirs: "(removed)"))
            return m
        case (nil, let t?):
            guard let b else { return t }
            if same(b, t) { return nil }
            conflicts.append(Conflict(path: path, mine: "(removed)", theirs: shortText(t)))
            return nil
        }
    }

    static func ids(_ nodes: [JSONNode]) -> [(id: String, value: JSONValue)]? {
        var out: [(id: String, value: JSONValue)] = []
        for node in nodes {
            guard case .string(let id)? = node.value["id"]?.value else { return nil }
            out.append((id, node.value))
        }
        return out
    }

    /// Equal values, wherever they stood in their files.
    public static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0.value, $1.value) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && same($0.node.value, $1.node.value) }
        default: return false
        }
    }

    /// A value as a short line of text for the user to compare.
    static func shortText(_ v: JSONValue) -> String {
        switch v {
        case .null: return "(empty)"
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return LongTextPrefix.cut(s)
        case .array(let a): return "(a list of \(a.count))"
        case .object(let o): return o.first { $0.key == "title" || $0.key == "name" }
            .flatMap { if case .string(let s) = $0.node.value { return LongTextPrefix.cut(s) } else { return nil } } ?? "(a record)"
        }
    }
}

/// The first line of a text, cut to a length that fits a dialog.
enum LongTextPrefix {
    static func cut(_ s: String, _ limit: Int = 60) -> String {
        let line = s.prefix { $0 != "\n" }
        return line.count > limit || line.endIndex != s.endIndex ? String(line.prefix(limit)) + "…" : String(line)
    }
}
