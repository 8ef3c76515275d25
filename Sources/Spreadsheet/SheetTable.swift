/// One row of a sheet: its number in the sheet (1-based, as the spreadsheet shows it) and its cells.
public struct SheetRow: Sendable, Equatable {
    public var number: Int
    public var cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    /// True when every cell is blank.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }
}

/// A sheet of a workbook (or the one table of a CSV file): named rows of cells.
public struct SheetTable: Sendable, Equatable {
    public var name: String
    /// The rows that hold anything, in order; blank rows are left out, so numbers may skip.
    public var rows: [SheetRow]

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
