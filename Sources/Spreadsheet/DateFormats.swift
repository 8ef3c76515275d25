/// Which number formats show a date, so a cell's number can be read as one.
enum DateFormats {
    /// Excel's built-in date and date-time formats (ECMA-376 Part 1, §18.8.30).
    static let builtIn: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// True when a custom format code shows a date: it has a day or year part once quoted text,
    /// bracketed colours and locales, and escaped characters are taken out.
    static func isDate(code: String) -> Bool { FormatCode.symbols(code.lowercased()).contains { $0 == "d" || $0 == "y" } }
}
