import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheet

/// Every part unpacked is checked against the CRC-32 its entry records, so a damaged archive is
/// refused rather than read with changed values.
struct PartChecksumTests {
    static let workbookXML = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>"#
    static let sheetXML = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        + #"<row r="1"><c r="A1"><v>12</v></c></row></sheetData></worksheet>"#

    /// A workbook whose parts are stored (not deflated), so their bytes can be found and changed.
    static func stored() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("xl/workbook.xml", workbookXML), ("xl/worksheets/sheet1.xml", sheetXML)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return [UInt8](try #require(archive.data))
    }

    @Test func anUndamagedWorkbookReads() throws {
        let sheets = try XLSXReader.read(try Self.stored())
        #expect(sheets.map { $0.rows.map(\.cells) } == [[[.number(12)]]])
    }

    @Test func aPartWhoseBytesNoLongerMatchItsChecksumIsRefused() throws {
        var zip = try Self.stored()
        let wanted = Array("<v>12</v>".utf8)
        let at = try #require((0...(zip.count - wanted.count)).first { Array(zip[$0..<($0 + wanted.count)]) == wanted })
        zip[at + 4] = UInt8(ascii: "3")
        let archive = try Archive(data: Data(zip), accessMode: .read)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        let damaged = Data(Self.sheetXML.replacingOccurrences(of: "<v>12</v>", with: "<v>13</v>").utf8)
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader.read(zip) }
        #expect(error?.description == "xl/worksheets/sheet1.xml: does not match the checksum its entry records (CRC-32 "
                + PartUnpacker.hex(damaged.crc32(checksum: 0)) + ", recorded " + PartUnpacker.hex(entry.checksum)
                + "), so the archive is damaged; it was not read")
    }

    @Test func checksumsAreWrittenAsEightHexadecimalDigits() {
        #expect(PartUnpacker.hex(0x1A2B) == "00001A2B")
        #expect(PartUnpacker.hex(0xDEADBEEF) == "DEADBEEF")
    }
}
