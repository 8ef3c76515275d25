/// The three-way merge over the texts of three versions: a subtree whose bytes are the same on
/// two sides is decided without being parsed, and its bytes are copied to the output, so merging
/// costs what the changes cost. Only places changed on both sides are parsed and handed to
/// `ThreeWayMerge`. The inputs are the store's pretty-printed files, so copied bytes sit at the
/// same depth, with the same indentation, as they did in their file.
struct ScannedMerge {
    /// A version of the file, and where a value of it lies.
    struct Place {
        let side: Int
        let range: Range<Int>
    }

    /// A merged value, to be written.
    indirect enum Result {
        case copy(Place)
        case value(JSONValue)
        case object([(key: String, value: Result)])
        case array([Result])
    }

    let docs: [JSONScan]
    var tree: ThreeWayMerge

    init(base: [UInt8], ours: [UInt8], theirs: [UInt8], when: String) {
        docs = [JSONScan(bytes: base), JSONScan(bytes: ours), JSONScan(bytes: theirs)]
        tree = ThreeWayMerge(oursBy: nil, theirsBy: nil, when: when)
    }

    private func same(_ a: Place?, _ b: Place?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return JSONScan.same(docs[x.side], x.range, docs[y.side], y.range)
        default: return false
        }
    }

    private func parsed(_ p: Place?) -> JSONValue? { p.map { docs[$0.side].value($0.range) } }

    private func opener(_ p: Place) -> UInt8 { docs[p.side].opener(p.range) }

    /// The merge of the values at three places (nil: absent in that version).
    mutating func merge(_ b: Place?, _ o: Place?, _ t: Place?, path: JSONPath, record: Place?) -> Result? {
        if let o, same(o, t) { return .copy(o) }
        if o == nil && t == nil { return nil }
        if same(b, o) { return t.map(Result.copy) }
        if same(b, t) { return o.map(Result.copy) }
        if let o, let t {
            let braces = [o, t] + (b.map { [$0] } ?? [])
            if braces.allSatisfy({ opener($0) == UInt8(ascii: "{") }) {
                return .object(mergeMembers(b, o, t, path: path, record: record))
            }
            if braces.allSatisfy({ opener($0) == UInt8(ascii: "[") }) {
                let lists = braces.map { p in docs[p.side].elements(p.range).map { (docs[p.side].recordID($0), Place(side: p.side, range: $0)) } }
                if lists.contains(where: { !$0.isEmpty }), lists.allSatisfy({ $0.allSatisfy { $0.0 != nil } }) {
                    func records(_ k: Int) -> [(id: String, place: Place)] { lists[k].compactMap { e in e.0.map { ($0, e.1) } } }
                    return .array(mergeRecords(b == nil ? [] : records(2), records(0), records(1), path: path))
                }
            }
        }
        let merged = tree.merge(base: parsed(b), ours: parsed(o), theirs: parsed(t), path: path, record: parsed(record))
        return merged.map(Result.value)
    }

    private mutating func mergeMembers(_ b: Place?, _ o: Place, _ t: Place, path: JSONPath, record: Place?) -> [(key: String, value: Result)] {
        func index(_ p: Place?) -> [String: Place] {
            guard let p else { return [:] }
            var out: [String: Place] = [:]
            for m in docs[p.side].members(p.range) { out[m.key] = Place(side: p.side, range: m.value) }
            return out
        }
        let om = docs[o.side].members(o.range), tm = docs[t.side].members(t.range)
        let bi = index(b)
        var oi: [String: Place] = [:], ti: [String: Place] = [:]
        for m in om { oi[m.key] = Place(side: o.side, range: m.value) }
        for m in tm { ti[m.key] = Place(side: t.side, range: m.value) }
        var keys = om.map(\.key)
        let seen = Set(keys)
        keys += tm.map(\.key).filter { !seen.contains($0) }
        var out: [(key: String, value: Result)] = []
        for key in keys where !(path.steps.isEmpty && key == FileMerge.conflictsKey) {
            if let v = merge(bi[key], oi[key], ti[key], path: path.appending(.key(key)), record: record) { out.append((key, v)) }
        }
        return out
    }

    private mutating func mergeRecords(_ base: [(id: String, place: Place)], _ ours: [(id: String, place: Place)],
                                       _ theirs: [(id: String, place: Place)], path: JSONPath) -> [Result] {
        var bi: [String: Place] = [:], ti: [String: Place] = [:]
        for e in base { bi[e.id] = e.place }
        for e in theirs { ti[e.id] = e.place }
        var out: [Result] = []
        var position: [String: Int] = [:]
        for e in ours {
            if let v = mergeRecord(bi[e.id], e.place, ti[e.id], path: path.appending(.record(e.id))) {
                position[e.id] = out.count
                out.append(v)
            }
        }
        var inserts: [(after: Int, value: Result)] = []
        var previous = -1
        for e in theirs {
            if let at = position[e.id] {
                previous = at
                continue
            }
            if let v = mergeRecord(bi[e.id], nil, e.place, path: path.appending(.record(e.id))) { inserts.append((previous, v)) }
        }
        guard !inserts.isEmpty else { return out }
        var merged: [Result] = []
        var k = 0
        while k < inserts.count && inserts[k].after < 0 { merged.append(inserts[k].value); k += 1 }
        for (i, v) in out.enumerated() {
            merged.append(v)
            while k < inserts.count && inserts[k].after == i { merged.append(inserts[k].value); k += 1 }
        }
        while k < inserts.count { merged.append(inserts[k].value); k += 1 }
        return merged
    }

    /// One record: deleted on one side and changed on the other is kept, with a notice.
    private mutating func mergeRecord(_ b: Place?, _ o: Place?, _ t: Place?, path: JSONPath) -> Result? {
        if let b, o == nil || t == nil, let kept = o ?? t, !same(b, kept) {
            return tree.merge(base: parsed(b), ours: parsed(o), theirs: parsed(t), path: path, record: parsed(kept)).map(Result.value)
        }
        return merge(b, o, t, path: path, record: o ?? t)
    }

    /// Writes `result` pretty-printed at `indent` (the store's layout: sorted keys, `"key" : value`).
    func write(_ result: Result, into out: inout [UInt8], indent: Int) {
        switch result {
        case .copy(let p): out.append(contentsOf: docs[p.side].bytes[p.range])
        case .value(let v): v.writePretty(into: &out, indent: indent)
        case .object(let members):
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            PrettyJSONLayout.object(sorted, key: \.key, into: &out, indent: indent) { m, out, inner in write(m.value, into: &out, indent: inner) }
        case .array(let items):
            PrettyJSONLayout.array(items, into: &out, indent: indent) { item, out, inner in write(item, into: &out, indent: inner) }
        }
    }
}
