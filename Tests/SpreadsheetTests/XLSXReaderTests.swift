import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheet

/// The fixtures folder beside this file.
func fixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
    return [UInt8](try Data(contentsOf: url))
}

/// Workbooks made by other programs, read as a council's sheet would be.
struct XLSXReaderTests {
    @Test func readsAWorkbookMadeByOpenpyxl() throws {
        let sheets = try XLSXReader.read(try fixture("council-register.xlsx"))
        #expect(sheets.map(\.name) == ["Notes", "Risk Register"])
        let register = sheets[1]
        // The merged title fills its range; the blank second row is left out.
        #expect(register.rows.map(\.number) == [1, 3, 4, 5, 7])
        #expect(register.rows[0].cells.count == 8)
        #expect(register.rows[0].cells.allSatisfy { $0 == .text("Northshire CSP — Strategic Risk Register") })
        #expect(register.rows[1].cells[1] == .text("Risk Description"))
        let first = register.rows[2].cells
        #expect(first[0] == .empty)
        #expect(first[1] == .text("Funding for the DV advocate ends in March"))
        #expect(first[3] == .number(4))
        // openpyxl stores formulas without a cached value: they read as empty.
        #expect(first[5] == .empty)
        #expect(first[9] == .text("Bid to the PCC\nExit plan agreed"))
        // 15 Jan 2027 is serial 46402 in the 1900 system.
        #expect(first[10] == .date(serial: 46402))
        #expect(first[11] == .number(120000))
        #expect(first[12] == .bool(true))
        #expect(register.rows[3].cells[11] == .number(0.5))
        #expect(register.rows[4].cells[1] == .text("Tab\tand a literal"))
    }

    @Test func readsTheSameWorkbookResavedByLibreOfficeWithCachedFormulaValues() throws {
        let sheets = try XLSXReader.read(try fixture("council-register-libreoffice.xlsx"))
        #expect(sheets.map(\.name) == ["Notes", "Risk Register"])
        let first = sheets[1].rows[2].cells
        #expect(first[1] == .text("Funding for the DV advocate ends in March"))
        #expect(first[5] == .number(16))
        #expect(first[8] == .number(12))
        #expect(first[10] == .date(serial: 46402))
        #expect(first[12] == .bool(true))
        #expect(sheets[1].rows[4].cells[1] == .text("Tab\tand a literal"))
    }

    @Test func refusesWhatIsNotAWorkbook() throws {
        #expect(XLSXReader.looksLikeZip(Array("Ref,Risk\n".utf8)) == false)
        let notZip = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(Array("PK\u{3}\u{4}garbage".utf8)) }
        #expect(notZip?.message.hasPrefix("not a readable zip archive") == true)
        let archive = try Archive(data: Data(), accessMode: .create)
        let text = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(text.count)) { _, _ in text }
        let zip = [UInt8](try #require(archive.data))
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(zip) }
        #expect(error?.description == "xl/workbook.xml: is missing, so this is not an Excel workbook")
    }

    @Test func refusesAWorkbookThatUnpacksBeyondTheLimit() throws {
        // A sheet of 40 MB of spaces compresses to a few tens of kilobytes: a "bomb" against a 16 MB limit.
        let archive = try Archive(data: Data(), accessMode: .create)
        let workbook = Data(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>"#.utf8)
        try archive.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(workbook.count)) { _, _ in workbook }
        let size = 40 * 1_048_576
        let chunk = Data(repeating: 0x20, count: 1_048_576)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate) { position, length in
            chunk.prefix(min(length, size - Int(position)))
        }
        let bytes = [UInt8](try #require(archive.data))
        #expect(bytes.count < 200_000)
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(bytes, limit: 16 * 1_048_576) }
        #expect(error?.description == "xl/worksheets/sheet1.xml: would unpack to 40 MB, more than the 16 MB SaferPlan unpacks "
                + "from a workbook; it was not unpacked")
    }
}

/// Damaged workbooks are refused, never a crash: offsets past the end, truncations and flipped bytes.
struct XLSXDamageTests {
    /// A workbook whose sheet part is `sheet`, otherwise well made.
    func workbook(sheet: Data) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let workbook = Data(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>"#.utf8)
        try archive.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(workbook.count)) { _, _ in workbook }
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheet.count)) { position, length in
            sheet.subdata(in: Int(position)..<min(sheet.count, Int(position) + length))
        }
        return [UInt8](try #require(archive.data))
    }

    @Test func aNameThatIsNotUTF8IsRefusedNotACrash() throws {
        // "pivotButton" with its B turned into a lone lead byte: Foundation's parser stops the program
        // on such a name, so the part is refused before it is parsed.
        var sheet = Data(#"<worksheet><sheetViews><sheetView pivotButton="1"/></sheetViews><sheetData/></worksheet>"#.utf8)
        let b = try #require(sheet.firstIndex(of: UInt8(ascii: "B")))
        sheet[b] = 0xC2
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(try workbook(sheet: sheet)) }
        #expect(error?.description == "xl/worksheets/sheet1.xml: is not valid UTF-8 text, so the workbook is damaged")
    }

    @Test func aPartInAnotherEncodingIsRefusedByName() throws {
        let sheet = Data(#"<?xml version="1.0" encoding="ISO-8859-1"?><worksheet><sheetData/></worksheet>"#.utf8)
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(try workbook(sheet: sheet)) }
        #expect(error?.description == "xl/worksheets/sheet1.xml: declares the encoding \"ISO-8859-1\"; SaferPlan reads "
                + "workbook parts written in UTF-8, as Excel, LibreOffice and openpyxl save them")
        let utf8 = Data(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet><sheetData/></worksheet>"#.utf8)
        #expect(try XLSXReader.read(try workbook(sheet: utf8)).map(\.name) == ["A"])
    }

    @Test func damagedArchivesAreRefusedNotACrash() throws {
        let good = try fixture("council-register.xlsx")
        var cases: [[UInt8]] = [Array(good.prefix(good.count / 2)), Array(good.prefix(30)), Array(good.dropLast(22))]
        // The end-of-central-directory record's offset pointed past the end of the file.
        var pastEnd = good
        if let eocd = (0..<(good.count - 3)).last(where: { good[$0] == 0x50 && good[$0 + 1] == 0x4B && good[$0 + 2] == 5 && good[$0 + 3] == 6 }) {
            for k in 16..<20 { pastEnd[eocd + k] = 0x7F }
            cases.append(pastEnd)
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            var b = good
            for _ in 0..<4 { b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            cases.append(b)
        }
        // Reaching the end of this loop is the test: before, the offset past the end trapped.
        var refused = 0
        for c in cases where (try? XLSXReader.read(c)) == nil { refused += 1 }
        #expect(refused >= 4, "the truncated archives and the one pointing past its end are refused")
        let pastEndError = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(pastEnd) }
        #expect(pastEndError?.description == "xl/workbook.xml: is missing, so this is not an Excel workbook")
    }
}
