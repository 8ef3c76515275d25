/// Reading a number format code (ECMA-376 Part 1, §18.8.31) for what it shows.
enum FormatCode {
    /// The characters of the code's first section (positive numbers) that are format symbols:
    /// quoted text, bracketed colours and locales, and escaped characters (`\x`, `_x`, `*x`) taken
    /// out, the section ending at the first `;`.
    static func symbols(_ code: String) -> [Character] {
        var out: [Character] = []
        var inQuote = false
        var inBracket = false
        var escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            switch ch {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case ";": return out
            default: out.append(ch)
            }
        }
        return out
    }
}
