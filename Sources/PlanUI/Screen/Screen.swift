/// A whole frame: a grid of cells, drawn from scratch for every state (immediate mode).
/// The backend compares it with the previous frame and writes only what changed.
public struct Screen: Equatable, Sendable {
    /// The frame's width and height in cells.
    public let size: Size
    /// The cells, row by row from the top left.
    public internal(set) var cells: [Cell]
    /// Where the terminal cursor should show (a text field being edited), if anywhere.
    public var cursor: Point?
    /// How text is shown: Unicode, or ASCII for terminals that cannot show UTF-8.
    public let charset: Charset

    /// A blank frame of `size`.
    public init(size: Size, charset: Charset = .unicode) {
        self.size = size
        self.charset = charset
        cells = Array(repeating: .blank, count: max(0, size.width * size.height))
    }

    /// The glyphs of the frame's charset.
    public var glyphs: Glyphs { charset.glyphs }
    /// The whole frame as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at column `x`, row `y`; a blank outside the frame.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Sets one cell, clearing any wide character it would split.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let i = y * size.width + x
        if cells[i].width == 0 && x > 0 { cells[i - 1] = Cell(" ", role: cells[i - 1].role) }
        if cells[i].width == 2 && x + 1 < size.width { cells[i + 1] = Cell(" ", role: cells[i].role) }
        cells[i] = cell
    }

    /// Fills a rectangle with spaces in `role`.
    public mutating func fill(_ r: Rect, role: Role = .normal) {
        for y in max(0, r.y)..<min(size.height, r.maxY) {
            for x in max(0, r.x)..<min(size.width, r.maxX) { set(x, y, Cell(" ", role: role)) }
        }
    }

    /// Writes `text` from (x, y), never past `maxX` (defaults to the right edge). Text is sanitised
    /// (and transliterated in ASCII mode); a wide character that would not fit is not drawn.
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal, maxX: Int? = nil,
                             italic: Bool = false) -> Int {
        guard y >= 0, y < size.height else { return x }
        let limit = min(maxX ?? size.width, size.width)
        var cx = x
        // Only the characters that could fit are looked at, however long the text.
        let shown = String(LongText.prefix(text, cells: limit - min(x, 0)))
        let safe = charset == .ascii ? Sanitize.toASCII(Sanitize.forDisplay(shown)) : Sanitize.forDisplay(shown)
        for c in safe {
            let w = TextWidth.width(of: c)
            if w == 0 { continue }
            if cx + w > limit { break }
            if cx >= 0 {
                set(cx, y, Cell(c, width: UInt8(w), role: role, italic: italic))
                if w == 2 { set(cx + 1, y, Cell(" ", width: 0, role: role)) }
            }
            cx += w
        }
        return cx
    }

    /// Writes `text` truncated to `width` cells with an ellipsis, padded with spaces in `role`.
    public mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, role: Role = .normal,
                                   alignRight: Bool = false, italic: Bool = false) {
        guard width > 0 else { return }
        let t = Layout.truncate(text, to: width, ellipsis: glyphs.ellipsis)
        let w = TextWidth.width(of: charset == .ascii ? Sanitize.toASCII(Sanitize.forDisplay(t)) : Sanitize.forDisplay(t))
        fill(Rect(x: x, y: y, width: width, height: 1), role: role)
        put(t, x: alignRight ? x + width - w : x, y: y, role: role, maxX: x + width, italic: italic)
    }

    /// Draws a box border around `r`, with an optional title in the top edge.
    public mutating func box(_ r: Rect, role: Role = .border, title: String? = nil, titleRole: Role = .heading) {
        guard r.width >= 2, r.height >= 2 else { return }
        let g = glyphs
        for x in (r.x + 1)..<(r.maxX - 1) {
            set(x, r.y, Cell(g.horizontal, role: role))
            set(x, r.maxY - 1, Cell(g.horizontal, role: role))
        }
        for y in (r.y + 1)..<(r.maxY - 1) {
            set(r.x, y, Cell(g.vertical, role: role))
            set(r.maxX - 1, y, Cell(g.vertical, role: role))
        }
        set(r.x, r.y, Cell(g.topLeft, role: role))
        set(r.maxX - 1, r.y, Cell(g.topRight, role: role))
        set(r.x, r.maxY - 1, Cell(g.bottomLeft, role: role))
        set(r.maxX - 1, r.maxY - 1, Cell(g.bottomRight, role: role))
        if let title, r.width > 4 {
            put(" " + title + " ", x: r.x + 2, y: r.y, role: titleRole, maxX: r.maxX - 2)
        }
    }

    /// A horizontal rule across `r`'s width at row `y`.
    public mutating func hline(x: Int, y: Int, width: Int, role: Role = .border) {
        for cx in x..<(x + max(0, width)) { set(cx, y, Cell(glyphs.horizontal, role: role)) }
    }

    /// A vertical rule.
    public mutating func vline(x: Int, y: Int, height: Int, role: Role = .border) {
        for cy in y..<(y + max(0, height)) { set(x, cy, Cell(glyphs.vertical, role: role)) }
    }

    /// Changes the role of cells in a rectangle, keeping their characters.
    public mutating func restyle(_ r: Rect, role: Role) {
        for y in max(0, r.y)..<min(size.height, r.maxY) {
            for x in max(0, r.x)..<min(size.width, r.maxX) { cells[y * size.width + x].role = role }
        }
    }

    /// The frame as plain text, one line per row, trailing spaces kept (for snapshots).
    public var text: String {
        var lines: [String] = []
        for y in 0..<size.height {
            var line = ""
            for x in 0..<size.width where cells[y * size.width + x].width != 0 {
                line.append(cells[y * size.width + x].char)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The frame as text with trailing spaces removed from each line.
    public var trimmedText: String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var s = Substring(line)
            while s.last == " " { s.removeLast() }
            return String(s)
        }.joined(separator: "\n")
    }
}
