/// The rows of a CSV file numbered as a spreadsheet program shows them: a record's row is the line
/// it starts on, less the line breaks inside the cells of the records above it (a blank line is a
/// row, as it is on opening the file). Messages name the row a person finds in Excel or Calc.
enum CSVRowNumbers {
    /// The records as rows, and the line each row starts on where that differs from its number.
    /// Many records are made into cells on two threads, each taking one half.
    static func rows(of records: [CSV.Record]) -> (rows: [TabularRow], lines: [Int: Int]) {
        let cells = ParallelResults<(cells: [RawCell], breaks: Int)>.inHalves(records, from: 2_000) { record in
            (record.fields.map { $0.isEmpty ? .empty : .text($0) }, record.fields.reduce(0) { $0 + lineBreaks(in: $1) })
        }
        var rows: [TabularRow] = []
        rows.reserveCapacity(records.count)
        var lines: [Int: Int] = [:]
        var breaksAbove = 0
        for (record, made) in zip(records, cells) {
            let row = record.line - breaksAbove
            if breaksAbove > 0 { lines[row] = record.line }
            rows.append(TabularRow(number: row, cells: made.cells))
            breaksAbove += made.breaks
        }
        return (rows, lines)
    }

    /// The line feeds in a cell (the reader turns a quoted CRLF into one).
    static func lineBreaks(in field: String) -> Int {
        var n = 0
        for b in field.utf8 where b == 0x0A { n += 1 }
        return n
    }
}
