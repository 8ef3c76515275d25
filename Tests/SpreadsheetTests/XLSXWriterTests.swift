import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheet

/// Workbooks written by SaferPlan: what they hold, and that they read back as written.
struct XLSXWriterTests {
    let sheet = SheetOutput(name: "Risks", columns: [
        SheetColumn("Ref", width: 6), SheetColumn("Risk", width: 40), SheetColumn("Residual score", width: 8, format: .integer),
        SheetColumn("Amount (£)", format: .money), SheetColumn("Next review", format: .date), SheetColumn("RAG", width: 8),
    ], rows: [
        [OutputCell(.text("R01")), OutputCell(.text("Funding <ends> & \"more\"\u{7}")), OutputCell(.number(12)),
         OutputCell(.number(120000.5)), OutputCell(.date(serial: 46402)), OutputCell(.text("Red"), fill: .red)],
        [OutputCell(.text("R02")), OutputCell(.text("Second\nline")), OutputCell(.empty), OutputCell(.number(-1000)),
         OutputCell(.empty), OutputCell(.text("Green"), fill: .green)],
    ])

    @Test func readsBackWhatItWrote() throws {
        let bytes = try XLSXWriter.write([sheet, SheetOutput(name: "Risks", columns: [SheetColumn("Total")], rows: [[OutputCell(.number(2))]])])
        let back = try XLSXReader.read(bytes)
        #expect(back.map(\.name) == ["Risks", "Risks (2)"])
        #expect(back[0].rows.map(\.cells) == [
            ["Ref", "Risk", "Residual score", "Amount (£)", "Next review", "RAG"].map { SheetCell.text($0) },
            [.text("R01"), .text("Funding <ends> & \"more\"\u{7}"), .number(12), .number(120000.5), .date(serial: 46402), .text("Red")],
            [.text("R02"), .text("Second\nline"), .empty, .number(-1000), .empty, .text("Green")],
        ])
        #expect(back[1].rows.map(\.cells) == [[.text("Total")], [.number(2)]])
    }

    @Test func theHeaderIsBoldAndFrozenAndFormatsAreSet() throws {
        let archive = try Archive(data: Data(try XLSXWriter.write([sheet])), accessMode: .read)
        func text(_ path: String) throws -> String {
            var out = Data()
            _ = try archive.extract(try #require(archive[path])) { out.append($0) }
            return String(decoding: out, as: UTF8.self)
        }
        let xml = try text("xl/worksheets/sheet1.xml")
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<col min="2" max="2" width="26.0" customWidth="1"/>"#), "as wide as the longest risk, 24 characters")
        #expect(xml.contains(#"<c r="A1" s="1" t="s"><v>0</v></c>"#), "text is in the shared strings, the header's first")
        #expect(xml.contains(#"<row r="2">"#), "one line of text keeps the default height")
        #expect(xml.contains(#"<row r="3" ht="30" customHeight="1">"#), "two lines of text get a row two lines high")
        #expect(xml.contains(#"<c r="D2" s="4"><v>120000.5</v></c>"#))
        #expect(xml.contains(#"<c r="E2" s="6"><v>46402</v></c>"#))
        #expect(xml.contains(#"<c r="F2" s="8" t="s"><v>8</v></c>"#))
        let strings = try text("xl/sharedStrings.xml")
        #expect(strings.contains(#" count="12" uniqueCount="12"><si><t xml:space="preserve">Ref</t></si>"#))
        #expect(strings.contains(#"<si><t xml:space="preserve">Funding &lt;ends&gt; &amp; &quot;more&quot;_x0007_</t></si>"#))
        #expect(strings.hasSuffix(#"<si><t xml:space="preserve">Second"# + "\n" + #"line</t></si><si><t xml:space="preserve">Green</t></si></sst>"#))
        #expect(try text("[Content_Types].xml").contains(#"<Override PartName="/xl/sharedStrings.xml" "#
                                                       + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#))
        #expect(try text("xl/_rels/workbook.xml.rels").contains(#"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#))
        let styles = try text("xl/styles.xml")
        #expect(styles.contains(#"formatCode="&quot;£&quot;#,##0.00;\-&quot;£&quot;#,##0.00""#))
        #expect(styles.contains(#"<numFmt numFmtId="165" formatCode="d mmm yyyy"/>"#))
    }

    /// Runs where LibreOffice is installed (a tool for checking, not for running SaferPlan).
    @Test(.enabled(if: XLSXPrintTests.installed("soffice") != nil))
    func libreOfficeOpensItAndItsResaveReadsTheSame() throws {
        let soffice = try #require(XLSXPrintTests.installed("soffice"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("saferplan-xlsx-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("risks.xlsx")
        try Data(try XLSXWriter.write([sheet])).write(to: input)
        let out = dir.appendingPathComponent("out")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://" + dir.path + "/profile", "--headless",
                       "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.path, input.path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let resaved = try XLSXReader.read([UInt8](try Data(contentsOf: out.appendingPathComponent("risks.xlsx"))))
        let original = try XLSXReader.read(try XLSXWriter.write([sheet]))
        #expect(resaved.map(\.name) == ["Risks"])
        #expect(resaved[0].rows.map(\.cells) == original[0].rows.map(\.cells))
    }

    @Test func aTextRepeatedAcrossCellsAndSheetsIsStoredOnce() throws {
        let status = SheetOutput(name: "Status", columns: [SheetColumn("Status")], rows: [[OutputCell(.text("Open"))], [OutputCell(.text("Open"))]])
        let bytes = try XLSXWriter.write([status, status])
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var strings = Data()
        _ = try archive.extract(try #require(archive["xl/sharedStrings.xml"])) { strings.append($0) }
        #expect(String(decoding: strings, as: UTF8.self).hasSuffix(#"count="6" uniqueCount="2"><si><t xml:space="preserve">Status</t></si>"#
                                                                   + #"<si><t xml:space="preserve">Open</t></si></sst>"#))
        #expect(try XLSXReader.read(bytes).map { $0.rows.map(\.cells) } == Array(repeating: [[.text("Status")], [.text("Open")], [.text("Open")]], count: 2))
    }

    @Test func sheetNamesExcelAccepts() {
        #expect(XLSXWriter.uniqueName("Risks: 2027/28 [draft]", taken: []) == "Risks 202728 draft")
        #expect(XLSXWriter.uniqueName(String(repeating: "x", count: 40), taken: []).count == 31)
        #expect(XLSXWriter.uniqueName("risks", taken: ["Risks", "risks (2)"]) == "risks (3)")
    }
}
