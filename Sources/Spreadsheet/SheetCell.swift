/// The value of one spreadsheet cell, as the file holds it.
public enum SheetCell: Sendable, Equatable {
    /// No value: a cell the sheet leaves out, or a formula with no cached value.
    case empty
    /// Text as written, from the shared strings, an inline string or a formula's text result.
    case text(String)
    /// A number not shown as a date (written whole, without ".0", by `text`).
    case number(Double)
    /// TRUE or FALSE.
    case bool(Bool)
    /// A number shown with a date format: days since 30 December 1899 (Excel's 1900 system).
    case date(serial: Double)
    /// An error value such as `#REF!`.
    case error(String)

    /// True for an empty cell or one holding only spaces.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return s.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        default: return false
        }
    }

    /// The value as text, as a person would type it back: numbers without a trailing ".0".
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let n): return SheetCell.format(n)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let serial): return SheetCell.format(serial)
        case .error(let e): return e
        }
    }

    /// A number in its shortest plain form: 12 not 12.0, 0.1 not 0.10000000000000001.
    public static func format(_ n: Double) -> String {
        if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }
}
