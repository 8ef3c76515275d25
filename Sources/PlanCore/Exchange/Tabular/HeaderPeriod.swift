/// A financial year written into a header, as councils head their columns: "Baseline (2025/26)",
/// "Baseline 2025/26", "Target (2026-2027)", "2025/26 baseline".
struct HeaderPeriod: Equatable {
    /// The header without its year, e.g. "Baseline".
    var stem: String
    var year: FinancialYear

    /// The header's stem and year; nil when it names no year at its end (in brackets or not) or
    /// at its start.
    init?(_ header: String) {
        var t = header.trimmingSpaces()
        if let close = t.last, close == ")" || close == "]", let open = t.lastIndex(where: { $0 == "(" || $0 == "[" }) {
            let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            guard let y = HeaderPeriod.year(inner) else { return nil }
            t = String(t[..<open])
            self.init(stem: t.trimmingSpaces(), year: y)
            return
        }
        let words = t.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        if let y = HeaderPeriod.year(words[words.count - 1]) {
            self.init(stem: words.dropLast().joined(separator: " "), year: y)
        } else if let y = HeaderPeriod.year(words[0]) {
            self.init(stem: words.dropFirst().joined(separator: " "), year: y)
        } else {
            return nil
        }
    }

    init(stem: String, year: FinancialYear) {
        self.stem = stem
        self.year = year
    }

    /// A financial year as headers write it: 2025/26, 2025-26, 2025/2026, 2025, FY2025/26.
    static func year(_ text: String) -> FinancialYear? {
        var t = text.trimmingSpaces()
        if t.lowercased().hasPrefix("fy") { t = String(t.dropFirst(2)).trimmingSpaces() }
        return FinancialYear(text: t)
    }

    /// The field an unmatched header with a year names: the field of that year ("Target 2026-2027"
    /// is the target for 2026-27, "Q1 (2026/27)" that quarter's actual), else a field that records the period of its value beside it (a
    /// field `baseline` with a field `baseline_period`). `lookup` is normalised header → field name.
    static func field(for header: String, lookup: [String: String], names: Set<String>) -> (field: String, period: FinancialYear?)? {
        guard let p = HeaderPeriod(header), !p.stem.isEmpty else { return nil }
        for written in [p.year.description, p.year.description.replacingAll("-", with: "/")] {
            if let f = lookup[FieldDescription.normalise(p.stem + " " + written)] ?? lookup[FieldDescription.normalise(written + " " + p.stem)] {
                return (f, nil)
            }
        }
        if let f = lookup[FieldDescription.normalise(p.stem)], names.contains(f + "_period") { return (f, p.year) }
        return nil
    }
}
