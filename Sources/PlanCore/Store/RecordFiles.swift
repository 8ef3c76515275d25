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

    /// The file stem of each id, in order: the id with every byte other than a letter, digit, `-`
    /// or `_` written as `%XX` (an empty id is `%`); a repeated id gets `~2`, `~3`… so no two
    /// records share a file.
    public static func stems(for ids: [String]) -> [String] {
        var seen: [String: Int] = [:]
        var out: [String] = []
        out.reserveCapacity(ids.count)
        for id in ids {
            let base = stem(for: id)
            let n = (seen[base] ?? 0) + 1
            seen[base] = n
            out.append(n == 1 ? base : base + "~\(n)")
        }
        return out
    }

    /// The file stem of one id, without the mark of a repeat.
    static func stem(for id: String) -> String {
        if id.isEmpty { return "%" }
        var plain = true
        for b in id.utf8 where !isPlain(b) { plain = false; break }
        if plain { return id }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in id.utf8 {
            if isPlain(b) { out.append(b) } else { out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]] }
        }
        return String(decoding: out, as: UTF8.self)
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
