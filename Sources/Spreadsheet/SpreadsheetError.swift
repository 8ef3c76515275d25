/// Why a spreadsheet could not be read or written.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part of the file at fault (e.g. `xl/worksheets/sheet1.xml`), or empty for the whole file.
    public var part: String
    public var message: String

    public init(part: String = "", _ message: String) {
        self.part = part
        self.message = message
    }

    public var description: String { part.isEmpty ? message : "\(part): \(message)" }
}
