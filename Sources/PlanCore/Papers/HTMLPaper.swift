/// Writes a paper as one self-contained HTML page that prints cleanly on A4.
public enum HTMLPaper {
    /// The paper as a complete HTML document, styles included.
    public static func render(_ paper: Paper) -> String {
        // The cover table comes first, then the title: LibreOffice's HTML import loses the first
        // block and adds a blank first page when a document opens with anything but a table.
        var body = ""
        var sectionOpen = false
        let blocks = CommitteeLayout.blocks(paper)
        let wide = CommitteeLayout.landscape(blocks)
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let text):
                if level == 2 {
                    if sectionOpen { body += "</section>\n" }
                    // A section holding a table too wide for portrait prints on landscape pages.
                    body += wide[i] ? "<section class=\"wide\">\n" : "<section>\n"
                    sectionOpen = true
                }
                let l = min(6, max(2, level))
                body += "<h\(l) id=\"\(anchor(text))\">\(escape(text))</h\(l)>\n"
            case .paragraph(let text):
                body += "<p>" + escape(text).replacingOccurrences(of: "\n", with: "<br>\n") + "</p>\n"
            case .bullets(let items):
                body += "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let t):
                body += table(t)
            case .figure(let caption, let text):
                body += "<figure>\n<pre>\(escape(text))</pre>\n"
                if !caption.isEmpty { body += "<figcaption>\(escape(caption))</figcaption>\n" }
                body += "</figure>\n"
            case .facts(let facts):
                body += "<dl>\n" + facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>\n" }.joined() + "</dl>\n"
            case .contents:
                body += "<nav><h2 class=\"contents\">Contents</h2>\n<ul>\n"
                    + paper.contents.map { "<li><a href=\"#\(anchor($0))\">\(escape($0))</a></li>\n" }.joined()
                    + "</ul></nav>\n"
            case .pageBreak:
                body += "<div class=\"page-break\"></div>\n"
            case .numbered(let items):
                body += "<ol class=\"recommendations\">\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ol>\n"
            case .cover(let facts):
                body += "<table class=\"cover\">\n<tbody>\n"
                    + facts.map { "<tr><th scope=\"row\">\(escape($0.label))</th><td>\(escape($0.value))</td></tr>\n" }.joined()
                    + "</tbody>\n</table>\n"
                body += "<header class=\"title\">\n<h1>\(escape(paper.title))</h1>\n"
                    + paper.subtitle.map { "<p class=\"subtitle\">\(escape($0))</p>\n" }.joined() + "</header>\n"
            }
        }
        if sectionOpen { body += "</section>\n" }
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>\(escape(paper.title))</title>
            <style>
            \(pageRules(paper))
            \(css)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func table(_ t: PaperTable) -> String {
        // A short table (the heat map, a total with its lines) is kept on one page.
        var out = t.rows.count <= 15 ? "<table class=\"whole\">\n" : "<table>\n"
        if !t.caption.isEmpty { out += "<caption>\(escape(t.caption))</caption>\n" }
        out += "<thead><tr>" + t.header.enumerated().map { c, h in
            "<th\(t.rightAligned.contains(c) ? " class=\"num\"" : "")>\(escape(h))</th>"
        }.joined() + "</tr></thead>\n<tbody>\n"
        for (r, row) in t.rows.enumerated() {
            out += t.totalRows.contains(r) ? "<tr class=\"total\">" : "<tr>"
            for c in t.header.indices {
                var classes: [String] = []
                if t.rightAligned.contains(c) { classes.append("num") }
                if let k = t.cellClass(r, c) { classes.append(k) }
                let text = escape(c < row.count ? row[c] : "").replacingOccurrences(of: "\n", with: "<br>")
                out += "<td\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(text)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in PaperText.clean(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    static func anchor(_ s: String) -> String {
        let words = s.lowercased().unicodeScalars.map { isAnchorCharacter($0) ? String($0) : " " }.joined()
        return words.split(separator: " ").joined(separator: "-")
    }

    static func isAnchorCharacter(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || ("0"..."9").contains(u) }

    /// The page box: A4 with 2 cm margins, the partnership and title as a running header, and
    /// "Page X of Y" at the foot (CSS paged media margin boxes with the page counters).
    static func pageRules(_ paper: Paper) -> String {
        let running = paper.runningHeader
        return """
            @page { size: A4; margin: 20mm;
              @top-left { content: "\(cssString(running))"; font: 8pt Arial, Helvetica, sans-serif; color: #333; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, Helvetica, sans-serif; }
            }
            @page wide { size: A4 landscape; }
            """
    }

    /// Text as the inside of a CSS string: quotes and backslashes escaped, no line breaks.
    static func cssString(_ s: String) -> String {
        var out = ""
        for ch in PaperText.clean(s) {
            switch ch {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += " "
            case "<": out += "\\3C "
            default: out.append(ch)
            }
        }
        return out
    }

    static let css = """
        body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4;
               color: #111; margin: 0; }
        h1 { font-size: 20pt; margin: 0 0 4pt; }
        h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #999; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
        h2 + *, h3 + * { break-before: avoid; page-break-before: avoid; }
        p { orphans: 3; widows: 3; }
        header.title { break-after: avoid; page-break-after: avoid; }
        table.cover { width: auto; min-width: 60%; font-size: 10.5pt; margin-top: 0; }
        table.cover th { text-align: left; background: #eee; width: 9em; }
        ol.recommendations li { margin-bottom: 3pt; }
        p.subtitle { margin: 0; color: #444; }
        header { margin-bottom: 12pt; }
        table { border-collapse: collapse; width: 99.5%; margin: 6pt 0 10pt; font-size: 9.5pt; }
        caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
        th, td { border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
        section.wide { page: wide; }
        table.whole { break-inside: avoid; page-break-inside: avoid; }
        th { background: #eee; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tr.total, tbody tr:last-child { break-before: avoid; page-break-before: avoid; }
        caption { break-after: avoid; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; border-top: 2px solid #666; }
        td.projected { font-style: italic; }
        td.band-green, td.rag-green { background: #c8e6c9; }
        td.band-yellow { background: #fff59d; }
        td.band-amber, td.rag-amber { background: #ffcc80; font-weight: bold; }
        td.band-red, td.rag-red { background: #ef9a9a; font-weight: bold; text-decoration: underline; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        td.cell { text-align: center; width: 12%; }
        figure { margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }
        pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; line-height: 1.15; white-space: pre;
              overflow: visible; }
        figcaption { font-style: italic; color: #444; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 2pt 10pt; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        nav ul { columns: 2; list-style: none; padding-left: 0; }
        .page-break { break-after: page; }
        @media print { a { color: inherit; text-decoration: none; } section { break-inside: auto; } }
        """
}

