/// A cell's place, read from a reference such as `B12` (0-based column, 1-based row).
struct CellReference: Equatable {
    var column: Int
    var row: Int

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `B12`, `AA3`, or `$B$12`; nil when it is not a cell reference.
    init?(_ text: String) { self.init(utf8: text.utf8) }

    /// The reference written in `utf8`, as `init(_:)` reads it.
    init?<S: Sequence>(utf8: S) where S.Element == UInt8 {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for u in utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(u - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(u - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(u - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }
}

/// A rectangle of cells such as `A1:C3`, as merged-cell ranges give them.
struct CellRange: Equatable {
    var from: CellReference
    var to: CellReference

    init?(_ text: String) {
        let parts = text.split(separator: ":").map(String.init)
        guard parts.count == 2, let a = CellReference(parts[0]), let b = CellReference(parts[1]) else { return nil }
        from = CellReference(column: min(a.column, b.column), row: min(a.row, b.row))
        to = CellReference(column: max(a.column, b.column), row: max(a.row, b.row))
    }
}
