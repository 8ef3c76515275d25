import Testing
@testable import Spreadsheet

/// The scanner passes over text eight bytes at a time only where byte by byte it would have found
/// nothing to stop at: no control character or line end, no `<`, no `&`.
struct ScannerWordTests {
    static func plainByBytes(_ word: UInt64) -> Bool {
        (0..<8).allSatisfy { k in
            let b = UInt8(truncatingIfNeeded: word >> (8 * UInt64(k)))
            return b >= 0x20 && b != UInt8(ascii: "<") && b != UInt8(ascii: "&")
        }
    }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test func aWordIsPlainExactlyWhenEachOfItsBytesIs() {
        let crafted: [[UInt8]] = [
            Array("ordinary".utf8), Array("a <b> c ".utf8), Array("Tom&Jerry".utf8.prefix(8)), Array("line\nend".utf8),
            Array("tab\there".utf8), [0x1F, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41], [0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x41, 0x00],
            [0xC2, 0xA3, 0xE2, 0x80, 0x94, 0xFF, 0x80, 0x20], [0x3B, 0x3D, 0x25, 0x27, 0x5C, 0xBC, 0xA6, 0x9F],
            [0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20], [0x21, 0x3C, 0xBC, 0x7C, 0x26, 0xA6, 0x1F, 0x9F],
        ]
        for bytes in crafted {
            #expect(XMLByteScanner.plainWord(Self.word(bytes)) == Self.plainByBytes(Self.word(bytes)), "\(bytes)")
        }
        var generator = SplitMix(seed: 7)
        for _ in 0..<100_000 {
            // Bytes near the ones that matter, so borrows between bytes are tried.
            let near: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x25, 0x26, 0x27, 0x3B, 0x3C, 0x3D, 0x7F, 0x80, 0xA6, 0xBC, 0xFF]
            let bytes = (0..<8).map { _ -> UInt8 in
                let r = generator.next()
                return r % 2 == 0 ? near[Int(r >> 8) % near.count] : UInt8(truncatingIfNeeded: r >> 16)
            }
            let word = Self.word(bytes)
            #expect(XMLByteScanner.plainWord(word) == Self.plainByBytes(word), "\(bytes)")
        }
    }

    @Test func longTextWithSomethingInItsLastBytesIsReadAsXMLParserReadsIt() {
        // Entities, a line end and a control character at every offset of an eight-byte word.
        for offset in 0..<9 {
            let pad = String(repeating: "x", count: 16 + offset)
            let xml = #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>"# + pad
                + "a &amp; b\r\nc" + pad + #"</t></is></c></row></sheetData></worksheet>"#
            let (outcome, table) = XMLByteScannerTests.scanned(xml)
            #expect(outcome == .done)
            #expect(table.rows.first?.cells == [.text(pad + "a & b\nc" + pad)])
            #expect(XMLByteScannerTests.scanned(#"<worksheet><c><v>"# + pad + "\u{1}" + pad + "</v></c></worksheet>").0 == .unsupported)
        }
    }
}
