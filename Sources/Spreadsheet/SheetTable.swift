/// One row of a sheet: its number in the sheet (1-based, as the spreadsheet shows it) and its cells.
public struct SheetRow: Sendable, Equatable {
    /// The row's number as the spreadsheet shows it, counting from 1.
    public var number: Int
    /// The cells from column A rightwards, index 0 being column A. The array ends at the last cell
    /// that holds something, so rows of one table may differ in length; a gap reads as `.empty`.
    public var cells: [SheetCell]

    /// A row numbered `number` holding `cells` from column A.
    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// True when every cell is blank.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }
}

/// A sheet of a workbook as read: its name and the rows of cells that hold anything.
public struct SheetTable: Sendable, Equatable {
    /// The sheet's tab name as the workbook lists it.
    public var name: String
    /// The rows that hold anything, in order; blank rows are left out, so numbers may skip.
    public var rows: [SheetRow]

    /// A table named `name` holding `rows`, which should be in rising row number.
    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }

    /// True when no row holds anything.
    public var isEmpty: Bool { rows.allSatisfy(\.isBlank) }
}

/// A column's letters as the spreadsheet shows them: 0 → "A", 25 → "Z", 26 → "AA".
public func columnLetters(_ index: Int) -> String {
    var n = index + 1
    var out = ""
    while n > 0 {
        let r = (n - 1) % 26
        out = String(UnicodeScalar(UInt8(65 + r))) + out
        n = (n - 1) / 26
    }
    return out
}
