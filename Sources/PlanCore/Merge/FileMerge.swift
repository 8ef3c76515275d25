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
        public var version: String
        public var reason: String
        public var description: String { "\(version): \(reason)" }
    }

    /// The top-level member holding a file's unresolved conflicts.
    public static let conflictsKey = "conflicts"

    /// Merges three versions of a JSON file. An empty base (a file added on both sides) merges
    /// as if there was no common ancestor.
    /// `author` names who made a side's change to a conflicting field, where it can tell.
    public static func mergeJSON(base: [UInt8], ours: [UInt8], theirs: [UInt8], fileName: String, when: String,
                                 author: (MergeConflict, ConflictSide) -> String? = { _, _ in nil }) throws(Failure) -> Outcome {
        let b = try parse(base, "the common ancestor", allowEmpty: true)
        guard let o = try parse(ours, "ours", allowEmpty: false),
              let t = try parse(theirs, "theirs", allowEmpty: false) else {
            throw Failure(version: "ours", reason: "the file is empty")
        }
        var merge = ThreeWayMerge(oursBy: nil, theirsBy: nil, when: when)
        let existing = ThreeWayMerge.mergeCollection(conflictList(b), conflictList(o), conflictList(t))
        guard var merged = merge.merge(base: b.map(withoutConflicts), ours: withoutConflicts(o), theirs: withoutConflicts(t)) else {
            throw Failure(version: "ours", reason: "nothing is left after merging")
        }
        var found = merge.conflicts
        for k in found.indices {
            found[k].file = fileName
            found[k].oursBy = author(found[k], .ours)
            found[k].theirsBy = author(found[k], .theirs)
        }
        let all = existing + found.map { JSONNode($0.json) }
        if !all.isEmpty, case .object(var members) = merged {
            members.append(JSONMember(key: conflictsKey, node: JSONNode(.array(all))))
            merged = .object(members)
        }
        return Outcome(bytes: merged.prettyPrinted(), conflicts: found, notices: merge.notices)
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

    private static func parse(_ bytes: [UInt8], _ version: String, allowEmpty: Bool) throws(Failure) -> JSONValue? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            if allowEmpty { return nil }
            throw Failure(version: version, reason: "the file is empty")
        }
        do { return try JSONParser.parse(bytes).value } catch {
            let at = TextPosition(offset: error.offset, in: bytes)
            throw Failure(version: version, reason: "not valid JSON at \(at): \(error.message)")
        }
    }

    private static func conflictList(_ v: JSONValue?) -> [JSONNode] {
        if case .array(let items)? = v?[conflictsKey]?.value { return items }
        return []
    }

    private static func withoutConflicts(_ v: JSONValue) -> JSONValue {
        guard case .object(let members) = v else { return v }
        return .object(members.filter { $0.key != conflictsKey })
    }
}
