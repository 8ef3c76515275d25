import Foundation

/// Reads one worksheet part into rows of cells, resolving shared strings, date styles, formula
/// cells (by their cached value) and merged ranges: the steps, the same whichever reader reports
/// the elements (`XMLByteScanner` directly, `XMLParser` through `WorksheetParser`). Each start
/// returns false when the sheet is refused (`failure` says why) and reading must stop.
struct WorksheetReader {
    /// The largest sheet accepted, as Excel's own limits.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    private let shared: [String]
    private let dateStyles: [Bool]
    private let percentStyles: [Bool]
    private let date1904: Bool
    /// The rows read, each as an array of cells by column (`.empty` where none was read), in the
    /// order first met; `rowPosition` finds a row number's place, `lastRow` the one being filled.
    private var rows: [SheetRow] = []
    private var rowPosition: [Int: Int] = [:]
    private var lastRow: (number: Int, position: Int)?
    private(set) var merges: [CellRange] = []
    private(set) var failure: String?

    private var row = 0
    private var column = -1
    private var type = CellType.number
    private var style = 0
    private var value = ""
    /// A value's whole text when it is a plain whole number (a shared string's index, most numbers),
    /// read straight from its digits; `value` is then empty.
    private var integer: Int?
    private var inlineText = ""
    /// True while `inlineText` was taken from bytes holding no `_x`, so has no escape to undo.
    private var inlineTextPlain = false
    private var collecting: Collecting = .none
    private var hasValue = false
    private var cellCount = 0
    private let maxCells: Int

    private enum Collecting { case none, value, inlineText }

