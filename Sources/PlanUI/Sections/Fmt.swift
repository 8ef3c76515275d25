import PlanCore

/// Formatting shared by the section views.
enum Fmt {
    static func day(_ d: Day?) -> String { d?.display ?? "—" }
    static func short(_ d: Day?) -> String { d?.iso ?? "" }

    /// `3×4=12`.
    static func score(_ s: RiskScore) -> String { "\(s.likelihood)×\(s.impact)=\(s.value)" }

    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    static func number(_ v: Double?) -> String { v.map(NumberFormat.grouped) ?? "—" }

    /// A role for a band's colour name.
    static func bandRole(_ register: RiskRegister, _ score: RiskScore?) -> Role {
        guard let score else { return .dim }
        return Role.band(register.matrix.band(for: score)?.colour ?? "")
    }

    /// A score's value, or a dash for a risk not yet scored.
    static func score(_ score: RiskScore?) -> String { score.map { "\($0.value)" } ?? "—" }

    /// A sparkline of values, one block per value scaled between the smallest and largest.
    static func sparkline(_ values: [Double], glyphs: Glyphs) -> String {
        guard let lo = values.min(), let hi = values.max() else { return "" }
        let blocks = glyphs.blocks
        return String(values.map { v -> Character in
            let k = hi == lo ? blocks.count / 2 : Int(((v - lo) / (hi - lo) * Double(blocks.count - 1)).rounded())
            return blocks[max(0, min(blocks.count - 1, k))]
        })
    }

    static func ragSpan(_ rag: RAG?) -> Span {
        guard let rag else { return Span("—", .dim) }
        return Span(rag.label, Role.rag(rag.rawValue))
    }
}

/// Builds detail lines: headings, labelled values, paragraphs, item lists.
struct DetailBuilder {
    var lines: [DetailLine] = []

    mutating func heading(_ text: String) {
        if !lines.isEmpty { lines.append(.blank) }
        lines.append(DetailLine(text, .heading))
    }

    mutating func field(_ label: String, _ value: String, role: Role = .normal, ref: RecordRef? = nil) {
        lines.append(DetailLine([Span(label + ": ", .label), Span(value.isEmpty ? "—" : value, value.isEmpty ? .dim : role)],
                                ref: ref, indent: 2))
    }

    mutating func paragraph(_ text: String, empty: String = "(not written yet)", ref: RecordRef? = nil) {
        if text.trimmingSpaces().isEmpty {
            lines.append(DetailLine(empty, .dim, ref: ref))
        } else {
            for p in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(DetailLine(String(p), .normal, ref: ref))
            }
        }
    }

    mutating func item(_ spans: [Span], ref: RecordRef? = nil, jump: PlanLocation? = nil, bullet: String = "• ") {
        lines.append(DetailLine([Span(bullet, .dim)] + spans, ref: ref, jump: jump, indent: 2))
    }

    mutating func add(_ label: String, _ target: AddTarget) {
        lines.append(DetailLine([Span("+ " + label, .link)], add: target, indent: 2))
    }

    mutating func line(_ line: DetailLine) { lines.append(line) }
    mutating func text(_ text: String, _ role: Role = .normal) { lines.append(DetailLine(text, role)) }
}
