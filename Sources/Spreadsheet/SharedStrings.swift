/// The shared string table a workbook's sheets are written with (`xl/sharedStrings.xml`), as Excel,
/// LibreOffice and openpyxl write theirs: each distinct text once, a text cell holding its index.
struct SharedStrings {
    /// Each distinct text, in the order first met.
    private(set) var texts: [String] = []
    private var indices: [String: Int] = [:]
    /// How many cells refer to the table.
    private(set) var references = 0

    /// The index of `text`, added when it is new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let known = indices[text] { return known }
        let index = texts.count
        texts.append(text)
        indices[text] = index
        return index
    }

    /// The part's XML.
    var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(texts.count)">"#
        for text in texts {
            out += #"<si><t xml:space="preserve">"# + XMLText.escape(text) + "</t></si>"
        }
        return out + "</sst>"
    }
}
