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
    private let date1904: Bool
    private(set) var cells: [Int: [Int: SheetCell]] = [:]
    private(set) var merges: [CellRange] = []
    private(set) var failure: String?

    private var row = 0
    private var column = -1
    private var type = "n"
    private var style = 0
    private var value = ""
    private var inlineText = ""
    private var collecting: Collecting = .none
    private var hasValue = false
    private var cellCount = 0
    private let maxCells: Int

    private enum Collecting { case none, value, inlineText }

    init(shared: [String], dateStyles: [Bool], date1904: Bool, maxCells: Int) {
        self.shared = shared
        self.dateStyles = dateStyles
        self.date1904 = date1904
        self.maxCells = maxCells
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "row":
            row = attributes["r"].flatMap(Int.init) ?? row + 1
            column = -1
            if row < 1 || row > Self.maxRows { stop(parser, "row \(row) is outside 1–\(Self.maxRows)") }
        case "c":
            if let r = attributes["r"], let ref = CellReference(r) {
                column = ref.column
                if ref.row != row { row = ref.row }
            } else {
                column += 1
            }
            if column >= Self.maxColumns { stop(parser, "cell \(attributes["r"] ?? "") is beyond column XFD") }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            inlineText = ""
            hasValue = false
        case "v":
            collecting = .value
            hasValue = true
        case "t" where type == "inlineStr":
            collecting = .inlineText
            hasValue = true
        case "rPh":
            collecting = .none
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellRange(ref) { merges.append(range) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "v", "t": collecting = .none
        case "c":
            let cell = makeCell()
            if cell != .empty {
                cellCount += 1
                if cellCount > maxCells { stop(parser, "more than \(maxCells) cells"); return }
                cells[row, default: [:]][column] = cell
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch collecting {
        case .value: value += string
        case .inlineText: inlineText += string
        case .none: break
        }
    }

    private func makeCell() -> SheetCell {
        guard hasValue else { return .empty }
        switch type {
        case "s":
            guard let i = Int(value), shared.indices.contains(i) else { return .error("#STRING?") }
            return .text(shared[i])
        case "inlineStr": return .text(XMLText.unescape(inlineText))
        case "str": return .text(XMLText.unescape(value))
        case "b": return .bool(value == "1" || value.lowercased() == "true")
        case "e": return .error(value)
        case "d": return .text(value)
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .empty }
            guard let n = Double(trimmed) else { return .text(value) }
            if dateStyles.indices.contains(style), dateStyles[style] {
                return .date(serial: date1904 ? n + 1462 : n)
            }
            return .number(n)
        }
    }

    private func stop(_ parser: XMLParser, _ reason: String) {
        if failure == nil { failure = reason }
        parser.abortParsing()
    }

    /// The rows in order, merged ranges filled with their first cell's value, blank rows left out.
    func table(named name: String) -> SheetTable {
        var grid = cells
        for m in merges {
            guard let v = grid[m.from.row]?[m.from.column] else { continue }
            let rows = m.from.row...min(m.to.row, m.from.row + 10_000)
            for r in rows {
                for c in m.from.column...min(m.to.column, m.from.column + 1_000) where grid[r]?[c] == nil {
                    grid[r, default: [:]][c] = v
                }
            }
        }
        let rows: [SheetRow] = grid.keys.sorted().compactMap { r in
            guard let byColumn = grid[r], let last = byColumn.keys.max() else { return nil }
            var out = [SheetCell](repeating: .empty, count: last + 1)
            for (c, v) in byColumn { out[c] = v }
            let row = SheetRow(number: r, cells: out)
            return row.isBlank ? nil : row
        }
        return SheetTable(name: name, rows: rows)
    }
}