    init(shared: [String], dateStyles: [Bool], percentStyles: [Bool] = [], date1904: Bool, maxCells: Int) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.percentStyles = percentStyles
        self.date1904 = date1904
        self.maxCells = maxCells
    }

    mutating func startRow(_ number: String?) -> Bool {
        startRow(number: number.flatMap(Int.init))
    }

    /// A row numbered `number` (the one after the last when nil).
    mutating func startRow(number: Int?) -> Bool {
        row = number ?? row + 1
        column = -1
        if row < 1 || row > Self.maxRows { return stop("row \(row) is outside 1–\(Self.maxRows)") }
        return true
    }

    mutating func startCell(reference: String?, type: String?, style: String?) -> Bool {
        startCell(at: reference.flatMap(CellReference.init), written: reference, type: type.map { CellType($0) } ?? .number,
                  style: style.flatMap(Int.init) ?? 0)
    }

    /// A cell at `ref` (the one after the last when nil), `written` as the sheet gives its reference.
    mutating func startCell(at ref: CellReference?, written: @autoclosure () -> String?, type: CellType, style: Int) -> Bool {
        if let ref {
            column = ref.column
            if ref.row != row { row = ref.row }
        } else {
            column += 1
        }
        if column >= Self.maxColumns { return stop("cell \(written() ?? "") is beyond column XFD") }
        self.type = type
        self.style = style
        if !value.isEmpty { value = "" }
        integer = nil
        if !inlineText.isEmpty { inlineText = "" }
        inlineTextPlain = false
        hasValue = false
        return true
    }

    mutating func startValue() -> Bool {
        collecting = .value
        hasValue = true
        return true
    }

    mutating func startText() -> Bool {
        if type == .inline {
            collecting = .inlineText
            hasValue = true
        }
        return true
    }

    mutating func startPhonetic() -> Bool {
        collecting = .none
        return true
    }

    mutating func mergeCell(_ reference: String?) -> Bool {
        if let ref = reference, let range = CellRange(ref) { merges.append(range) }
        return true
    }

    mutating func endText() { collecting = .none }

    mutating func endCell() -> Bool {
        let cell = makeCell()
        if case .empty = cell {} else {
            cellCount += 1
            if cellCount > maxCells { return stop("more than \(maxCells) cells") }
            put(cell, row: row, column: column)
        }
        return true
    }

    /// True while the text being read belongs to a cell.
    var wantsText: Bool { collecting != .none }

    /// A cell's first text as bytes (no entities, no carriage returns): a shared string's index or
    /// a whole number is read from its digits, other values and inline text are taken whole without
    /// joining strings. False when it is not the first text, for `characters` to take.
    mutating func valueBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch collecting {
        case .value:
            guard value.isEmpty, integer == nil else { return false }
            if type == .shared || type == .number, let n = Self.plainInteger(bytes) {
                integer = n
            } else {
                value = String(decoding: bytes, as: UTF8.self)
            }
            return true
        case .inlineText:
            guard inlineText.isEmpty else { return false }
            inlineText = String(decoding: bytes, as: UTF8.self)
            inlineTextPlain = !XMLText.holdsUnderscoreX(bytes)
            return true
        case .none:
            return false
        }
    }

    /// The value of digits written as `String(Int)` writes them (an optional minus, no leading
    /// zero, at most 15 digits, so a `Double` holds it exactly); nil for any other text.
    static func plainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let negative = !bytes.isEmpty && bytes[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        let digits = bytes.count - i
        guard digits >= 1, digits <= 15 else { return nil }
        // "0" alone, but not "-0" nor "007", which `String(Int)` would not write back the same.
        if bytes[i] == UInt8(ascii: "0") && (digits > 1 || negative) { return nil }
        var n = 0
        while i < bytes.count {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
            i += 1
        }
        return negative ? -n : n
    }

    mutating func characters(_ string: String) {
        if let i = integer {
            value = String(i)
            integer = nil
        }
        switch collecting {
        case .value: value += string
        case .inlineText:
            inlineText += string
            inlineTextPlain = false
        case .none: break
        }
    }

    private func makeCell() -> SheetCell {
        guard hasValue else { return .empty }
        switch type {
        case .shared:
            guard let i = integer ?? Int(value), shared.indices.contains(i) else { return .error("#STRING?") }
            return .text(shared[i])
        case .inline: return .text(inlineTextPlain ? inlineText : XMLText.unescape(inlineText))
        case .formulaText: return .text(XMLText.unescape(value))
        case .bool: return .bool(value == "1" || value.lowercased() == "true")
        case .error: return .error(value)
        case .isoDate: return .text(value)
        case .number:
            if let integer { return number(Double(integer)) }
            // Nearly every value is a plain number, read without trimming it first.
            if let n = Double(value) { return number(n) }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .empty }
            guard let n = Double(trimmed) else { return .text(value) }
            return number(n)
        }
    }

    /// A number cell: a date when its style shows dates, a percentage when it shows one.
    private func number(_ n: Double) -> SheetCell {
        if dateStyles.indices.contains(style), dateStyles[style] {
            return .date(serial: date1904 ? n + 1462 : n)
        }
        if percentStyles.indices.contains(style), percentStyles[style] { return .percent(n) }
        return .number(n)
    }

    private mutating func stop(_ reason: String) -> Bool {
        if failure == nil { failure = reason }
        return false
    }

    /// Puts a cell that is not empty at its row and column, the row's array growing to reach it (a
    /// cell read twice keeps the last). Cells come row by row, so the row is nearly always the last one.
    private mutating func put(_ cell: SheetCell, row number: Int, column: Int) {
        let position: Int
        if let last = lastRow, last.number == number {
            position = last.position
        } else if let known = rowPosition[number] {
            position = known
        } else {
            position = rows.count
            // A new row is usually as wide as the one before it.
            var cells: [SheetCell] = []
            cells.reserveCapacity(max(column + 1, rows.last?.cells.count ?? 0))
            rows.append(SheetRow(number: number, cells: cells))
            rowPosition[number] = position
        }
        lastRow = (number, position)
        let count = rows[position].cells.count
        if count == column {
            rows[position].cells.append(cell)
        } else {
            if count < column {
                rows[position].cells.append(contentsOf: repeatElement(.empty, count: column + 1 - count))
            }
            rows[position].cells[column] = cell
        }
    }

    /// The cell read at a row and column, `.empty` where none was.
    private func cell(row number: Int, column: Int) -> SheetCell {
        guard let position = rowPosition[number], column < rows[position].cells.count else { return .empty }
        return rows[position].cells[column]
    }

    /// The rows in order, merged ranges filled with their first cell's value, blank rows left out.
    mutating func table(named name: String) -> SheetTable {
        for m in merges {
            let v = cell(row: m.from.row, column: m.from.column)
            guard v != .empty else { continue }
            for r in m.from.row...min(m.to.row, m.from.row + 10_000) {
                for c in m.from.column...min(m.to.column, m.from.column + 1_000) where cell(row: r, column: c) == .empty {
                    put(v, row: r, column: c)
                }
            }
        }
        var ordered = rows
        if !ordered.indices.dropFirst().allSatisfy({ ordered[$0 - 1].number < ordered[$0].number }) {
            ordered.sort { $0.number < $1.number }
        }
        return SheetTable(name: name, rows: ordered.filter { !$0.isBlank })
    }
}
