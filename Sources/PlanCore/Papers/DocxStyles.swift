/// The styles part of a paper's Word document: Normal, Title, Subtitle, Heading 1–3 (kept with
/// the next paragraph), Caption, list and figure paragraphs, header and footer, and the "Paper
/// Table" table style (grid borders, a shaded header row that repeats, rows that do not split).
enum DocxStyles {
    static let sans = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
    static let mono = "<w:rFonts w:ascii=\"DejaVu Sans Mono\" w:hAnsi=\"DejaVu Sans Mono\" w:cs=\"DejaVu Sans Mono\"/>"

    static func paragraphStyle(_ id: String, _ name: String, basedOn: String? = "Normal", next: String? = nil,
                               pPr: String = "", rPr: String = "", extra: String = "") -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
            + extra + "<w:qFormat/>"
            + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
    }

    static func heading(_ level: Int, size: Int, before: Int) -> String {
        paragraphStyle("Heading\(level)", "heading \(level)", next: "Normal",
                       pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                       rPr: "<w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    static let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\""

    static let xml = DocxPackage.declaration + "<w:styles xmlns:w=\"\(DocxPackage.wordNamespace)\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr>\(sans)<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        + "<w:pPr><w:widowControl/></w:pPr></w:style>"
        + paragraphStyle("Title", "Title", next: "Subtitle", pPr: "<w:keepNext/><w:spacing w:after=\"60\"/>",
                         rPr: "<w:b/><w:bCs/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>")
        + paragraphStyle("Subtitle", "Subtitle", next: "Normal", pPr: "<w:keepNext/><w:spacing w:after=\"0\"/>",
                         rPr: "<w:color w:val=\"404040\"/>")
        + heading(1, size: 28, before: 360) + heading(2, size: 24, before: 240) + heading(3, size: 22, before: 200)
        + paragraphStyle("Caption", "caption", next: "Normal", pPr: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>",
                         rPr: "<w:b/><w:bCs/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>")
        + paragraphStyle("ListParagraph", "List Paragraph", pPr: "<w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>")
        + paragraphStyle("TableText", "Table Text", pPr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                         rPr: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        + paragraphStyle("Figure", "Figure", pPr: "<w:keepNext/><w:keepLines/><w:spacing w:after=\"0\" w:line=\"174\" w:lineRule=\"exact\"/>",
                         rPr: mono + "<w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>")
        + paragraphStyle("Header", "header", pPr: "<w:pBdr><w:bottom \(border)/></w:pBdr><w:spacing w:after=\"0\"/>",
                         rPr: "<w:color w:val=\"404040\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        + paragraphStyle("Footer", "footer", pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>",
                         rPr: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
        + "<w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "<w:style w:type=\"table\" w:styleId=\"PaperTable\"><w:name w:val=\"Paper Table\"/><w:basedOn w:val=\"TableNormal\"/>"
        + "<w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
        + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
        + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders><w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/>"
        + "<w:left w:w=\"80\" w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        + "<w:trPr><w:cantSplit/></w:trPr>"
        + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/></w:tcPr></w:tblStylePr></w:style>"
        + "</w:styles>"
}
