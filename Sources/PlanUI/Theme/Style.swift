/// A terminal colour: the terminal's default, or an index in the 256-colour palette.
public enum TermColour: Equatable, Hashable, Sendable {
    /// The terminal's own foreground or background colour.
    case `default`
    /// A colour of the 256-colour palette, by index.
    case index(Int)

    /// The nearest of the eight basic colours, for terminals with only eight.
    public var basic: TermColour {
        guard case .index(let n) = self else { return .default }
        switch n {
        case 0..<8: return .index(n)
        case 8..<16: return .index(n - 8)
        case 16..<232:
            let v = n - 16
            let r = v / 36, g = (v / 6) % 6, b = v % 6
            let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
            if bits == 0 && max(r, g, b) >= 2 {
                // Dim colours keep their hue rather than turning black.
                let m = max(r, g, b)
                return .index((r == m ? 1 : 0) | (g == m ? 2 : 0) | (b == m ? 4 : 0))
            }
            return .index(bits)
        default:
            return .index(n >= 244 ? 7 : 0)
        }
    }
}

/// How a role looks: colours and attributes.
public struct Style: Equatable, Hashable, Sendable {
    /// The foreground colour.
    public var fg: TermColour
    /// The background colour.
    public var bg: TermColour
    /// Bold text.
    public var bold = false
    /// Underlined text.
    public var underline = false
    /// Foreground and background swapped.
    public var reverse = false
    /// Italic text.
    public var italic = false
    /// Dim text.
    public var dim = false

    /// A style of the given colours and attributes; the terminal's defaults and none by default.
    public init(fg: TermColour = .default, bg: TermColour = .default, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, italic: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
        self.dim = dim
    }

    /// The same style with colours reduced to the eight basic ones.
    public var basic: Style {
        var s = self
        s.fg = fg.basic
        s.bg = bg.basic
        return s
    }

    /// The same attributes without any colour.
    public var colourless: Style {
        var s = self
        s.fg = .default
        s.bg = .default
        return s
    }
}

/// How many colours the terminal offers, from most to none.
public enum ColourDepth: Sendable, Equatable {
    /// The 256-colour palette.
    case full256
    /// The eight basic colours.
    case basic8
    /// No colour: attributes only.
    case monochrome
}
