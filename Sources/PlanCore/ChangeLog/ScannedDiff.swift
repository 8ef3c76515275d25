/// The change log's diff over the texts of two versions of a file: subtrees whose bytes are the
/// same are skipped without being parsed; only records (and other places) that differ are parsed
/// and compared by `ChangeDiff`. A save costs what its change costs, not what the file weighs.
struct ScannedDiff {
    let old: JSONScan
    let new: JSONScan
    private(set) var found: [ChangeDiff.Found] = []

    /// The changes from `before` to `after`, as `ChangeDiff.changes` finds them.
    static func changes(from before: [UInt8]?, to after: [UInt8]?) -> [ChangeDiff.Found] {
        var d = ScannedDiff(old: JSONScan(bytes: before ?? []), new: JSONScan(bytes: after ?? []))
        let x = before == nil || d.old.fault != nil ? nil : d.root(d.old)
        let y = after == nil || d.new.fault != nil ? nil : d.root(d.new)
        if (before != nil && x == nil) || (after != nil && y == nil) {
            // A version that is not sound JSON is compared as a whole, as far as it parses.
            return ChangeDiff.changes(from: before.flatMap { try? JSONParser.parse($0).value },
                                      to: after.flatMap { try? JSONParser.parse($0).value })
        }
        d.walk(x, y, path: JSONPath())
        return d.found
    }

    private func root(_ s: JSONScan) -> Range<Int>? {
        let start = s.skipSpace(0)
        guard start < s.bytes.count else { return nil }
        return start..<s.valueEnd(start)
    }

    private mutating func walk(_ x: Range<Int>?, _ y: Range<Int>?, path: JSONPath) {
        if let x, let y, JSONScan.same(old, x, new, y) { return }
        if let x, let y, old.opener(x) == UInt8(ascii: "{"), new.opener(y) == UInt8(ascii: "{") {
            var xi: [String: Range<Int>] = [:]
            for m in old.members(x) { xi[m.key] = m.value }
            var seen = Set<String>()
            for m in new.members(y) {
                seen.insert(m.key)
                walk(xi[m.key], m.value, path: path.appending(.key(m.key)))
            }
            for m in old.members(x) where !seen.contains(m.key) { walk(m.value, nil, path: path.appending(.key(m.key))) }
            return
        }
        if let x, let y, old.opener(x) == UInt8(ascii: "["), new.opener(y) == UInt8(ascii: "[") {
            let ex = old.elements(x).map { (old.recordID($0), $0) }
            let ey = new.elements(y).map { (new.recordID($0), $0) }
            if !(ex.isEmpty && ey.isEmpty), ex.allSatisfy({ $0.0 != nil }), ey.allSatisfy({ $0.0 != nil }) {
                var xi: [String: Range<Int>] = [:]
                for e in ex { if let id = e.0 { xi[id] = e.1 } }
                var yi: [String: Range<Int>] = [:]
                for e in ey { if let id = e.0 { yi[id] = e.1 } }
                // Only the records that differ are parsed; the diff sees just those.
                let changedOld = ex.filter { e in e.0.flatMap { yi[$0] }.map { !JSONScan.same(old, e.1, new, $0) } ?? true }
                let changedNew = ey.filter { e in e.0.flatMap { xi[$0] }.map { !JSONScan.same(old, $0, new, e.1) } ?? true }
                // Many records (an import's) are parsed on two threads.
                let (before, after) = (old, new)
                found += ChangeDiff.changes(from: .array(ParallelResults.inHalves(changedOld.map(\.1), from: 256) { JSONNode(before.value($0)) }),
                                            to: .array(ParallelResults.inHalves(changedNew.map(\.1), from: 256) { JSONNode(after.value($0)) }),
                                            at: path)
                return
            }
        }
        found += ChangeDiff.changes(from: x.map(old.value), to: y.map(new.value), at: path)
    }
}
