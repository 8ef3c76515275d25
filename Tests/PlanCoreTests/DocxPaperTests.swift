import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import PlanCore

/// The parts of a Word document, unzipped, each checked to be well-formed XML.
struct UnzippedDocx {
    var parts: [String: String] = [:]

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
    }

    subscript(_ path: String) -> String { parts[path] ?? "" }

    /// Whether every part parses as XML.
    var wellFormed: [String: Bool] {
        parts.mapValues { XMLParser(data: Data($0.utf8)).parse() }
    }
}

/// The pages of a PDF: its page objects ("/Type/Page", not "/Type/Pages").
func pageCount(_ pdf: [UInt8]) -> Int {
    let text = String(decoding: pdf, as: UTF8.self).replacingOccurrences(of: "/Type /Page", with: "/Type/Page")
    return text.components(separatedBy: "/Type/Page").dropFirst().filter { !$0.hasPrefix("s") }.count
}

/// A program on PATH, or nil.
func onPath(_ name: String) -> String? {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

@Suite("Word papers")
struct DocxPaperTests {
    let today = day("2009-11-16")
    let cover = PaperCoverFields(meeting: "Safer Communities Executive Board", date: day("2009-12-10"),
                                 author: "Claire Kowalska", role: "Community Safety Strategic Manager")

    func docx(_ subject: ExportSubject, _ ws: Workspace = DemoWorkspaces.haringey, summary: Bool = false) throws -> UnzippedDocx {
        try UnzippedDocx(Papers.file(subject, format: .docx, of: ws, options: PaperOptions(summary: summary, today: today, cover: cover)))
    }

    @Test func thePackageHoldsEveryPartAndEachParses() throws {
        let d = try docx(.risks)
        #expect(Set(d.parts.keys) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
                                      "word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml"])
        #expect(d.wellFormed.values.allSatisfy { $0 }, "\(d.wellFormed.filter { !$0.value }.keys)")
    }

    @Test func stylesAreRealStyles() throws {
        let styles = try docx(.plan)["word/styles.xml"]
        for id in ["Normal", "Title", "Heading1", "Heading2", "Heading3", "Caption", "PaperTable"] {
            #expect(styles.contains("w:styleId=\"\(id)\""), "no style \(id)")
        }
        #expect(styles.contains("<w:style w:type=\"table\" w:styleId=\"PaperTable\">"))
        #expect(styles.contains("<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>"))
    }

    @Test func pagesAreA4WithMarginsRunningHeaderAndPageXOfY() throws {
        let d = try docx(.risks)
        let doc = d["word/document.xml"]
        #expect(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""))
        // The register (ten columns) is set on a landscape page.
        #expect(doc.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(d["word/footer1.xml"].contains("<w:fldSimple w:instr=\" PAGE \">"))
        #expect(d["word/footer1.xml"].contains("<w:fldSimple w:instr=\" NUMPAGES \">"))
        #expect(d["word/header1.xml"].contains("Haringey Safer Communities Partnership — Risk register: report to the board"))
        // A title that names the partnership is not preceded by the name again.
        let plan = try docx(.plan, DemoWorkspaces.herefordshire)["word/header1.xml"]
        #expect(plan.contains(">Herefordshire Community Safety and Drugs Partnership – Partnership Plan 2008–2011<"))
    }

    @Test func tablesRepeatTheirHeaderAndRowsDoNotSplit() throws {
        let doc = try docx(.actions)["word/document.xml"]
        let tables = doc.components(separatedBy: "<w:tbl>").count - 1
        #expect(tables > 5)
        #expect(doc.components(separatedBy: "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>").count - 1 >= tables - 1)
        #expect(!doc.contains("<w:tr><w:tc>"), "a row without row properties")
    }

    @Test func coverFieldsAndSectionsAreInTheDocument() throws {
        let doc = try docx(.governance)["word/document.xml"]
        for text in ["Meeting", "Safer Communities Executive Board", "10 December 2009", "Claire Kowalska, Community Safety Strategic Manager",
                     "London Borough of Haringey", "For decision", "1. Purpose", "2. Recommendation", ". Implications", ". Appendices"] {
            #expect(doc.contains(">\(text)<") || doc.contains(text), "missing \(text)")
        }
        #expect(doc.contains("<w:pStyle w:val=\"Title\"/>"))
    }

    @Test func bandsAreShadedAndWorded() throws {
        let doc = try docx(.risks)["word/document.xml"]
        #expect(doc.contains("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EF9A9A\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>"))
        #expect(doc.contains(">16 Very high *<"))
        // The heat map's cells name their band.
        #expect(doc.contains(">Very high<") && doc.contains(">1 risk: R03<"))
    }

    @Test func theOrgChartIsOneFigureThatDoesNotSplit() throws {
        let doc = try docx(.governance, DemoWorkspaces.spelthorne)["word/document.xml"]
        #expect(doc.contains("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"9638\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Figure\"/>"))
        #expect(doc.contains("│ Board │"))
        // Names are whole in their boxes, not cut with an ellipsis.
        #expect(!doc.contains("…"))
        #expect(doc.contains("Reassurance Working"))
    }

    @Test func everyPaperOfEveryWorkspaceIsAWellFormedDocument() throws {
        for (name, ws) in try everyWorkspace() {
            for subject in ExportSubject.allCases where subject.hasPaper {
                let d = try docx(subject, ws)
                #expect(d.wellFormed.values.allSatisfy { $0 }, "\(name) \(subject)")
                #expect(d["word/document.xml"].contains("Purpose"), "\(name) \(subject)")
            }
            let summary = try docx(.plan, ws, summary: true)
            #expect(summary.wellFormed.values.allSatisfy { $0 }, "\(name) summary")
        }
    }

    @Test func hostileTextStaysText() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks[0].title = "</w:t></w:r><w:p> & \"quoted\" 'single' \u{0}\u{1B}[31m\u{7F}\u{85} ✓ שלום 🚓"
        ws.partnership.name = "A & B <Partnership>"
        let d = try docx(.risks, ws)
        #expect(d.wellFormed.values.allSatisfy { $0 }, "\(d.wellFormed.filter { !$0.value }.keys)")
        #expect(d["word/document.xml"].contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:p&gt; &amp; &quot;quoted&quot; 'single' [31m ✓ שלום 🚓"))
        #expect(d["word/header1.xml"].contains("A &amp; B &lt;Partnership&gt; — Risk register"))
    }

    @Test func pdfWithoutAConverterNamesWhatToInstall() {
        #expect(PDFConverter.find(path: "/nonexistent") == nil)
        #expect(PDFConverter.installHint.contains("libreoffice-writer-nogui"))
        #expect(PDFConverter.installHint.contains("chromium"))
    }

    /// LibreOffice opens every paper without repair and prints it; an empty register's brief is one page.
    @Test(.enabled(if: onPath("soffice") != nil))
    func libreOfficeConvertsEveryPaperToPDF() throws {
        let soffice = try #require(onPath("soffice"))
        let papers: [(String, Workspace, ExportSubject)] = [("risks", DemoWorkspaces.haringey, .risks),
                                                           ("governance", DemoWorkspaces.haringey, .governance),
                                                           ("empty-risks", try emptyWorkspace(), .risks)]
        for (name, ws, subject) in papers {
            let paper = try Papers.paper(subject, of: ws, options: PaperOptions(today: today, cover: cover))
            let pdf = try PDFConverter.convert(paper, with: .libreOffice(soffice))
            #expect(pdf.starts(with: Array("%PDF".utf8)), "\(name)")
            // The html too, through LibreOffice's own html import: no blank first page.
            if name == "empty-risks" {
                let tmp = TempFolder()
                try HTMLPaper.render(paper).write(toFile: tmp.file("brief.html"), atomically: true, encoding: .utf8)
                try PDFConverter.run(soffice, ["-env:UserInstallation=file://" + tmp.file("profile"), "--headless",
                                               "--convert-to", "pdf", "--outdir", tmp.path, tmp.file("brief.html")], name: "LibreOffice")
                #expect(FileManager.default.fileExists(atPath: tmp.file("brief.pdf")))
                if let pdftotext = onPath("pdftotext") {
                    try PDFConverter.run(pdftotext, ["-f", "1", "-l", "1", tmp.file("brief.pdf"), tmp.file("page1.txt")], name: "pdftotext")
                    #expect(try tmp.read("page1.txt").contains("Meeting"), "the first page of the html's PDF is blank")
                }
            }
            if name == "empty-risks" {
                #expect(pageCount(pdf) == 1)
            } else {
                #expect(pageCount(pdf) > 1)
            }
        }
    }
}
