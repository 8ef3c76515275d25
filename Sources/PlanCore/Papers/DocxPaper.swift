/// Writes a paper as a Word document (Office Open XML): A4 with 2 cm margins, the partnership and
/// title as a running header, "Page X of Y" in the footer, real styles, tables whose header row
/// repeats and whose rows do not split, band and RAG cells shaded and worded, the org chart as a
/// figure that prints whole, and landscape sections for tables too wide for a portrait page.
public enum DocxPaper {
    /// Portrait A4 in twentieths of a point, with 2 cm (1134) margins.
    static let pageWidth = 11906, pageHeight = 16838, margin = 1134

    /// The document's bytes (a ZIP archive).
    public static func render(_ paper: Paper) throws -> [UInt8] {
        let running = paper.runningHeader
        return try DocxPackage.zip([
            ("[Content_Types].xml", DocxPackage.contentTypes),
            ("_rels/.rels", DocxPackage.packageRels),
            ("docProps/core.xml", DocxPackage.core(title: paper.title, creator: paper.partnership)),
            ("word/_rels/document.xml.rels", DocxPackage.documentRels),
            ("word/document.xml", document(paper)),
            ("word/styles.xml", DocxStyles.xml),
            ("word/settings.xml", DocxPackage.settings),
            ("word/header1.xml", DocxPackage.header(running)),
            ("word/footer1.xml", DocxPackage.footer),
        ])
    }

    /// A section's properties: header, footer, A4 in either orientation, 2 cm margins.
    static func sectPr(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"\(pageHeight)\" w:h=\"\(pageWidth)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
            + size + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" "
            + "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
    }

    static func document(_ paper: Paper) -> String {
        let blocks = CommitteeLayout.blocks(paper)
        let wide = CommitteeLayout.landscape(blocks)
        var body = ""
        var current = false
        var breakNext = false
        for (i, block) in blocks.enumerated() {
            if wide[i] != current {
                body += "<w:p><w:pPr>\(sectPr(landscape: current))</w:pPr></w:p>"
                current = wide[i]
                breakNext = false
            }
            if case .pageBreak = block {
                breakNext = true
                continue
            }
            body += xml(block, paper: paper, width: (current ? pageHeight : pageWidth) - 2 * margin, pageBreak: breakNext)
            breakNext = false
        }
        return DocxPackage.declaration + "<w:document xmlns:w=\"\(DocxPackage.wordNamespace)\" xmlns:r=\"\(DocxPackage.relNamespace)\">"
            + "<w:body>" + body + sectPr(landscape: current) + "</w:body></w:document>"
    }

    /// One block as WordprocessingML, `width` twips wide.
    static func xml(_ block: PaperBlock, paper: Paper, width: Int, pageBreak: Bool) -> String {
        let breakBefore = pageBreak ? "<w:pageBreakBefore/>" : ""
        let pageBreakParagraph = pageBreak ? "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" : ""
        switch block {
        case .heading(let level, let text):
            return DocxXML.paragraph(text, style: "Heading\(min(3, max(1, level - 1)))", pPr: breakBefore)
        case .paragraph(let text):
            return DocxXML.paragraph(text, pPr: breakBefore)
        case .bullets(let items):
            return items.map { DocxXML.paragraph("•\t" + $0, style: "ListParagraph") }.joined()
        case .numbered(let items):
            return items.enumerated().map { DocxXML.paragraph("\($0.offset + 1).\t" + $0.element, style: "ListParagraph") }.joined()
        case .contents:
            return DocxXML.paragraph("Contents", style: "Heading1")
                + paper.contents.map { DocxXML.paragraph($0, style: "ListParagraph") }.joined()
        case .facts(let facts):
            return facts.map { f in
                "<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>" + DocxXML.run(f.label + ": ", props: "<w:b/><w:bCs/>")
                    + DocxXML.run(f.value) + "</w:p>"
            }.joined()
        case .cover(let facts):
            let t = PaperTable(header: ["", ""], rows: facts.map { [$0.label, $0.value] })
            return pageBreakParagraph + table(t, width: width, headerRow: false, labelColumn: true)
                + DocxXML.paragraph(paper.title, style: "Title", pPr: "<w:spacing w:before=\"240\"/>")
                + paper.subtitle.map { DocxXML.paragraph($0, style: "Subtitle") }.joined()
        case .table(let t):
            guard !t.header.isEmpty else { return "" }
            return pageBreakParagraph + (t.caption.isEmpty ? "" : DocxXML.paragraph(t.caption, style: "Caption"))
                + table(t, width: width, headerRow: true, labelColumn: false)
        case .figure(let caption, let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                DocxXML.paragraph(String($0), style: "Figure")
            }.joined()
            // The caption goes above, kept with the figure, so it cannot be read as the next table's.
            return pageBreakParagraph + (caption.isEmpty ? "" : DocxXML.paragraph(caption, style: "Caption"))
                + "<w:tbl><w:tblPr><w:tblStyle w:val=\"PaperTable\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
                + borders + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" "
                + "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"\(width)\"/></w:tblGrid>"
                + "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                + lines + "</w:tc></w:tr></w:tbl>"
                + "<w:p/>"
        case .pageBreak:
            return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        }
    }

