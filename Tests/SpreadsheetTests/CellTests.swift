import Testing
@testable import Spreadsheet

struct CellTests {
    @Test func columnLettersAndReferences() {
        #expect([0, 25, 26, 701, 702, 16383].map(columnLetters) == ["A", "Z", "AA", "ZZ", "AAA", "XFD"])
        #expect(CellReference("B12") == CellReference(column: 1, row: 12))
        #expect(CellReference("$AA$3") == CellReference(column: 26, row: 3))
        #expect(CellReference("12B") == nil)
        #expect(CellReference("B0") == nil)
        #expect(CellRange("C3:A1")?.from == CellReference(column: 0, row: 1))
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        #expect(DateFormats.isDate(code: "dd/mm/yyyy"))
        #expect(DateFormats.isDate(code: "[$-F800]dddd, mmmm dd, yyyy"))
        #expect(DateFormats.isDate(code: "d mmm yyyy"))
        #expect(!DateFormats.isDate(code: "\"£\"#,##0.00"))
        #expect(!DateFormats.isDate(code: "[Red]0.00;\"days\""))
        #expect(!DateFormats.isDate(code: "hh:mm:ss"))
        #expect(DateFormats.builtIn.contains(14) && !DateFormats.builtIn.contains(4))
    }

    @Test func textEscapesRoundTrip() {
        let raw = "a<b>&\"c\u{1}_x0041_\u{B}"
        let escaped = XMLText.escape(raw)
        #expect(escaped == "a&lt;b&gt;&amp;&quot;c_x0001__x005F_x0041__x000B_")
        #expect(XMLText.unescape("c_x0001__x005F_x0041__x000B_") == "c\u{1}_x0041_\u{B}")
        #expect(SheetCell.number(12).text == "12")
        #expect(SheetCell.number(0.1).text == "0.1")
    }
}
