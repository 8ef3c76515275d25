/// How a column's numbers are shown in a written workbook.
public enum ColumnFormat: Sendable, Equatable {
    /// Text, top-aligned and wrapped when the column is wide.
    case text
    /// A whole number.
    case integer
    /// A number with two decimal places.
    case decimal
    /// Pounds: `£1,234.00`.
    case money
    /// A fraction shown as a percentage: 0.4 shows as `40%`.
    case percent
    /// A date: `15 Jan 2027`.
    case date
}

/// A red, amber or green status, filled in colour and written as its word.
public enum CellFill: String, Sendable, Equatable {
    case red, amber, green, grey
}

/// A column of a written sheet.
public struct SheetColumn: Sendable, Equatable {
    public var title: String
    /// Width in characters.
    public var width: Double
    public var format: ColumnFormat

    public init(_ title: String, width: Double = 14, format: ColumnFormat = .text) {
        self.title = title
        self.width = width
        self.format = format
    }
}

/// A cell to write: its value and, for a status, its fill.
public struct OutputCell: Sendable, Equatable {
    public var value: SheetCell
    public var fill: CellFill?

    public init(_ value: SheetCell, fill: CellFill? = nil) {
        self.value = value
        self.fill = fill
    }
}

/// A sheet to write: a bold, frozen header row from the columns, then the rows.
public struct SheetOutput: Sendable, Equatable {
    public var name: String
    public var columns: [SheetColumn]
    public var rows: [[OutputCell]]

    public init(name: String, columns: [SheetColumn], rows: [[OutputCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
