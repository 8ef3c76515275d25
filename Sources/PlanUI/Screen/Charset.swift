/// What the terminal can show: Unicode (UTF-8 locale) or plain ASCII.
public enum Charset: Sendable, Equatable {
    /// Unicode text and box drawing.
    case unicode
    /// Plain ASCII only.
    case ascii

    /// Line-drawing and symbol glyphs for this charset.
    public var glyphs: Glyphs { self == .unicode ? .unicode : .ascii }
}

/// The glyphs views draw with, in a Unicode and an ASCII set.
public struct Glyphs: Sendable {
    /// Box-drawing lines and corners.
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character
    /// Box-drawing junctions.
    public let teeDown, teeUp, teeRight, teeLeft, cross: Character
    /// Arrows, marks, the ellipsis and the tree's open and closed markers.
    public let arrowUp, arrowDown, arrowRight, bullet, check, cross2, ellipsis, expanded, collapsed: String
    /// Marks for a body with two parents and for a link, and eight bar heights, lowest first.
    public let twoParents, link, blocks: [Character]
    /// A light shade for filled areas.
    public let shade: Character

    static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                bottomRight: "┘", teeDown: "┬", teeUp: "┴", teeRight: "├", teeLeft: "┤", cross: "┼",
                                arrowUp: "▲", arrowDown: "▼", arrowRight: "►", bullet: "•", check: "✓", cross2: "✗",
                                ellipsis: "…", expanded: "▾", collapsed: "▸", twoParents: ["⇈"], link: ["⇢"],
                                blocks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], shade: "░")
    static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                              bottomRight: "+", teeDown: "+", teeUp: "+", teeRight: "+", teeLeft: "+", cross: "+",
                              arrowUp: "^", arrowDown: "v", arrowRight: ">", bullet: "*", check: "x", cross2: "-",
                              ellipsis: "~", expanded: "-", collapsed: "+", twoParents: ["2"], link: ["~"],
                              blocks: [".", ":", "-", "=", "+", "*", "#", "@"], shade: ".")
}

/// Makes text from files safe and fit for the terminal.
public enum Sanitize {
    /// Replaces what could drive the terminal or reorder text: C0 controls become `^X`, DEL `^?`,
    /// C1 controls and bidirectional overrides `?`. A tab becomes a space, and so does a line break
    /// (LF, CR LF or CR) left in text drawn on one line, as a list row's; pages that show line
    /// breaks split the text first (see ``DetailLayout``).
    public static func forDisplay(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsWork) else { return s }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in s.unicodeScalars {
            defer { afterCR = u.value == 0x0D }
            switch u.value {
            case 0x0A where afterCR: continue
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(u.value) + 0x40))
            case 0x7F: out.append("^"); out.append("?")
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: out.append("?")
            default: out.append(u)
            }
        }
        return String(out)
    }

    static func needsWork(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F
    }

    static let ascii: [Character: String] = [
        "–": "-", "—": "-", "‐": "-", "−": "-", "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"",
        "…": "...", "•": "*", "·": ".", "£": "GBP", "€": "EUR", "×": "x", "÷": "/", "→": "->", "←": "<-",
        "▲": "^", "▼": "v", "►": ">", "▸": "+", "▾": "-", "✓": "x", "✗": "-", "›": ">", "‹": "<", "°": "o",
        "½": "1/2", "¼": "1/4", "¾": "3/4", "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe",
        "Œ": "OE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "\u{00A0}": " ", "⇈": "2", "⇢": "~",
        "░": ".", "▁": ".", "▂": ":", "▃": "-", "▄": "=", "▅": "+", "▆": "*", "▇": "#", "█": "@",
    ]

    /// Plain ASCII for a terminal that cannot show UTF-8: accents dropped, dashes and quotes
    /// simplified, anything else `?`.
    public static func toASCII(_ s: String) -> String {
        guard !s.utf8.allSatisfy({ $0 < 0x80 }) else { return s }
        var out = ""
        for c in s {
            if c.isASCII { out.append(c); continue }
            if let r = ascii[c] { out += r; continue }
            if let base = c.unicodeScalars.first, let plain = latinBase(base) { out.append(plain); continue }
            out += String(repeating: "?", count: max(1, TextWidth.width(of: c)))
        }
        return out
    }

    /// The unaccented letter for common Latin letters with diacritics.
    static func latinBase(_ u: Unicode.Scalar) -> Character? {
        let groups: [(String, Character)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "A"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "C"), ("ďđ", "d"), ("ĎĐ", "D"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "E"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "G"), ("ìíîïĩīĭįı", "i"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "N"), ("òóôõöōŏő", "o"), ("ÒÓÔÕÖŌŎŐ", "O"),
            ("ŕŗř", "r"), ("ŔŖŘ", "R"), ("śŝşš", "s"), ("ŚŜŞŠ", "S"), ("ţťŧ", "t"), ("ŢŤŦ", "T"),
            ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ýÿŷ", "y"), ("ÝŸŶ", "Y"), ("źżž", "z"), ("ŹŻŽ", "Z"),
            ("ŵ", "w"), ("Ŵ", "W"),
        ]
        for (set, base) in groups where set.unicodeScalars.contains(u) { return base }
        return nil
    }
}
