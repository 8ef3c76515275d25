/// The rows of a CSV file numbered as a spreadsheet program shows them: a record's row is the line
/// it starts on, less the line breaks inside the cells of the records above it (a blank line is a
/// row, as it is on opening the file). Messages name the row a person finds in Excel or Calc.
enum CSVRowNumbers {
    /// Numbers `rows`, each numbered by the line it starts on and holding `breaks` line breaks in
    /// its cells, as a spreadsheet shows them; returns the line each row starts on where that
    /// differs from its number.
    static func number(_ rows: inout [TabularRow], breaks: [Int]) -> [Int: Int] {
        var lines: [Int: Int] = [:]
        var breaksAbove = 0
        for k in rows.indices {
            let line = rows[k].number
            rows[k].number = line - breaksAbove
            if breaksAbove > 0 { lines[rows[k].number] = line }
            breaksAbove += k < breaks.count ? breaks[k] : 0
        }
        return lines
    }
}
