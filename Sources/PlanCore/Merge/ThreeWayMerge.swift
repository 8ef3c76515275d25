/// Merges three versions of a JSON tree the way a workspace is shaped: objects member by member,
/// lists of records (objects with an `"id"`) record by record, other lists as collections whose
/// additions and removals on both sides are all kept.
///
/// The same place changed two ways is a conflict: "ours" is kept and the conflict recorded. A
/// record (or member) deleted on one side and changed on the other is kept, with a notice.
public struct ThreeWayMerge {
    /// Places changed two ways.
    public private(set) var conflicts: [MergeConflict] = []
    /// Things the merge decided that someone should know (a deletion that was not carried out).
    public private(set) var notices: [String] = []
    let oursBy: String?
    let theirsBy: String?
    let when: String

    /// A merge that signs its conflicts with who made each side (where known) and when.
    public init(oursBy: String?, theirsBy: String?, when: String) {
        self.oursBy = oursBy
        self.theirsBy = theirsBy
        self.when = when
    }

    /// The merged value at `path`; nil when the place ends up absent.
    public mutating func merge(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?,
                               path: JSONPath = JSONPath(), record: JSONValue? = nil) -> JSONValue? {
        switch (ours, theirs) {
        case (nil, nil): return nil
        case (let o?, let t?) where o.isSame(as: t): return o
        default: break
        }
        if same(base, ours) { return theirs }
        if same(base, theirs) { return ours }
        guard let ours, let theirs else {
            // Deleted on one side, changed on the other: keep the change.
            let kept = ours ?? theirs
            notices.append("\(describe(path, kept ?? .null)) was deleted on one side and changed on the other; "
                           + "the changed version is kept")
            return kept
        }
        switch (base, ours, theirs) {
        case (_, .object(let o), .object(let t)):
            if case .object(let b)? = base { return .object(mergeMembers(b, o, t, path, record)) }
            if base == nil { return .object(mergeMembers([], o, t, path, record)) }
        case (_, .array(let o), .array(let t)):
            var b: [JSONNode] = []
            if case .array(let items)? = base { b = items } else if base != nil { break }
            if ours.isRecordList || theirs.isRecordList || (base?.isRecordList ?? false) {
                if (o + t + b).allSatisfy({ $0.value.recordID != nil }) { return .array(mergeRecords(b, o, t, path)) }
            } else {
                return .array(ThreeWayMerge.mergeCollection(b, o, t))
            }
        default: break
        }
        conflicts.append(MergeConflict(path: path, record: record, base: base, ours: ours, theirs: theirs,
                                       oursBy: oursBy, theirsBy: theirsBy, when: when))
        return ours
    }

