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
    /// A number shown with a percent format, as the file holds it: 0.17 for a cell showing 17%.
    case percent(Double)
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
        case .percent(let fraction): return SheetCell.percentage(fraction).map { SheetCell.format($0) + "%" } ?? SheetCell.format(fraction)
        case .error(let e): return e
        }
    }

    /// The percentage a fraction shows as, its decimal point moved two places in its shortest
    /// form (0.17 → 17, 0.155 → 15.5, not 17.000000000000004); nil when not finite.
    public static func percentage(_ fraction: Double) -> Double? {
        guard fraction.isFinite else { return nil }
        let written = "\(fraction)"
        guard !written.contains("e") else { return fraction * 100 }
        let negative = written.hasPrefix("-")
        let digits = negative ? String(written.dropFirst()) : written
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var decimals = parts.count > 1 ? String(parts[1]) : ""
        while decimals.count < 2 { decimals += "0" }
        let rest = decimals.dropFirst(2)
        let shifted = whole + decimals.prefix(2) + (rest.isEmpty ? "" : "." + rest)
        return Double(shifted).map { negative ? -$0 : $0 }
    }

    /// A number in its shortest plain form: 12 not 12.0, 0.1 not 0.10000000000000001.
    public static func format(_ n: Double) -> String {
        if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }
}
