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

/// A status cell's background colour: red, amber or green for a RAG rating, grey for one with no
/// rating yet. The fill overrides the column's number format; the cell's text carries the word, so
/// the status still reads when printed without colour.
public enum CellFill: String, Sendable, Equatable {
    /// One for each colour: red, amber and green for the ratings, grey for a status not yet rated.
    case red, amber, green, grey
}

/// A column of a written sheet.
public struct SheetColumn: Sendable, Equatable {
    /// The heading written in the bold, frozen first row.
    public var title: String
    /// Width in characters.
    public var width: Double
    /// How numbers in the column are shown; a text column's cells are also wrapped to the width
    /// and their rows made tall enough to show every line.
    public var format: ColumnFormat

    /// A column headed `title`, 14 characters wide and holding text unless told otherwise.
    public init(_ title: String, width: Double = 14, format: ColumnFormat = .text) {
        self.title = title
        self.width = width
        self.format = format
    }
}

/// A cell to write: its value and, for a status, its fill.
public struct OutputCell: Sendable, Equatable {
    /// What the cell holds; `.empty` writes no cell at all.
    public var value: SheetCell
    /// The status colour, or nil for a plain cell formatted by its column.
    public var fill: CellFill?

    /// A cell holding `value`, filled with `fill` when it shows a status.
    public init(_ value: SheetCell, fill: CellFill? = nil) {
        self.value = value
        self.fill = fill
    }
}

/// A sheet to write: a bold, frozen header row from the columns, then the rows.
public struct SheetOutput: Sendable, Equatable {
    /// The sheet's tab name as asked for. The writer drops the characters Excel refuses (`[]:*?/\`),
    /// cuts it to 31 characters and adds " (2)", " (3)" … to a name already used in the
    /// workbook (compared without regard to case).
    public var name: String
    /// The columns, left to right; they give the header row, the widths and the number formats.
    public var columns: [SheetColumn]
    /// The rows under the header, each a cell per column from the left. A row may be shorter than
    /// the columns (the rest is left empty); cells past the last column are styled as a text column's are.
    public var rows: [[OutputCell]]

    /// A sheet named `name` with a header from `columns` and then `rows`.
    public init(name: String, columns: [SheetColumn], rows: [[OutputCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