    private func same(_ a: JSONValue?, _ b: JSONValue?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return x.isSame(as: y)
        default: return false
        }
    }

    private mutating func mergeMembers(_ b: [JSONMember], _ o: [JSONMember], _ t: [JSONMember],
                                       _ path: JSONPath, _ record: JSONValue?) -> [JSONMember] {
        var bi: [String: JSONValue] = [:], ti: [String: JSONValue] = [:]
        for m in b { bi[m.key] = m.node.value }
        for m in t { ti[m.key] = m.node.value }
        var out: [JSONMember] = []
        var seen = Set<String>()
        for m in o {
            seen.insert(m.key)
            if let v = merge(base: bi[m.key], ours: m.node.value, theirs: ti[m.key], path: path.appending(.key(m.key)), record: record) {
                out.append(JSONMember(key: m.key, node: JSONNode(v)))
            }
        }
        for m in t where !seen.contains(m.key) {
            if let v = merge(base: bi[m.key], ours: nil, theirs: m.node.value, path: path.appending(.key(m.key)), record: record) {
                out.append(JSONMember(key: m.key, node: JSONNode(v)))
            }
        }
        return out
    }

    private mutating func mergeRecords(_ b: [JSONNode], _ o: [JSONNode], _ t: [JSONNode], _ path: JSONPath) -> [JSONNode] {
        var bi: [String: JSONValue] = [:], ti: [String: JSONValue] = [:]
        for n in b { if let id = n.value.recordID { bi[id] = n.value } }
        for n in t { if let id = n.value.recordID { ti[id] = n.value } }
        var out: [JSONNode] = []
        var position: [String: Int] = [:]
        for n in o {
            guard let id = n.value.recordID else { continue }
            let p = path.appending(.record(id))
            if let v = merge(base: bi[id], ours: n.value, theirs: ti[id], path: p, record: n.value) {
                position[id] = out.count
                out.append(JSONNode(v))
            }
        }
        // Records only "theirs" holds go after the record that precedes them there.
        var inserts: [(after: Int, node: JSONNode)] = []
        var previous = -1
        for n in t {
            guard let id = n.value.recordID else { continue }
            if let at = position[id] {
                previous = at
                continue
            }
            let p = path.appending(.record(id))
            if let v = merge(base: bi[id], ours: nil, theirs: n.value, path: p, record: n.value) {
                inserts.append((previous, JSONNode(v)))
            }
        }
        guard !inserts.isEmpty else { return out }
        var merged: [JSONNode] = []
        merged.reserveCapacity(out.count + inserts.count)
        var k = 0
        while k < inserts.count && inserts[k].after < 0 { merged.append(inserts[k].node); k += 1 }
        for (i, node) in out.enumerated() {
            merged.append(node)
            while k < inserts.count && inserts[k].after == i { merged.append(inserts[k].node); k += 1 }
        }
        while k < inserts.count { merged.append(inserts[k].node); k += 1 }
        return merged
    }

    /// A list without ids: what either side removed is removed, what either side added is added
    /// (once when both added the same), in "ours" order with "theirs" additions after.
    static func mergeCollection(_ b: [JSONNode], _ o: [JSONNode], _ t: [JSONNode]) -> [JSONNode] {
        func counts(_ items: [JSONNode]) -> [String: Int] {
            var c: [String: Int] = [:]
            for n in items { c[n.value.canonicalKey, default: 0] += 1 }
            return c
        }
        let cb = counts(b), ct = counts(t)
        var co = counts(o)
        var removeFromOurs: [String: Int] = [:]
        for (k, n) in cb where (ct[k] ?? 0) < n { removeFromOurs[k] = n - (ct[k] ?? 0) }
        var out: [JSONNode] = []
        for n in o {
            let k = n.value.canonicalKey
            if let r = removeFromOurs[k], r > 0 {
                removeFromOurs[k] = r - 1
                co[k, default: 0] -= 1
                continue
            }
            out.append(n)
        }
        var added: [String: Int] = [:]
        for n in t {
            let k = n.value.canonicalKey
            added[k, default: 0] += 1
            // Theirs added this copy when it has more than base, and ours does not hold it already.
            if added[k, default: 0] > (cb[k] ?? 0), added[k, default: 0] > (co[k] ?? 0) {
                out.append(n)
                co[k, default: 0] += 1
            }
        }
        return out
    }

    private func describe(_ path: JSONPath, _ v: JSONValue) -> String {
        if path.steps.last.map({ if case .record = $0 { return true } else { return false } }) == true {
            let kind = path.recordKind ?? "record"
            let ref = v.text("ref") ?? v.recordID ?? ""
            let title = v.text("title") ?? v.text("name") ?? ""
            return "\(kind) \(ref)" + (title.isEmpty ? "" : " “\(title)”")
        }
        return path.description
    }
}

extension JSONValue {
    /// Compact JSON with sorted keys: equal for equal data, whatever the member order.
    var canonicalKey: String {
        var out: [UInt8] = []
        canonical(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func canonical(into out: inout [UInt8]) {
        switch self {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, n) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                n.value.canonical(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (k, m) in JSONValue.sortedMembers(members).enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(m.key, into: &out)
                out.append(UInt8(ascii: ":"))
                m.node.value.canonical(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default: write(into: &out)
        }
    }
}
