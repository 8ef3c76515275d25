/// Column widths fitted to what the columns hold, so a written sheet is read and printed without
/// widening columns by hand: a column is as wide as its longest value (a text column up to its
/// given width, or 30 characters when that is less, and wrapped beyond), and at least as wide as
/// the longest word of its header, which wraps.
enum ColumnWidths {
    /// The narrowest column, in characters.
    static let minimum = 6.0
    /// How wide a text column may grow for long values even when it was given less.
    static let textGrowth = 30.0
    /// Characters either side of a value.
    static let padding = 2.0
    /// How much wider bold header letters are than the body's.
    static let boldFactor = 1.1

    /// The width of each of `sheet`'s columns.
    static func fitted(_ sheet: SheetOutput) -> [Double] {
        sheet.columns.indices.map { i in
            fitted(sheet.columns[i], values: sheet.rows.lazy.compactMap { i < $0.count ? $0[i].value : nil })
        }
    }

    /// The width of `column` holding `values`.
    static func fitted<S: Sequence>(_ column: SheetColumn, values: S) -> Double where S.Element == SheetCell {
        var content = 0
        for v in values { content = max(content, length(v, format: column.format)) }
        let headerWord = column.title.split { $0 == " " || $0 == "\n" }.map(\.count).max() ?? 0
        let header = Double(headerWord) * boldFactor
        var width = max(Double(content), header)
        if column.format == .text { width = min(width, max(column.width, textGrowth, header)) }
        // Excel takes no column wider than 255 characters.
        return ((min(max(width + padding, minimum), 255)) * 10).rounded() / 10
    }

    /// The characters `value` shows in a column of `format`: the longest line of text; a number as
    /// its format shows it (pounds with pence and commas, a date as "15 Jan 2027").
    static func length(_ value: SheetCell, format: ColumnFormat) -> Int {
        switch value {
        case .empty: return 0
        case .text(let t): return t.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        case .bool: return 5
        case .error(let e): return e.count
        case .date: return 11
        case .percent: return value.text.count
        case .number(let n):
            switch format {
            case .date: return 11
            case .percent: return SheetCell.format((n * 100).rounded()).count + 1
            case .money: return grouped(n, decimals: 2).count + 1
            case .decimal: return grouped(n, decimals: 2).count
            case .integer: return grouped(n.rounded(), decimals: 0).count
            case .text: return SheetCell.format(n).count
            }
        }
    }

    /// `n` with thousands separated by commas and `decimals` places: "-120,000.50".
    static func grouped(_ n: Double, decimals: Int) -> String {
        guard n.isFinite, abs(n) < 1e15 else { return SheetCell.format(n) }
        let whole = Int(abs(n).rounded(.down))
        var digits = String(whole)
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        out = (n < 0 ? "-" : "") + digits + out
        return decimals > 0 ? out + "." + String(repeating: "0", count: decimals) : out
    }
}
