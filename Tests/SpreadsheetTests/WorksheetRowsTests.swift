#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import Testing
@testable import Spreadsheet

/// A worksheet's cells are kept row by row as arrays: rows out of order, a cell given twice, a
/// merged range reaching rows the sheet does not have and a row of empty cells read as the sheet says.
@Suite("Worksheet rows")
struct WorksheetRowsTests {
    static func read(_ xml: String) -> (XMLByteScanner.Outcome, SheetTable, SheetTable) {
        var scanned = WorksheetReader(shared: ["Risk"], dateStyles: [false], date1904: false, maxCells: 1000)
        let outcome = Array(xml.utf8).withUnsafeBufferPointer { XMLByteScanner.scan($0, &scanned) }
        let parsed = WorksheetParser(shared: ["Risk"], dateStyles: [false], date1904: false, maxCells: 1000)
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = parsed
        _ = parser.parse()
        return (outcome, scanned.table(named: "S"), parsed.table(named: "S"))
    }

    @Test func rowsOutOfOrderRepeatedCellsAndMergesReadInRowOrder() {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="5"><c r="A5"><v>5</v></c></row>\
            <row r="2"><c r="B2"><v>2</v></c><c r="B2"><v>3</v></c></row>\
            <row r="4"><c r="C4"/></row>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1" t="b"><v>0</v></c></row>\
            </sheetData><mergeCells count="2"><mergeCell ref="A5:B6"/><mergeCell ref="C4:C5"/></mergeCells></worksheet>
            """
        let (outcome, scanned, parsed) = Self.read(xml)
        #expect(outcome == .done)
        #expect(scanned == parsed)
        #expect(scanned.rows.map(\.number) == [1, 2, 5, 6])
        #expect(scanned.rows.map(\.cells) == [
            [.text("Risk"), .empty, .empty, .bool(false)],
            [.empty, .number(3)],
            [.number(5), .number(5)],
            [.number(5), .number(5)],
        ])
    }

    @Test func escapesAreFoundOnTheBytes() {
        #expect(XMLText.unescape("a_x000D_b_x005F_x0041_") == "a\rb_x0041_")
        #expect(XMLText.unescape("café_x00e9_") == "caféé")
        #expect(XMLText.unescape("plain_y and _X000D_ and _x00G1_") == "plain_y and _X000D_ and _x00G1_")
        #expect(XMLText.unescape("ends with _x") == "ends with _x")
    }
}
