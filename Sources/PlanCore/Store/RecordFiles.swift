/// The parts of the plan that grow with the partnership — risks, indicators, action plans — are
/// kept as one file per record in a folder named after the part (`risks/R01.json`), so a save
/// writes only the records that changed and two people adding records never touch the same file.
/// The part's own file (`risks.json`) keeps everything else and, under `"recordFiles"`, the order
/// of the record files.
///
/// A record file is the part's document cut down to one record (`{"kind": "saferplan.risks",
/// "register": {"risks": [ … ]}, "schemaVersion": 1}`), so paths inside it — in merge conflicts,
/// the change log and migrations — are the same as in the single file.
extension WorkspaceFile {
    /// True for the parts kept as one file per record.
    public var hasRecordFiles: Bool { RecordFiles.parts.contains(self) }

    /// The folder beside the part's file that holds its record files, e.g. `risks`.
    public var recordFolder: String { rawValue }

    /// The record file of `stem`, relative to the workspace folder: `risks/R01.json`.
    public func recordPath(_ stem: String) -> String { recordFolder + "/" + stem + ".json" }

    /// The part a path relative to the workspace folder belongs to: its own file or one of its
    /// record files; nil for anything else.
    public static func owning(_ relativePath: String) -> WorkspaceFile? {
        if let file = allCases.first(where: { $0.fileName == relativePath }) { return file }
        guard let slash = relativePath.firstIndex(of: "/") else { return nil }
        let folder = String(relativePath[..<slash])
        let name = relativePath[relativePath.index(after: slash)...]
        guard name.hasSuffix(".json"), !name.hasPrefix("."), !name.contains("/") else { return nil }
        return RecordFiles.parts.first { $0.recordFolder == folder }
    }

    /// The steps from the top of the part's document to its list of records.
    var recordListPath: [JSONPathStep] {
        switch self {
        case .risks: [.key("register"), .key("risks")]
        case .indicators: [.key("indicators")]
        case .actions: [.key("actionPlans")]
        default: []
        }
    }
}

/// Naming record files.
public enum RecordFiles {
    /// The parts kept as one file per record.
    public static let parts: [WorkspaceFile] = [.actions, .indicators, .risks]

    /// The longest stem in bytes: with `.json`, a repeat mark and the temporary name of an atomic
    /// write (`.<name>.tmp-<pid>`) the name stays well under the 255 bytes file systems allow.
    static let maxStemBytes = 100

    /// The file stem of each id, in order: the id with every byte other than a letter, digit, `-`
    /// or `_` written as `%XX` (an empty id is `%`).
    ///
    /// No two stems are equal ignoring case, since a case-insensitive file system (macOS, a Windows
    /// share) would take them for one file: of ids whose stems differ only in case, the stem that
    /// sorts first byte by byte stays as it is and each other gets `~` and a hash of its id
    /// (``hashMark(of:)``), whatever order the ids come in. A stem longer than ``maxStemBytes`` is
    /// cut to a readable prefix with the hash mark. A repeated id gets `~2`, `~3`… so no two records
    /// share a file. `~` is never part of an escaped id, so a marked stem is never another id's.
    public static func stems(for ids: [String]) -> [String] {
        var out = ids.map(stem(for:))
        // Stems equal ignoring case, when they are not one id repeated.
        var firstOf: [String: Int] = [:]
        var clashes: [String: [Int]] = [:]
        firstOf.reserveCapacity(out.count)
        for (i, stem) in out.enumerated() {
            let key = folded(stem)
            if let j = firstOf[key] { clashes[key, default: [j]].append(i) } else { firstOf[key] = i }
        }
        for indices in clashes.values {
            guard let first = indices.map({ out[$0] }).min(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
            else { continue }
            for i in indices where out[i] != first { out[i] += hashMark(of: ids[i]) }
        }
        var seen: [String: Int] = [:]
        seen.reserveCapacity(out.count)
        for (i, stem) in out.enumerated() {
            let key = folded(stem)
            let n = (seen[key] ?? 0) + 1
            seen[key] = n
            if n > 1 { out[i] = stem + "~\(n)" }
        }
        return out
    }

    /// The file stem of one id, without the marks of a case twin or a repeat.
    static func stem(for id: String) -> String {
        if id.isEmpty { return "%" }
        var plain = true
        for b in id.utf8 where !isPlain(b) { plain = false; break }
        if plain && id.utf8.count <= maxStemBytes { return id }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        var cuts: [Int] = []  // where each character starts: a prefix never splits one nor its escapes
        for b in id.utf8 {
            if b & 0xC0 != 0x80 { cuts.append(out.count) }
            if isPlain(b) { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        guard out.count > maxStemBytes else { return String(decoding: out, as: UTF8.self) }
        let mark = hashMark(of: id)
        let room = maxStemBytes - mark.utf8.count
        let cut = cuts.last { $0 <= room } ?? 0
        return String(decoding: out[..<cut], as: UTF8.self) + mark
    }

    /// `~` and 12 hex digits of the FNV-1a 64 hash of the id's bytes: stable across machines and
    /// versions, so two clones name the same id alike.
    static func hashMark(of id: String) -> String {
        let hash = FileFingerprint(of: Array(id.utf8)).hash >> 16
        let hex = String(hash, radix: 16)
        return "~" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// A stem as a case-insensitive file system compares it (ASCII letters only: other bytes are escaped).
    private static func folded(_ stem: String) -> String {
        var plain = true
        for b in stem.utf8 where b >= 0x41 && b <= 0x5A { plain = false; break }
        if plain { return stem }
        return String(decoding: stem.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    private static func isPlain(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
    }

    /// The order records are read in: the record files the part's own file lists, in its order,
    /// then those it does not list (added since, e.g. by another clone) by name. So a record added
    /// at the end with an id that sorts last (a new unique id) needs no change to the list.
    public static func order(listed: [String], present: [String]) -> [String] {
        var left = Set(present)
        var out: [String] = []
        out.reserveCapacity(present.count)
        for stem in listed where left.remove(stem) != nil { out.append(stem) }
        return out + left.sorted()
    }

    /// True for the name of a record file (`R01.json`; not a hidden temporary file).
    public static func isRecordFileName(_ name: String) -> Bool { stem(ofName: name) != nil }

    /// The stem of a record file's name (`R01.json` → `R01`); nil for names that are not record files.
    static func stem(ofName name: String) -> String? {
        guard name.hasSuffix(".json"), !name.hasPrefix("."), name.count > 5 else { return nil }
        return String(name.dropLast(5))
    }
}
