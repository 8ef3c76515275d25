import Foundation
import ZIPFoundation

/// The parts of a Word document (Office Open XML, ECMA-376) and their packing into a ZIP
/// archive. The body, header and footer come from `DocxPaper`; styles from `DocxStyles`.
enum DocxPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRels = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRels = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        </Relationships>
        """

    /// Settings, in the element order the schema fixes (compat before themeFontLang): British
    /// English. No `updateFields`: Word would ask about updating fields on opening,
    /// and it updates PAGE and NUMPAGES in headers and footers by itself.
    static let settings = declaration + """
        <w:settings xmlns:w="\(wordNamespace)">\
        <w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
        w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>
        """

    /// The running header: the partnership and the paper's title.
    static func header(_ text: String) -> String {
        declaration + "<w:hdr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            + DocxXML.run(text) + "</w:p></w:hdr>"
    }

    /// The footer: "Page X of Y" from the PAGE and NUMPAGES fields.
    static let footer = declaration + "<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        + DocxXML.run("Page ") + "<w:fldSimple w:instr=\" PAGE \">" + DocxXML.run("1") + "</w:fldSimple>"
        + DocxXML.run(" of ") + "<w:fldSimple w:instr=\" NUMPAGES \">" + DocxXML.run("1") + "</w:fldSimple></w:p></w:ftr>"

    /// Core properties: the title and the partnership as the document's author.
    static func core(title: String, creator: String) -> String {
        declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(DocxXML.escape(title))</dc:title><dc:creator>\(DocxXML.escape(creator))</dc:creator>\
            <dc:language>en-GB</dc:language></cp:coreProperties>
            """
    }

    /// The archive's bytes: every part deflated, `[Content_Types].xml` first as the format asks.
    static func zip(_ parts: [(path: String, text: String)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in parts {
            let data = Data(part.text.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: Date(timeIntervalSince1970: 1_262_304_000),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ExportError("the Word document could not be packed") }
        return [UInt8](data)
    }
}

/// Escaping and small element builders for WordprocessingML.
enum DocxXML {
    /// Text for XML content and attributes: the paper's HTML escaping (&, <, >, "),
    /// with the two non-characters XML 1.0 forbids that it keeps dropped as well.
    static func escape(_ s: String) -> String {
        HTMLPaper.escape(String(s.filter { $0 != "\u{FFFE}" && $0 != "\u{FFFF}" }))
    }

    /// A run of text with optional run properties; line breaks become `w:br`.
    static func run(_ text: String, props: String = "") -> String {
        let rPr = props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>"
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
            "<w:r>\(rPr)\(i > 0 ? "<w:br/>" : "")<w:t xml:space=\"preserve\">\(escape(String(line)))</w:t></w:r>"
        }.joined()
    }

    /// A paragraph in `style` with extra paragraph properties placed after the style.
    static func paragraph(_ text: String, style: String? = nil, pPr: String = "", runProps: String = "") -> String {
        let props = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + pPr
        return "<w:p>" + (props.isEmpty ? "" : "<w:pPr>\(props)</w:pPr>") + run(text, props: runProps) + "</w:p>"
    }
}
