import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Spreadsheet

/// The byte scanner reads worksheets and shared strings as XMLParser does, and leaves to
/// XMLParser whatever it does not read.
@Suite("XML byte scanner")
struct XMLByteScannerTests {
    static let shared = ["Risk", "Owner & lead", "Ünïcode — £"]

    static func scanned(_ xml: String) -> (XMLByteScanner.Outcome, SheetTable) {
        var sheet = WorksheetReader(shared: shared, dateStyles: [false, true], date1904: false, maxCells: 1000)
        let bytes = Array(xml.utf8)
        let outcome = bytes.withUnsafeBufferPointer { XMLByteScanner.scan($0, &sheet) }
        return (outcome, sheet.table(named: "S"))
    }

    /// Column letters for a 0-based column below 26.
    enum CellRef {
        static func letters(_ i: Int) -> String { String(UnicodeScalar(UInt8(ascii: "A") + UInt8(i))) }
    }

    static func parsed(_ xml: String) -> SheetTable {
        let sheet = WorksheetParser(shared: shared, dateStyles: [false, true], date1904: false, maxCells: 1000)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = sheet
        _ = parser.parse()
        return sheet.table(named: "S")
    }

    static let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <!-- written by hand -->
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
        <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>
        <x:row r="3" spans="1:6"><x:c r="A3" t="inlineStr"><x:is><x:r><x:t>rich &amp; </x:t></x:r><x:r><x:t xml:space="preserve">text &lt;here&gt;\r\nline &#x42;&#67;</x:t></x:r></x:is></x:c>
        <x:c r="B3" s='1'><x:v>40193</x:v></x:c><x:c r="C3"><x:f>1+1</x:f><x:v> 2 </x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c>
        <x:c r="E3" t="str"><x:f>A1</x:f><x:v>_x000D_caf&#233;</x:v></x:c><x:c r="F3" t="e"><x:v>#N/A</x:v></x:c></x:row>
        <x:row r="4"/><x:row r="5"><x:c r="A5"/><x:c t="n"><x:v>1.5E+3</x:v></x:c></x:row>
        </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A5:A6"/></x:mergeCells></x:worksheet>
        """

    @Test func aSheetReadsAsXMLParserReadsIt() {
        let (outcome, table) = Self.scanned(Self.sheet)
        #expect(outcome == .done)
        #expect(table == Self.parsed(Self.sheet))
        #expect(table.rows.count == 3)
        #expect(table.rows[1].cells == [.text("rich & text <here>\nline BC"), .date(serial: 40193), .number(2), .bool(true),
                                        .text("\rcafé"), .error("#N/A")])
        #expect(table.rows[2].cells == [.empty, .number(1500)])
    }

    @Test func numbersAndIndexesWrittenEveryWayReadAsXMLParserReadsThem() {
        let values = ["0", "7", "-12", "007", "-0", "+5", "123456789012345", "1234567890123456", "-999999999999999", "1.5", "1E3", " 4", "4 ", "", "x", "1<!-- split -->2"]
        var xml = #"<worksheet><sheetData><row r="1">"#
        for (i, v) in values.enumerated() { xml += #"<c r="\#(CellRef.letters(i))1"><v>\#(v)</v></c>"# }
        xml += #"</row><row r="002">"#
        for (i, v) in ["0", "01", "2", "-1", "3", "&#50;"].enumerated() { xml += #"<c r="\#(CellRef.letters(i))2" t="s" s="01"><v>\#(v)</v></c>"# }
        xml += #"</row><row r="3"><c r="A3" s="1"><v>46402</v></c><c r="B3" s="+1"><v>46402</v></c><c r="C3" t="inlineStr"><is><r><t>_</t></r><r><t>x0041_</t></r></is></c>"#
        xml += #"<c r="D3" t="inlineStr"><is><t>a_x0042_</t></is></c><c r="E3" t="inlineStr"><is><t>_x</t></is></c></row></sheetData></worksheet>"#
        let (outcome, table) = Self.scanned(xml)
        #expect(outcome == .done)
        #expect(table == Self.parsed(xml))
        #expect(table.rows.map(\.number) == [1, 2, 3])
        #expect(table.rows[0].cells == [.number(0), .number(7), .number(-12), .number(7), .number(0), .number(5), .number(123456789012345),
                                        .number(1234567890123456), .number(-999999999999999), .number(1.5), .number(1000), .number(4),
                                        .number(4), .empty, .text("x"), .number(12)])
        #expect(table.rows[1].cells == [.text("Risk"), .text("Owner & lead"), .text("Ünïcode — £"), .error("#STRING?"), .error("#STRING?"),
                                        .text("Ünïcode — £")])
        #expect(table.rows[2].cells == [.date(serial: 46402), .date(serial: 46402), .text("A"), .text("aB"), .text("_x")])
    }

    @Test func sharedStringsReadAsXMLParserReadsThem() {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?><sst count="3"><si><t>Plain</t></si><si><r><rPr><b/></rPr><t>Bold </t></r>\
            <r><t xml:space="preserve">and &quot;quoted&quot;</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t/></si></sst>
            """
        var scanned = SharedStringsReader()
        let outcome = Array(xml.utf8).withUnsafeBufferPointer { XMLByteScanner.scan($0, &scanned) }
        let parsed = SharedStringsParser()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = parsed
        _ = parser.parse()
        #expect(outcome == .done)
        #expect(scanned.strings == ["Plain", "Bold and \"quoted\"", ""])
        #expect(scanned.strings == parsed.strings)
    }

    @Test(arguments: [
        "<!DOCTYPE worksheet [<!ENTITY e \"x\">]><worksheet/>",
        "<worksheet><sheetData><![CDATA[x]]></sheetData></worksheet>",
        "<worksheet><sheetData></worksheet></sheetData>",
        "<worksheet><c><v>&nbsp;</v></c></worksheet>",
        "<worksheet><c><v>\u{1}</v></c></worksheet>",
        "<worksheet/><worksheet/>",
        "<worksheet r=1/>",
        "<worksheet r=\"1\"r=\"2\"/>",
        "<worksheet r=\"1\" r=\"2\"/>",
        "<worksheet><c r=\"&#1;\"/></worksheet>",
        "text<worksheet/>",
        "<worksheet>",
        "",
    ])
    func whatItDoesNotReadIsLeftToXMLParser(xml: String) {
        #expect(Self.scanned(xml).0 == .unsupported)
    }

    @Test func aSheetBeyondTheLimitIsStoppedWithItsReason() {
        var sheet = WorksheetReader(shared: [], dateStyles: [], date1904: false, maxCells: 2)
        let xml = "<worksheet><sheetData><row r=\"1\"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row></sheetData></worksheet>"
        let outcome = Array(xml.utf8).withUnsafeBufferPointer { XMLByteScanner.scan($0, &sheet) }
        #expect(outcome == .stopped)
        #expect(sheet.failure == "more than 2 cells")
    }
}
