import Spreadsheet

/// A cell of an imported table: text from CSV, or a typed value from a workbook.
public enum RawCell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    case date(Day)
    case bool(Bool)

    /// The value as a person would type it.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let n): return SheetCell.format(n)
        case .date(let d): return d.display
        case .bool(let b): return b ? "yes" : "no"
        }
    }

    /// True when nothing but spaces is in the cell.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return RawCell.trimmed(s).isEmpty
        case .number, .date, .bool: return false
        }
    }

    /// The value as typed, without spaces, tabs and line ends around it.
    public var trimmedText: String {
        if case .text(let s) = self { return RawCell.trimmed(s) }
        return text
    }

    /// `s` without spaces, tabs and line ends around it, as `trimmingSpaces` trims: `s` itself, not a
    /// copy, when its first and last bytes are none of them (so most cells cost no copy).
    static func trimmed(_ s: String) -> String {
        guard let first = s.utf8.first, let last = s.utf8.last else { return s }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        return isSpace(first) || isSpace(last) ? s.trimmingSpaces() : s
    }
}

/// A row of an imported table, with the number a person finds it by: the sheet's row, or the row a
/// spreadsheet program shows a CSV record on (its line, less the line breaks inside cells above it).
public struct TabularRow: Sendable, Equatable {
    /// The row's number as a person finds it: the sheet's row, or the row a spreadsheet shows a CSV record on.
    public var number: Int
    /// The row's cells from the first column; a row may be shorter than the header.
    public var cells: [RawCell]

    /// A row numbered `number` holding `cells`.
    public init(number: Int, cells: [RawCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in `column` (from 0), `.empty` past the row's end.
    public subscript(column: Int) -> RawCell { column < cells.count ? cells[column] : .empty }
    /// True when every cell is empty or only spaces; blank rows are passed over on import.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }
}

/// A table read from a CSV file or one sheet of a workbook.
public struct TabularInput: Sendable, Equatable {
    /// The file as named on the command line (`-` for standard input).
    public var file: String
    /// The sheet read, for a workbook.
    public var sheet: String?
    /// The rows read, in order, the header and any title rows above it included.
    public var rows: [TabularRow]
    /// True for a workbook, whose rows are named with their sheet.
    public var isWorkbook: Bool
    /// For a CSV file, the line each row starts on where that is not its row number (below a cell
    /// holding a line break, or a blank line, they part).
    public var lines: [Int: Int]

    /// A table from `file` (and `sheet`, for a workbook) holding `rows`; `lines` gives a CSV row's
    /// starting line where it differs from the row's number.
    public init(file: String, sheet: String? = nil, rows: [TabularRow], isWorkbook: Bool = false, lines: [Int: Int] = [:]) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
        self.isWorkbook = isWorkbook
        self.lines = lines
    }

    /// Where a row is, for messages: `register.xlsx, sheet "Risks", row 7`, `risks.csv, row 7`, or
    /// `risks.csv, row 3 (line 4)` when a line break in a cell above puts the row on a later line.
    public func place(_ row: Int) -> String {
        if isWorkbook { return "\(file), sheet \"\(sheet ?? "")\", row \(row)" }
        return "\(file), row \(row)" + (lines[row].map { " (line \($0))" } ?? "")
    }
}
