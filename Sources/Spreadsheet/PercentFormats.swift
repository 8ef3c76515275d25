/// Which number formats show a percentage, so a cell's fraction (0.17) can be read as the
/// percentage its sheet shows (17%).
enum PercentFormats {
    /// Excel's built-in percent formats, `0%` and `0.00%` (ECMA-376 Part 1, §18.8.30).
    static let builtIn: Set<Int> = [9, 10]

    /// True when a custom format code shows a percentage: it has a `%` once quoted text, bracketed
    /// colours and locales, and escaped characters are taken out. Only the first section (positive
    /// numbers) is looked at, as Excel scales the value by 100 when any `%` is shown.
    static func isPercent(code: String) -> Bool { FormatCode.symbols(code).contains("%") }
}
