/// Why a spreadsheet could not be read or written.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part of the file at fault (e.g. `xl/worksheets/sheet1.xml`), or empty for the whole file.
    public var part: String
    /// What went wrong, worded to follow the part's name: "is not well-formed XML (line 3: …)".
    public var message: String

    /// An error in `part` (empty when no one part is to blame) explained by `message`.
    public init(part: String = "", _ message: String) {
        self.part = part
        self.message = message
    }

    /// The part and the message together ("xl/workbook.xml: lists no sheets"), or the message alone.
    public var description: String { part.isEmpty ? message : "\(part): \(message)" }
}
