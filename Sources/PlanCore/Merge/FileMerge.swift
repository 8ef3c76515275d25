/// Three-way merges of workspace files: the JSON record files and the change log's JSON Lines.
public enum FileMerge {
    /// The result of merging one file.
    public struct Outcome: Sendable {
        /// The merged file's bytes, pretty-printed as the store writes them.
        public var bytes: [UInt8]
        /// Fields changed two ways (also listed in the file under `"conflicts"`).
        public var conflicts: [MergeConflict]
        /// Decisions worth reporting, e.g. a record deleted on one side and edited on the other.
        public var notices: [String]
    }

    /// A version that cannot be merged.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Which version: "ours", "theirs" or "the common ancestor".
        public var version: String
        /// Why it cannot be merged.
        public var reason: String
        /// `theirs: …`, the version and the reason.
        public var description: String { "\(version): \(reason)" }
    }

    /// The top-level member holding a file's unresolved conflicts.
    public static let conflictsKey = "conflicts"

    /// Merges three versions of a JSON file. An empty base (a file added on both sides) merges
    /// as if there was no common ancestor.
    /// `author` names who made a side's change to a conflicting field, where it can tell.
    public static func mergeJSON(base: [UInt8], ours: [UInt8], theirs: [UInt8], fileName: String, when: String,
                                 author: (MergeConflict, ConflictSide) -> String? = { _, _ in nil }) throws(Failure) -> Outcome {
        let hasBase = try check(base, "the common ancestor", allowEmpty: true)
        _ = try check(ours, "ours", allowEmpty: false)
        _ = try check(theirs, "theirs", allowEmpty: false)
        // One side's version is the answer: it only needs to be sound.
        if ours == theirs || (hasBase && base == theirs) || (hasBase && base == ours) {
            let (kept, version) = hasBase && base == ours && ours != theirs ? (theirs, "theirs") : (ours, "ours")
            let scan = JSONScan(bytes: kept)
            if let fault = scan.fault {
                let at = TextPosition(offset: fault.offset, in: kept)
                throw Failure(version: version, reason: "not valid JSON at \(at): \(fault.message)")
            }
            return Outcome(bytes: kept, conflicts: [], notices: [])
        }
        var merge = ScannedMerge(base: hasBase ? base : [], ours: ours, theirs: theirs, when: when)
        for (k, version) in ["the common ancestor", "ours", "theirs"].enumerated() where k > 0 || hasBase {
            if let fault = merge.docs[k].fault {
                let at = TextPosition(offset: fault.offset, in: merge.docs[k].bytes)
                throw Failure(version: version, reason: "not valid JSON at \(at): \(fault.message)")
            }
        }
        func root(_ side: Int, _ bytes: [UInt8]) -> ScannedMerge.Place {
            let scan = JSONScan(bytes: bytes)
            let start = scan.skipSpace(0)
            return ScannedMerge.Place(side: side, range: start..<scan.valueEnd(start))
        }
        let b = hasBase ? root(0, base) : nil, o = root(1, ours), t = root(2, theirs)
        guard let merged = merge.merge(b, o, t, path: JSONPath(), record: nil) else {
            throw Failure(version: "ours", reason: "nothing is left after merging")
        }
        var found = merge.tree.conflicts
        for k in found.indices {
            found[k].file = fileName
            found[k].oursBy = author(found[k], .ours)
            found[k].theirsBy = author(found[k], .theirs)
        }
        var out: [UInt8] = []
        out.reserveCapacity(max(ours.count, theirs.count) + 4096)
        if case .object(var members) = merged {
            let lists = [b, o, t].map { p in p.map { merge.docs[$0.side].members($0.range).first { $0.key == conflictsKey } } ?? nil }
            func conflicts(_ k: Int) -> [JSONNode] {
                guard let m = lists[k], let p = [b, o, t][k] else { return [] }
                if case .array(let items) = merge.docs[p.side].value(m.value) { return items }
                return []
            }
            let all = ThreeWayMerge.mergeCollection(conflicts(0), conflicts(1), conflicts(2)) + found.map { JSONNode($0.json) }
            if !all.isEmpty { members.append((conflictsKey, .value(.array(all)))) }
            merge.write(.object(members), into: &out, indent: 0)
        } else {
            merge.write(merged, into: &out, indent: 0)
        }
        out.append(0x0A)
        return Outcome(bytes: out, conflicts: found, notices: merge.tree.notices)
    }

    /// Merges three versions of a JSON Lines file by the union of their lines: every line of
    /// "ours" in order, then the lines only "theirs" has, in their order. A torn (unterminated)
    /// last line is dropped from each version.
    public static func mergeLines(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> [UInt8] {
        let mine = lines(ours)
        var seen = Set(mine)
        var out = mine
        for line in lines(theirs) where !seen.contains(line) {
            seen.insert(line)
            out.append(line)
        }
        var bytes: [UInt8] = []
        for line in out {
            bytes += line
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The complete, non-empty lines of a JSON Lines text.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if i > start { out.append(Array(bytes[start..<i])) }
            start = i + 1
        }
        return out
    }

    /// Checks that a version is not empty; false for an empty base.
    private static func check(_ bytes: [UInt8], _ version: String, allowEmpty: Bool) throws(Failure) -> Bool {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            if allowEmpty { return false }
            throw Failure(version: version, reason: "the file is empty")
        }
        return true
    }
}
