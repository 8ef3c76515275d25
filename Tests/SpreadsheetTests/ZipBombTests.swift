import Foundation
import Testing
import ZIPFoundation
@testable import Spreadsheet

/// Workbooks made to unpack far beyond their size are refused from the sizes their entries
/// declare before anything is inflated, and, when an entry declares less than it holds, as soon
/// as inflating passes what it declared.
struct ZipBombTests {
    static let workbookXML = Data(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1"/></sheets></workbook>"#.utf8)

    /// A workbook whose sheet part is `size` bytes of spaces, deflated (about a thousandth of it).
    static func bomb(size: Int) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(workbookXML.count)) { _, _ in workbookXML }
        let chunk = Data(repeating: 0x20, count: 1_048_576)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate) { position, length in
            chunk.prefix(min(length, size - Int(position)))
        }
        return try #require(archive.data)
    }

    /// `zip` with the sheet part's uncompressed size, in its local header and the central
    /// directory, rewritten as `declared`: an archive that lies about what it holds.
    static func declaring(_ declared: UInt32, in zip: Data) throws -> Data {
        var bytes = [UInt8](zip)
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        func put(_ value: UInt32, at i: Int) {
            for k in 0..<4 { bytes[i + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
        }
        var patched = 0
        for i in 0..<(bytes.count - 46) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            if bytes[i + 2] == 3 && bytes[i + 3] == 4, Array(bytes[(i + 30)..<(i + 30 + name.count)]) == name {
                put(declared, at: i + 22)
                patched += 1
            } else if bytes[i + 2] == 1 && bytes[i + 3] == 2, Array(bytes[(i + 46)..<min(bytes.count, i + 46 + name.count)]) == name {
                put(declared, at: i + 24)
                patched += 1
            }
        }
        #expect(patched == 2)
        return Data(bytes)
    }

    @Test func aPartDeclaringMoreThanTheLimitIsRefusedBeforeInflating() throws {
        let zip = try Self.bomb(size: 40 * 1_048_576)
        #expect(zip.count < 200_000)
        var unpacker = PartUnpacker(archive: try Archive(data: zip, accessMode: .read), limits: UnpackLimits(totalBytes: 16 * 1_048_576))
        _ = try unpacker.unpack("xl/workbook.xml")
        let before = unpacker.inflated
        let error = #expect(throws: SpreadsheetError.self) { try unpacker.unpack("xl/worksheets/sheet1.xml") }
        #expect(error?.description == "xl/worksheets/sheet1.xml: would unpack to 40 MB, more than the 16 MB SaferPlan unpacks "
                + "from a workbook; it was not unpacked")
        #expect(unpacker.inflated == before)
    }

    @Test func aPartThatUnpacksAThousandTimesItsSizeIsRefusedBeforeInflating() throws {
        // 8 MB of spaces is well within the 256 MB a workbook may unpack to, but only a bomb packs so tight.
        let zip = try Self.bomb(size: 8 * 1_048_576)
        var unpacker = PartUnpacker(archive: try Archive(data: zip, accessMode: .read), limits: UnpackLimits(totalBytes: XLSXReader.maxUnpackedBytes))
        let error = #expect(throws: SpreadsheetError.self) { try unpacker.unpack("xl/worksheets/sheet1.xml") }
        #expect(error?.message.hasPrefix("would unpack to ") == true)
        #expect(error?.message.hasSuffix(" times its packed size (8 MB), as a zip bomb does; a workbook's parts unpack at most 200 times, "
                + "so it was not unpacked") == true)
        #expect(unpacker.inflated == 0)
        // The reader refuses the whole workbook with the part's reason.
        let read = #expect(throws: SpreadsheetError.self) { try XLSXReader.read([UInt8](zip)) }
        #expect(read == error)
    }

    @Test func aPartHoldingMoreThanItDeclaresStopsInflatingAtWhatItDeclared() throws {
        // It declares 100,000 bytes (too few for the ratio check) and holds 8 MB.
        let zip = try Self.declaring(100_000, in: try Self.bomb(size: 8 * 1_048_576))
        var unpacker = PartUnpacker(archive: try Archive(data: zip, accessMode: .read), limits: UnpackLimits(totalBytes: XLSXReader.maxUnpackedBytes))
        let error = #expect(throws: SpreadsheetError.self) { try unpacker.unpack("xl/worksheets/sheet1.xml") }
        #expect(error?.description == "xl/worksheets/sheet1.xml: unpacks to more than the 100000 bytes its entry declares, so the archive "
                + "is damaged or made to mislead; it was not read further")
        // Inflating stopped within one chunk of what was declared, not at the 8 MB it holds.
        #expect(unpacker.inflated > 100_000)
        #expect(unpacker.inflated <= 100_000 + PartUnpacker.chunkSize)
    }

    @Test func theWorkbooksLimitCountsEveryPartUnpacked() throws {
        // Two parts each within the limit, together beyond it: the second is refused before it is inflated.
        let archive = try Archive(data: Data(), accessMode: .create)
        let text = Data((0..<700_000).map { UInt8(ascii: "a") + UInt8(truncatingIfNeeded: ($0 * 7919) % 26) })
        for path in ["xl/a.xml", "xl/b.xml"] {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(text.count), compressionMethod: .none) { position, length in
                text.subdata(in: Int(position)..<min(text.count, Int(position) + length))
            }
        }
        var unpacker = PartUnpacker(archive: try Archive(data: try #require(archive.data), accessMode: .read),
                                    limits: UnpackLimits(totalBytes: 1_048_576))
        #expect(try unpacker.unpack("xl/a.xml")?.count == 700_000)
        let error = #expect(throws: SpreadsheetError.self) { try unpacker.unpack("xl/b.xml") }
        #expect(error?.description == "xl/b.xml: would unpack to 683 KB, more than the 1 MB SaferPlan unpacks from a workbook; it was not unpacked")
        #expect(unpacker.inflated == 700_000)
    }
}
