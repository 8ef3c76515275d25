#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// Reads one worksheet part into rows of cells, resolving shared strings, date styles, formula
/// cells (by their cached value) and merged ranges.
final class WorksheetParser: NSObject, XMLParserDelegate {
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
    /// A shared string's index read straight from the value's digits (`value` is then empty).
    private var sharedIndex: Int?
    private var inlineText = ""
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

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let keepGoing: Bool
        switch local(name) {
        case "row": keepGoing = startRow(attributes["r"])
        case "c": keepGoing = startCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"])
        case "v": keepGoing = startValue()
        case "t": keepGoing = startText()
        case "rPh": keepGoing = startPhonetic()
        case "mergeCell": keepGoing = mergeCell(attributes["ref"])
        default: keepGoing = true
        }
        if !keepGoing { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "v", "t": endText()
        case "c": if !endCell() { parser.abortParsing() }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { characters(string) }

    // The steps of reading a sheet, the same whichever reader reports the elements. Each start
    // returns false when the sheet is refused (`failure` says why) and reading must stop.

    func startRow(_ number: String?) -> Bool {
        row = number.flatMap(Int.init) ?? row + 1
        column = -1
        if row < 1 || row > Self.maxRows { return stop("row \(row) is outside 1–\(Self.maxRows)") }
        return true
    }

    func startCell(reference: String?, type: String?, style: String?) -> Bool {
        startCell(at: reference.flatMap(CellReference.init), written: reference, type: type.map { CellType($0.utf8) } ?? .number,
                  style: style.flatMap(Int.init) ?? 0)
    }

    /// A cell at `ref` (the one after the last when nil), `written` as the sheet gives its reference.
    func startCell(at ref: CellReference?, written: @autoclosure () -> String?, type: CellType, style: Int) -> Bool {
        if let ref {
            column = ref.column
            if ref.row != row { row = ref.row }
        } else {
            column += 1
        }
        if column >= Self.maxColumns { return stop("cell \(written() ?? "") is beyond column XFD") }
        self.type = type
        self.style = style
        value = ""
        sharedIndex = nil
        inlineText = ""
        hasValue = false
        return true
    }

    func startValue() -> Bool {
        collecting = .value
        hasValue = true
        return true
    }

    func startText() -> Bool {
        if type == .inline {
            collecting = .inlineText
            hasValue = true
        }
        return true
    }

    func startPhonetic() -> Bool {
        collecting = .none
        return true
    }

    func mergeCell(_ reference: String?) -> Bool {
        if let ref = reference, let range = CellRange(ref) { merges.append(range) }
        return true
    }

    func endText() { collecting = .none }

    func endCell() -> Bool {
        let cell = makeCell()
        if cell != .empty {
            cellCount += 1
            if cellCount > maxCells { return stop("more than \(maxCells) cells") }
            put(cell, row: row, column: column)
        }
        return true
    }

    /// True while the text being read belongs to a cell.
    var wantsText: Bool { collecting != .none }

    /// A cell value's text as bytes (no entities, no carriage returns): a shared string's index is
    /// read from its digits and a value's first text is taken whole, without joining strings.
    /// False when it is not a value's first text, for `characters` to take.
    func valueBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard collecting == .value, value.isEmpty, sharedIndex == nil else { return false }
        if type == .shared, !bytes.isEmpty, bytes.count <= 9, bytes.allSatisfy({ (0x30...0x39).contains($0) }) {
            sharedIndex = bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        } else {
            value = String(decoding: bytes, as: UTF8.self)
        }
        return true
    }

    func characters(_ string: String) {
        if let i = sharedIndex {
            value = String(i)
            sharedIndex = nil
        }
        switch collecting {
        case .value: value += string
        case .inlineText: inlineText += string
        case .none: break
        }
    }

    private func makeCell() -> SheetCell {
        guard hasValue else { return .empty }
        switch type {
        case .shared:
            guard let i = sharedIndex ?? Int(value), shared.indices.contains(i) else { return .error("#STRING?") }
            return .text(shared[i])
        case .inline: return .text(XMLText.unescape(inlineText))
        case .formulaText: return .text(XMLText.unescape(value))
        case .bool: return .bool(value == "1" || value.lowercased() == "true")
        case .error: return .error(value)
        case .isoDate: return .text(value)
        case .number:
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

    private func stop(_ reason: String) -> Bool {
        if failure == nil { failure = reason }
        return false
    }

    /// Puts a cell that is not empty at its row and column, the row's array growing to reach it (a
    /// cell read twice keeps the last). Cells come row by row, so the row is nearly always the last one.
    private func put(_ cell: SheetCell, row number: Int, column: Int) {
        let position: Int
        if let last = lastRow, last.number == number {
            position = last.position
        } else if let known = rowPosition[number] {
            position = known
        } else {
            position = rows.count
            rows.append(SheetRow(number: number, cells: []))
            rowPosition[number] = position
        }
        lastRow = (number, position)
        if rows[position].cells.count <= column {
            rows[position].cells.append(contentsOf: repeatElement(.empty, count: column + 1 - rows[position].cells.count))
        }
        rows[position].cells[column] = cell
    }

    /// The cell read at a row and column, `.empty` where none was.
    private func cell(row number: Int, column: Int) -> SheetCell {
        guard let position = rowPosition[number], column < rows[position].cells.count else { return .empty }
        return rows[position].cells[column]
    }

    /// The rows in order, merged ranges filled with their first cell's value, blank rows left out.
    func table(named name: String) -> SheetTable {
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
