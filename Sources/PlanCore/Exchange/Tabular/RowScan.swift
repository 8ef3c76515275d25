/// What one pass over a table's rows finds before any row is applied: which rows are blank, and in
/// which date columns a row holds a month-first (US) date. Many rows are scanned on two threads, each
/// reading its rows' cells once for every question, rather than one pass over all rows per question.
struct RowScan {
    /// The date columns asked about, in the order given.
    let dateColumns: [Int]
    /// Per row of the table: `blank`, and bit `k` when date column `k` holds a month-first date.
    private let flags: [UInt64]
    /// The flag of a row with nothing but spaces in it.
    private static let blank: UInt64 = 1 << 63
    /// Date columns past this many are asked about row by row when needed.
    private static let flaggedColumns = 63

    /// Scans `rows`, asking of each of `dateColumns` whether the row holds a month-first date there.
    init(_ rows: [TabularRow], dateColumns: [Int]) {
        self.dateColumns = dateColumns
        let flagged = Array(dateColumns.prefix(Self.flaggedColumns))
        flags = ParallelResults<UInt64>.inHalves(rows, from: 1024) { row in
            var f: UInt64 = row.isBlank ? RowScan.blank : 0
            for (k, c) in flagged.enumerated() where CellValues.monthFirst(row[c]) != nil { f |= 1 << UInt64(k) }
            return f
        }
    }

    /// True when the row at `index` of the table scanned is blank.
    func isBlank(_ index: Int) -> Bool { flags[index] & Self.blank != 0 }

    /// The first of `rows` (indices into the table scanned, in order) holding a month-first date in
    /// date column `k`, and that date as written; nil when none does.
    func firstMonthFirst(_ k: Int, among rows: [Int], of table: [TabularRow]) -> (index: Int, example: String)? {
        let column = dateColumns[k]
        if k < Self.flaggedColumns {
            guard let i = rows.first(where: { flags[$0] & (1 << UInt64(k)) != 0 }),
                  let example = CellValues.monthFirst(table[i][column]) else { return nil }
            return (i, example)
        }
        return rows.lazy.compactMap { i in CellValues.monthFirst(table[i][column]).map { (i, $0) } }.first
    }
}
