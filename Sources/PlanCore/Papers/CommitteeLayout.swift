/// Lays a paper out in the committee-report shape of the seeds: the cover (meeting, date, title,
/// report of, wards, status), then numbered sections Purpose, Recommendations, Background, the
/// body, Implications and Appendices, then the appendices themselves. Markdown, HTML and Word
/// all render these blocks, so the three carry the same shape.
public enum CommitteeLayout {
    /// Where a missing cover field is added, named in the sentence that says it is missing.
    static func missing(_ option: String, _ key: String) -> String {
        "Not recorded: add it with \(option) or as \"\(key)\" in \(PaperConfig.fileName)"
    }

    /// The cover as label and value pairs, with missing fields said to be missing.
    public static func cover(_ p: Paper) -> [PaperFact] {
        let c = p.cover
        let reportOf = [c.author, c.role].compactMap { $0 }.joined(separator: ", ")
        return [
            PaperFact("Meeting", c.meeting ?? missing("--meeting", "meeting")),
            PaperFact("Date", c.date.map(PaperDate.long) ?? missing("--date", "date")),
            PaperFact("Title", p.title),
            PaperFact("Report of", reportOf.isEmpty ? missing("--author", "author") : reportOf),
            PaperFact("Wards / area", c.wards ?? missing("--wards", "wards")),
            PaperFact("Status", (c.status ?? p.framing.status).label),
        ]
    }

    /// "the Board", "Cabinet", "the meeting": the body a recommendation addresses.
    static func addressee(_ meeting: String?) -> String {
        guard let m = meeting?.trimmingSpaces(), !m.isEmpty else { return "the meeting" }
        if m.lowercased().hasPrefix("the ") || !m.contains(" ") { return m }
        return "the " + m
    }

    /// Every block of the paper in print order.
    public static func blocks(_ p: Paper) -> [PaperBlock] {
        var out: [PaperBlock] = [.cover(cover(p))]
        let body = p.blocks.filter { $0 != .contents }
        if p.blocks.contains(.contents) { out.append(.contents) }
        var n = 0
        func section(_ title: String) -> PaperBlock {
            n += 1
            return .heading(2, "\(n). \(title)")
        }
        out.append(section("Purpose"))
        out += p.framing.purpose.map { .paragraph($0) }
        let recommendations = p.framing.recommendations[p.cover.status ?? p.framing.status] ?? []
        if !recommendations.isEmpty {
            out.append(section(Plural.count(recommendations.count, "Recommendation", showing: false)))
            let who = addressee(p.cover.meeting)
            out.append(.numbered(recommendations.map { "That \(who) \($0)" }))
        }
        if !p.framing.background.isEmpty {
            out.append(section("Background"))
            out += p.framing.background.map { .paragraph($0) }
        }
        for block in body {
            if case .heading(2, let text) = block { out.append(section(text)) } else { out.append(block) }
        }
        out.append(section("Implications"))
        out.append(.facts(ImplicationKind.allCases.map { kind in
            PaperFact(kind.label, p.cover.implications[kind] ?? p.framing.implications[kind]
                      ?? "Not stated: the author adds it as \"implications.\(kind.rawValue)\" in \(PaperConfig.fileName)")
        }))
        out.append(section("Appendices"))
        if p.appendices.isEmpty {
            out.append(.paragraph("None."))
        } else {
            out.append(.bullets(p.appendices.enumerated().map { "Appendix \($0.offset + 1): \($0.element.title)" }))
        }
        for (i, a) in p.appendices.enumerated() {
            out.append(.pageBreak)
            out.append(.heading(2, "Appendix \(i + 1): \(a.title)"))
            out += a.blocks
        }
        return out
    }

    /// Tables with this many columns or more go on a landscape page.
    static let landscapeColumns = 7

    /// Whether each block goes on a landscape page: every block of a numbered section (from one
    /// level-2 heading to the next) that holds a wide table, so a section turns the page once.
    static func landscape(_ blocks: [PaperBlock]) -> [Bool] {
        var flags = Array(repeating: false, count: blocks.count)
        var start = 0
        func close(_ end: Int) {
            let wide = blocks[start..<end].contains { block in
                if case .table(let t) = block { return t.header.count >= landscapeColumns }
                return false
            }
            if wide { for k in start..<end { flags[k] = true } }
        }
        for (i, block) in blocks.enumerated() {
            if case .heading(2, _) = block {
                close(i)
                start = i
            }
        }
        close(blocks.count)
        return flags
    }
}
