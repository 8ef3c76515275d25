/// Writes a paper as Markdown (GitHub-flavoured tables).
public enum MarkdownPaper {
    /// The paper as Markdown text.
    public static func render(_ paper: Paper) -> String {
        var out = ""
        for block in CommitteeLayout.blocks(paper) {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(6, max(2, level))) + " " + inline(text) + "\n\n"
            case .paragraph(let text):
                out += text.split(separator: "\n", omittingEmptySubsequences: false).map { inline(String($0)) }
                    .joined(separator: "\n") + "\n\n"
            case .bullets(let items):
                out += items.map { "- " + inline($0) }.joined(separator: "\n") + "\n\n"
            case .table(let t):
                out += table(t)
            case .figure(let caption, let text):
                if !caption.isEmpty { out += "*\(inline(caption))*\n\n" }
                out += "```\n" + text + "\n```\n\n"
            case .facts(let facts):
                out += facts.map { "- **\(inline($0.label)):** \(inline($0.value))" }.joined(separator: "\n") + "\n\n"
            case .contents:
                out += paper.contents.map { "- " + inline($0) }.joined(separator: "\n") + "\n\n"
            case .pageBreak:
                out += "---\n\n"
            case .numbered(let items):
                out += items.enumerated().map { "\($0.offset + 1). " + inline($0.element) }.joined(separator: "\n") + "\n\n"
            case .cover(let facts):
                out += "| | |\n| --- | --- |\n" + facts.map { "| **\(cell($0.label))** | \(cell($0.value)) |" }.joined(separator: "\n") + "\n\n"
                out += "# \(inline(paper.title))\n\n" + paper.subtitle.map { "*\(inline($0))*  \n" }.joined()
                    + (paper.subtitle.isEmpty ? "" : "\n")
            }
        }
        return out
    }

    static func table(_ t: PaperTable) -> String {
        var out = t.caption.isEmpty ? "" : "*\(inline(t.caption))*\n\n"
        guard !t.header.isEmpty else { return out }
        out += "| " + t.header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + t.header.indices.map { t.rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for (r, row) in t.rows.enumerated() {
            let cells = t.header.indices.map { c -> String in
                let text = cell(c < row.count ? row[c] : "")
                if t.totalRows.contains(r) && !text.isEmpty { return "**\(text)**" }
                if t.cellClass(r, c) == "projected" && !text.isEmpty { return "*\(text)*" }
                return text
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    /// A table cell: pipes escaped, the lines of a cell joined with "; " (no raw HTML).
    static func cell(_ s: String) -> String {
        let lines = s.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        return inline(lines.joined(separator: "; ")).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text with Markdown's active characters at line starts and emphasis markers escaped.
    static func inline(_ s: String) -> String {
        var out = ""
        for ch in PaperText.clean(s) {
            switch ch {
            case "*", "_", "`", "\\", "<", ">", "[", "]": out.append("\\"); out.append(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