    static let borders = "<w:tblBorders><w:top \(DocxStyles.border)/><w:left \(DocxStyles.border)/><w:bottom \(DocxStyles.border)/>"
        + "<w:right \(DocxStyles.border)/><w:insideH \(DocxStyles.border)/><w:insideV \(DocxStyles.border)/></w:tblBorders>"

    /// The shading a cell class asks for: band and RAG colours (always beside the word).
    static func fill(_ cellClass: String?) -> String? {
        guard let cellClass else { return nil }
        for token in cellClass.split(separator: " ") {
            switch token {
            case "band-green", "rag-green": return "C8E6C9"
            case "band-yellow": return "FFF59D"
            case "band-amber", "rag-amber": return "FFCC80"
            case "band-red", "rag-red": return "EF9A9A"
            default: continue
            }
        }
        return nil
    }

    /// Column widths: each column gets its longest word (so no word breaks mid-way), and at
    /// least its header's longest word in bold (an empty column's "Owner" never wraps as
    /// "Owne r"), then the rest of the width goes in proportion to how much more its longest line
    /// wants. When the words do not all fit, the header words still do where the page allows.
    static func widths(_ t: PaperTable, total: Int) -> [Int] {
        let perChar = 100, padding = 200
        // Bold 9 pt runs wider than the body text's estimate; the cell margins take 216 twips.
        let headerPerChar = 125, headerPadding = 260
        func longestWord(_ text: String) -> Int {
            text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(\.count).max() ?? 0
        }
        let headerLeast = t.header.map { min(longestWord($0), 18) * headerPerChar + headerPadding }
        let wants = t.header.indices.map { c -> (least: Int, most: Int) in
            let texts = [t.header[c]] + t.rows.map { c < $0.count ? $0[c] : "" }
            let line = texts.flatMap { $0.split(separator: "\n") }.map(\.count).max() ?? 0
            let word = texts.map(longestWord).max() ?? 0
            let least = max(min(word, 18) * perChar + padding, headerLeast[c])
            return (least, max(least, max(4, min(line, 60)) * perChar + padding))
        }
        let least = wants.map(\.least).reduce(0, +)
        guard least < total else {
            let floor = headerLeast.reduce(0, +)
            guard floor < total, least > floor else { return wants.map { total * $0.least / max(1, least) } }
            // Each header word first, the rest shared as the longest words ask for it.
            return zip(wants, headerLeast).map { w, h in h + (total - floor) * (w.least - h) / (least - floor) }
        }
        let extra = wants.map { max(0, $0.most - $0.least) }
        let extraSum = extra.reduce(0, +)
        let spare = total - least
        return zip(wants, extra).map { w, e in
            w.least + (extraSum == 0 ? spare / max(1, wants.count) : spare * e / extraSum)
        }
    }

    /// A table: the header row repeats on each page, no row splits, a short table (and a
    /// total with the lines above it) is kept together.
    static func table(_ t: PaperTable, width: Int, headerRow: Bool, labelColumn: Bool) -> String {
        let cols = labelColumn ? [width / 4, width - width / 4] : widths(t, total: width)
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"PaperTable\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>" + borders
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"\(headerRow ? 1 : 0)\" w:lastRow=\"0\" "
            + "w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
            + cols.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let keepAll = t.rows.count <= 15
        let firstTotal = t.totalRows.min() ?? t.rows.count
        func cell(_ text: String, column: Int, fill: String?, bold: Bool, italic: Bool, keep: Bool) -> String {
            let shade = fill.map { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\($0)\"/>" } ?? ""
            let pPr = "<w:pStyle w:val=\"TableText\"/>" + (keep ? "<w:keepNext/>" : "")
                + (t.rightAligned.contains(column) && !labelColumn ? "<w:jc w:val=\"right\"/>" : "")
            let rPr = (bold ? "<w:b/><w:bCs/>" : "") + (italic ? "<w:i/><w:iCs/>" : "")
            let lines = text.isEmpty ? [""] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(cols[column])\" w:type=\"dxa\"/>\(shade)</w:tcPr>"
                + lines.map { "<w:p><w:pPr>\(pPr)</w:pPr>" + DocxXML.run($0, props: rPr) + "</w:p>" }.joined() + "</w:tc>"
        }
        if headerRow {
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                + t.header.indices.map { cell(t.header[$0], column: $0, fill: "E7E6E6", bold: true, italic: false, keep: true) }.joined()
                + "</w:tr>"
        }
        for (r, row) in t.rows.enumerated() {
            let keep = r < t.rows.count - 1 && (keepAll || r + 1 >= firstTotal)
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + t.header.indices.map { c in
                let text = c < row.count ? row[c] : ""
                let cls = t.cellClass(r, c)
                return cell(text, column: c, fill: labelColumn && c == 0 ? "E7E6E6" : fill(cls),
                            bold: t.totalRows.contains(r) || (labelColumn && c == 0) || fill(cls).map { $0 == "EF9A9A" } == true,
                            italic: cls == "projected", keep: keep)
            }.joined() + "</w:tr>"
        }
        return out + "</w:tbl>" + "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>"
    }
}
