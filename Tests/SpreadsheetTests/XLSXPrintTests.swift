import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheet

/// Written workbooks print: landscape, every column on one page's width, the header row on each
/// page, narrow margins; columns as wide as what they hold.
struct XLSXPrintTests {
    /// A register as the risks export writes it: 18-character ids in a column given 8, 30 columns.
    static func register(rows: Int) -> SheetOutput {
        var columns = [SheetColumn("Id", width: 8), SheetColumn("Risk", width: 45)]
        columns += (1...28).map { SheetColumn("Residual likelihood \($0)", width: 10, format: .integer) }
        let body = (0..<rows).map { i in
            [OutputCell(.text("risk-mxb4to5u-za\(String(format: "%02d", i))")),
             OutputCell(.text("Loss of Home Office funding for serious violence duty, and with it the coordinator's post"))]
                + (1...28).map { OutputCell(.number(Double($0 % 5 + 1))) }
        }
        return SheetOutput(name: "Risks", columns: columns, rows: body)
    }

    func part(_ path: String, of bytes: [UInt8]) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var out = Data()
        _ = try archive.extract(try #require(archive[path])) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func columnsAreAsWideAsWhatTheyHoldAndLongTextWraps() {
        let widths = ColumnWidths.fitted(Self.register(rows: 2))
        // The 18-character ids fit (given 8); the long risk wraps at the 45 it was given; a number
        // column is as wide as its header's longest word, which wraps.
        #expect(widths[0] == 20)
        #expect(widths[1] == 47)
        #expect(widths[2] == 13)
        #expect(ColumnWidths.fitted(SheetColumn("Owner", width: 16), values: [SheetCell.text(String(repeating: "x", count: 50))]) == 32,
                "a text column given less grows to 30 characters, then wraps")
        #expect(ColumnWidths.fitted(SheetColumn("Amount (£)", format: .money), values: [SheetCell.number(-120_000.5)]) == 14,
                "\"-£120,000.50\" and its padding")
        #expect(ColumnWidths.fitted(SheetColumn("Due", format: .date), values: [SheetCell.date(serial: 46402)]) == 13)
        #expect(ColumnWidths.grouped(1_234_567, decimals: 2) == "1,234,567.00")
    }

    @Test func pagesAreLandscapeFittedToTheWidthWithTheHeaderOnEachPage() throws {
        let bytes = try XLSXWriter.write([Self.register(rows: 3), SheetOutput(name: "Bob's totals", columns: [SheetColumn("Year")], rows: [])])
        let sheet = try part("xl/worksheets/sheet1.xml", of: bytes)
        #expect(sheet.hasPrefix(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet "#))
        #expect(sheet.contains(#"relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>"#))
        #expect(sheet.hasSuffix(#"</sheetData><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>"#
                                + #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
                                + #"<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter></worksheet>"#))
        #expect(sheet.contains(#"<col min="1" max="1" width="20.0" customWidth="1"/>"#))
        #expect(sheet.contains(#"<row r="1" ht="45" customHeight="1">"#), "\"Residual likelihood 1\" wraps, at most three lines in 13")
        let workbook = try part("xl/workbook.xml", of: bytes)
        #expect(workbook.hasSuffix("</sheets><definedNames>"
                                   + #"<definedName name="_xlnm.Print_Titles" localSheetId="0">'Risks'!$1:$1</definedName>"#
                                   + #"<definedName name="_xlnm.Print_Titles" localSheetId="1">'Bob''s totals'!$1:$1</definedName>"#
                                   + "</definedNames></workbook>"))
        // It still reads back as written.
        #expect(try XLSXReader.read(bytes).map(\.name) == ["Risks", "Bob's totals"])
    }

    /// LibreOffice printed a register of four risks on nine pages; now one page holds them, and a
    /// long register prints its header on every page.
    /// Runs where LibreOffice and pdftotext are installed (they are tools for checking, not for running SaferPlan).
    @Test(.enabled(if: Self.installed("soffice") != nil && Self.installed("pdftotext") != nil))
    func libreOfficePrintsTheRegisterOnAsFewPagesAsItsRowsNeed() throws {
        let soffice = try #require(Self.installed("soffice"))
        let pdftotext = try #require(Self.installed("pdftotext"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("saferplan-print-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, rows) in [("four", 4), ("long", 120)] {
            try Data(try XLSXWriter.write([Self.register(rows: rows)])).write(to: dir.appendingPathComponent(name + ".xlsx"))
        }
        func run(_ tool: String, _ arguments: [String], output: URL? = nil) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: tool)
            p.arguments = arguments
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        try run(soffice, ["-env:UserInstallation=file://" + dir.path + "/profile", "--headless", "--convert-to", "pdf", "--outdir", dir.path,
                          dir.appendingPathComponent("four.xlsx").path, dir.appendingPathComponent("long.xlsx").path])
        func pages(_ name: String) throws -> [String] {
            let text = dir.appendingPathComponent(name + ".txt")
            try run(pdftotext, ["-layout", dir.appendingPathComponent(name + ".pdf").path, text.path])
            return try String(contentsOf: text, encoding: .utf8).components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
        let four = try pages("four")
        #expect(four.count == 1)
        #expect(four.first?.contains("Residual") == true && four.first?.contains("Page 1 of 1") == true)
        let long = try pages("long")
        #expect(long.count > 1 && long.count < 8, "\(long.count) pages")
        #expect(long.allSatisfy { $0.contains("Id") && $0.contains("Residual") }, "the header row is on every page")
        #expect(long.allSatisfy { $0.contains("risk-mxb4to5u-za") }, "every column fits the page's width")
    }

    /// The path of the program `name` in /usr/bin or /usr/local/bin, nil when neither has it.
    static func installed(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/"].map { $0 + name }.first(where: FileManager.default.isExecutableFile)
    }
}
