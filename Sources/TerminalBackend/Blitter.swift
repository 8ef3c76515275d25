import CNcursesw
import PlanUI

/// Draws screens on the terminal, writing only the cells that changed since the last frame.
public final class Blitter {
    /// The last frame as drawn (see `Screen.drawn`).
    private var previous: Screen?
    private var palette: [Role: (attrs: Int32, pair: Int32)] = [:]
    private var pairs: [String: Int32] = [:]
    /// Roles in which a blank shows nothing (no background, underline or reverse) at this depth.
    private var plain: Set<Role> = []

    /// A blitter with no colours chosen and no frame drawn yet.
    public init() {}

    /// Chooses colours for every role from the theme at the terminal's colour depth.
    public func apply(_ theme: Theme, depth: ColourDepth) {
        palette = [:]
        pairs = [:]
        plain = []
        let maxPairs = Int32(sp_color_pairs())
        for role in Role.allCases {
            let style = theme.style(role, depth: depth)
            var attrs: Int32 = 0
            if style.bold { attrs |= Int32(SP_BOLD) }
            if style.underline { attrs |= Int32(SP_UNDERLINE) }
            if style.reverse { attrs |= Int32(SP_REVERSE) }
            if style.italic { attrs |= Int32(SP_ITALIC) }
            if style.dim { attrs |= Int32(SP_DIM) }
            var pair: Int32 = 0
            if depth != .monochrome {
                let fg = Blitter.number(style.fg), bg = Blitter.number(style.bg)
                if fg != -1 || bg != -1 {
                    let key = "\(fg)/\(bg)"
                    if let p = pairs[key] { pair = p } else if Int32(pairs.count + 1) < maxPairs {
                        pair = Int32(pairs.count + 1)
                        _ = sp_init_pair(pair, fg, bg)
                        pairs[key] = pair
                    }
                }
            }
            palette[role] = (attrs, pair)
            if !style.showsOnBlank { plain.insert(role) }
        }
        invalidate()
    }

    static func number(_ c: TermColour) -> Int32 {
        if case .index(let n) = c { return Int32(n) }
        return -1
    }

    /// Forgets the last frame so the next one is drawn whole.
    public func invalidate() {
        previous = nil
        sp_clear_all()
    }

    /// Draws `screen`, changed cells only (blank padding in the style around it, so ncurses sends
    /// as few changes of style as it can), and places the cursor.
    public func draw(_ frame: Screen) {
        let screen = frame.drawn(plain: plain)
        if previous?.size != screen.size { sp_clear_all() }
        for run in screen.changedRuns(since: previous) {
            guard let first = run.cells.first else { continue }
            let text = run.cells.flatMap(Blitter.glyph)
            let (attrs, pair) = palette[first.role] ?? (0, 0)
            sp_put(Int32(run.y), Int32(run.x), text, Int32(text.count), attrs | (first.italic ? Int32(SP_ITALIC) : 0), pair)
        }
        if let c = screen.cursor {
            sp_cursor(1, Int32(c.y), Int32(c.x))
        } else {
            sp_cursor(0, 0, 0)
        }
        sp_refresh()
        previous = screen
    }

    /// The wide characters for a cell. A character whose width the C library sees differently from
    /// the screen's is drawn as question marks of the right width, so borders never tear.
    static func glyph(_ cell: Cell) -> [wchar_t] {
        let scalars = Array(cell.char.unicodeScalars)
        guard let first = scalars.first else { return [wchar_t(32)] }
        if first.value < 0x80 && scalars.count == 1 { return [wchar_t(first.value)] }
        let libcWidth = Int(sp_wcwidth(wchar_t(first.value)))
        guard libcWidth == Int(cell.width) else {
            return Array(repeating: wchar_t(63), count: Int(cell.width))
        }
        var out = [wchar_t(first.value)]
        for s in scalars.dropFirst() where s.properties.generalCategory == .nonspacingMark
            || s.properties.generalCategory == .enclosingMark {
            out.append(wchar_t(s.value))
        }
        return out
    }
}
