/// One cell of the terminal grid: a character (a whole grapheme), its width and its role.
///
/// A wide character occupies its cell and a continuation cell after it (`width == 0`), so a
/// frame always has exactly `width × height` cells and borders never tear.
public struct Cell: Equatable, Sendable {
    /// The character drawn (a space for the continuation half of a wide one).
    public var char: Character
    /// 1 for most characters, 2 for wide ones, 0 for the continuation half of a wide one.
    public var width: UInt8
    /// How it is drawn: the theme's style for the role.
    public var role: Role
    /// Extra emphasis on top of the role (e.g. projected figures in italics).
    public var italic: Bool

    /// A cell holding `char`, `width` cells wide, drawn in `role`.
    public init(_ char: Character = " ", width: UInt8 = 1, role: Role = .normal, italic: Bool = false) {
        self.char = char
        self.width = width
        self.role = role
        self.italic = italic
    }

    /// A space in the normal style.
    public static let blank = Cell()
    static let continuation = Cell(" ", width: 0)
}

/// A point on the grid.
public struct Point: Equatable, Sendable {
    /// The column, from 0 at the left.
    public var x: Int
    /// The line, from 0 at the top.
    public var y: Int
    /// The point at column `x`, line `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A terminal size in cells.
public struct Size: Equatable, Sendable {
    /// Columns.
    public var width: Int
    /// Lines.
    public var height: Int
    /// A size of `width` columns by `height` lines.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A rectangle of cells.
public struct Rect: Equatable, Sendable {
    /// The left column.
    public var x: Int
    /// The top line.
    public var y: Int
    /// Columns (never negative).
    public var width: Int
    /// Lines (never negative).
    public var height: Int

    /// The rectangle at (`x`, `y`); a negative width or height counts as 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }
    /// The line just below the rectangle.
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }

    /// Splits into a top part of `rows` rows and the rest.
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let r = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
    }

    /// Splits into a left part of `cols` columns and the rest.
    public func splitLeft(_ cols: Int) -> (Rect, Rect) {
        let c = min(max(0, cols), width)
        return (Rect(x: x, y: y, width: c, height: height), Rect(x: x + c, y: y, width: width - c, height: height))
    }
}
