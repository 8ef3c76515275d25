import PlanCore

/// A fault in a theme or configuration file: which file, which line, and what was expected.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file at fault.
    public var file: String
    /// The line at fault, counted from 1.
    public var line: Int
    /// What was wrong or expected.
    public var message: String

    /// A fault in `file` at `line` saying `message`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The fault as `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}

extension Theme {
    static let colourNames: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "grey": 8, "gray": 8, "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses a theme file. Roles it leaves out keep the style of `base`.
    ///
    /// ```toml
    /// name = "Default dark"
    /// [styles]
    /// title = "bold 231 on 24"    # foreground on background, then attributes
    /// ```
    public static func parse(_ text: String, file: String, base: Theme) throws(ConfigError) -> Theme {
        var theme = base
        for e in try TOMLEntries.parse(text, file: file) {
            switch (e.section, e.key) {
            case ("", "name"):
                guard e.kind == .string else { throw ConfigError(file: file, line: e.line, message: "name must be a quoted string") }
                theme.name = e.value
            case ("", _):
                throw ConfigError(file: file, line: e.line, message: "unknown setting \"\(e.key)\"; expected name or [styles]")
            case ("styles", let key):
                guard let role = Role(rawValue: key) else {
                    throw ConfigError(file: file, line: e.line, message: "unknown role \"\(key)\"; expected one of: "
                                      + Role.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard e.kind == .string else {
                    throw ConfigError(file: file, line: e.line, message: "the style of \(key) must be a quoted string, e.g. \"bold 231 on 24\"")
                }
                theme.styles[role] = try parseStyle(e.value, file: file, line: e.line)
            default:
                throw ConfigError(file: file, line: e.line, message: "unknown section [\(e.section)]; expected [styles]")
            }
        }
        return theme
    }

    /// Parses `bold 231 on 24`, `red`, `default on blue, underline`, `#ff8800 on 236`.
    static func parseStyle(_ text: String, file: String, line: Int) throws(ConfigError) -> Style {
        var style = Style()
        var onBackground = false
        for word in text.replacingAll(",", with: " ").split(separator: " ").map({ String($0).lowercased() }) {
            switch word {
            case "bold": style.bold = true
            case "underline": style.underline = true
            case "reverse": style.reverse = true
            case "italic": style.italic = true
            case "dim": style.dim = true
            case "on": onBackground = true
            default:
                guard let c = colour(word) else {
                    throw ConfigError(file: file, line: line, message: "\"\(word)\" is not a colour or attribute; expected "
                                      + "a colour name, a number 0–255, #rrggbb, default, or bold/underline/reverse/italic/dim")
                }
                if onBackground { style.bg = c } else { style.fg = c }
            }
        }
        return style
    }

    static func colour(_ word: String) -> TermColour? {
        if word == "default" { return .default }
        if let n = colourNames[word] { return .index(n) }
        if let n = Int(word), (0...255).contains(n) { return .index(n) }
        if word.hasPrefix("#"), word.count == 7, let v = Int(word.dropFirst(), radix: 16) {
            func cube(_ c: Int) -> Int { c < 48 ? 0 : c < 115 ? 1 : (c - 35) / 40 }
            return .index(16 + 36 * cube(v >> 16) + 6 * cube((v >> 8) & 255) + cube(v & 255))
        }
        return nil
    }
}
