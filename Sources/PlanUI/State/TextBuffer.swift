/// An editable line or block of text with a cursor, counted in characters.
public struct TextBuffer: Equatable, Sendable {
    public private(set) var chars: [Character]
    public var cursor: Int

    public init(_ text: String = "") {
        chars = Array(text)
        cursor = chars.count
    }

    public var text: String { String(chars) }

    public mutating func insert(_ c: Character) {
        chars.insert(c, at: cursor)
        cursor += 1
    }

    public mutating func insert(_ s: String) { for c in s { insert(c) } }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        chars.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(chars.count, cursor + 1) }

    /// Start of the current line.
    public mutating func home() {
        while cursor > 0 && chars[cursor - 1] != "\n" { cursor -= 1 }
    }

    /// End of the current line.
    public mutating func end() {
        while cursor < chars.count && chars[cursor] != "\n" { cursor += 1 }
    }

    /// Deletes from the start of the line to the cursor (Ctrl-U).
    public mutating func killToStart() {
        var start = cursor
        while start > 0 && chars[start - 1] != "\n" { start -= 1 }
        chars.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K).
    public mutating func killToEnd() {
        var end = cursor
        while end < chars.count && chars[end] != "\n" { end += 1 }
        chars.removeSubrange(cursor..<end)
    }

    /// Deletes the word before the cursor (Ctrl-W).
    public mutating func deleteWord() {
        var start = cursor
        while start > 0 && chars[start - 1] == " " { start -= 1 }
        while start > 0 && chars[start - 1] != " " && chars[start - 1] != "\n" { start -= 1 }
        chars.removeSubrange(start..<cursor)
        cursor = start
    }

    /// (line, column) of the cursor, both from 0.
    public var cursorLineColumn: (line: Int, column: Int) {
        var line = 0, col = 0
        for c in chars[0..<cursor] {
            if c == "\n" { line += 1; col = 0 } else { col += 1 }
        }
        return (line, col)
    }

    /// Moves the cursor to the same column of the line above or below.
    public mutating func verticalMove(_ delta: Int) {
        let (line, col) = cursorLineColumn
        let lines = chars.split(separator: "\n", omittingEmptySubsequences: false).map { $0.count }
        let target = line + delta
        guard target >= 0 && target < lines.count else { return }
        var offset = 0
        for l in 0..<target { offset += lines[l] + 1 }
        cursor = offset + min(col, lines[target])
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    public mutating func apply(_ key: Key, multiline: Bool) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): left()
        case .right, .ctrl("f"): right()
        case .home, .ctrl("a"): home()
        case .end: end()
        case .ctrl("e") where !multiline: end()
        case .ctrl("u"): killToStart()
        case .ctrl("k"): killToEnd()
        case .ctrl("w"): deleteWord()
        case .up where multiline: verticalMove(-1)
        case .down where multiline: verticalMove(1)
        case .enter where multiline: insert("\n")
        default: return false
        }
        return true
    }
}
