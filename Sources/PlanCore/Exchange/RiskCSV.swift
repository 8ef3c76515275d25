/// The risk register as CSV: one row per risk. Columns marked derived are written for readers and
/// ignored on import.
public enum RiskCSV {
    /// Column names in order, from the risk field catalogue.
    public static var header: [String] { RiskFields.all().map(\.name) }

    /// Columns computed from the others.
    public static var derived: Set<String> { Set(RiskFields.all().filter { $0.kind == .derived }.map(\.name)) }

    /// Mitigations as one line each: `description | action id | owner | due date`.
    static func mitigationLine(_ m: Mitigation) -> String {
        [m.description, m.action ?? "", m.owner, m.due?.iso ?? ""].joined(separator: " | ")
    }

    /// A mitigation from its line (`mitigationLine`'s form); nil without a description.
    static func parseMitigation(_ line: String) -> Mitigation? {
        // Split on the bytes: "|" is ASCII, and splitting by characters cost most of an import's rows.
        var contiguous = line
        let parts = contiguous.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            // Each part is trimmed on its bytes too: " | " around every part sent each through the
            // character-by-character trim, a seventh of an import's rows.
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "|") {
                var from = start, to = i
                while from < to && isSpace(bytes[from]) { from += 1 }
                while to > from && isSpace(bytes[to - 1]) { to -= 1 }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
                start = i + 1
            }
            return out
        }
        guard let d = parts.first, !d.isEmpty else { return nil }
        let action = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        let owner = parts.count > 2 ? parts[2] : ""
        let due = parts.count > 3 && !parts[3].isEmpty ? CellValues.plainDay(parts[3]) ?? Day(lenient: parts[3]) : nil
        return Mitigation(description: d, action: action, owner: owner, due: due)
    }

    /// The register as a CSV document: the catalogue's columns by name, dates as ISO.
    public static func export(_ register: RiskRegister, today: Day) -> String {
        TableExport.csv(RiskSchema(), Workspace(risks: register), today: today)
    }
}
