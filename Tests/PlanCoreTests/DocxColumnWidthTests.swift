import Testing
@testable import PlanCore

/// Word table columns are never narrower than their header's longest word.
struct DocxColumnWidthTests {
    /// The register's ten columns at the portrait and landscape text widths, with the Owner column empty.
    @Test func anEmptyColumnKeepsRoomForItsHeaderWord() {
        let header = ["Risk", "Title and cause", "Category", "Owner", "Inh", "Res", "Tgt", "Controls", "Status", "Next review"]
        let long = "Anti-social behaviour in town centres rises as the night-time economy grows and policing is stretched"
        let row = ["R01", long, "Community safety", "", "16", "12", "6", long + " " + long, "Open", "1 Apr 2010"]
        let table = PaperTable(header: header, rows: Array(repeating: row, count: 5))
        for total in [9_638, 14_570] {
            let widths = DocxPaper.widths(table, total: total)
            #expect(widths.reduce(0, +) <= total)
            // Bold 9 pt "Owner" with the cell margins: about 800 twips; "Status" a little more.
            #expect(widths[3] >= 5 * 125 + 260, "Owner at \(total): \(widths)")
            #expect(widths[8] >= 6 * 125 + 260, "Status at \(total): \(widths)")
        }
    }
}
