import Foundation

/// How a written sheet prints: landscape A4, every column on one page's width (as many pages down
/// as the rows need), the header row repeated at the top of each page, narrow margins, and the
/// sheet's name and "Page N of M" at the foot.
enum PageSetup {
    /// `<sheetPr>`, first in a worksheet: pages are fitted (to the width `pageElements` sets).
    static let sheetProperties = #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#

    /// The margins (inches), the page setup and the footer, last in a worksheet.
    static let pageElements = #"<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>"#
        + #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        + #"<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"#

    /// The workbook's `<definedNames>`: each sheet's first row printed at the top of every page.
    static func printTitles(_ names: [String]) -> String {
        guard !names.isEmpty else { return "" }
        var out = "<definedNames>"
        for (i, name) in names.enumerated() {
            let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
            out += #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(i)">"# + XMLText.escape(quoted + "!$1:$1") + "</definedName>"
        }
        return out + "</definedNames>"
    }
}
