/// An editable line or block of text with a cursor, counted in characters.
public struct TextBuffer: Equatable, Sendable {
    /// The text, character by character.
    public private(set) var chars: [Character]
    /// Where typing goes: a position in `chars`, 0 to its count.
    public var cursor: Int

    /// A buffer holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        chars = Array(text)
        cursor = chars.count
    }

    /// The text as a string.
    public var text: String { String(chars) }

    /// Inserts a character at the cursor and moves past it.
    public mutating func insert(_ c: Character) {
        chars.insert(c, at: cursor)
        cursor += 1
    }

    /// Inserts text at the cursor and moves past it.
    public mutating func insert(_ s: String) {
        let added = Array(s)
        chars.insert(contentsOf: added, at: cursor)
        cursor += added.count
    }

    /// Removes the character before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        chars.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Removes the character at the cursor.
    public mutating func deleteForward() {
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
    }

    /// Moves the cursor one character back.
    public mutating func left() { cursor = max(0, cursor - 1) }
    /// Moves the cursor one character on.
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

    /// Moves the cursor to the start of the word before it (Alt-B).
    public mutating func wordLeft() {
        while cursor > 0 && !TextBuffer.isWordCharacter(chars[cursor - 1]) { cursor -= 1 }
        while cursor > 0 && TextBuffer.isWordCharacter(chars[cursor - 1]) { cursor -= 1 }
    }

    /// Moves the cursor past the end of the word after it (Alt-F).
    public mutating func wordRight() {
        while cursor < chars.count && !TextBuffer.isWordCharacter(chars[cursor]) { cursor += 1 }
        while cursor < chars.count && TextBuffer.isWordCharacter(chars[cursor]) { cursor += 1 }
    }

    /// Deletes from the cursor to the end of the word after it (Alt-D).
    public mutating func deleteWordForward() {
        let start = cursor
        wordRight()
        chars.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Pasted text as a field takes it: each line end (LF, CR or CR LF) a `\n` in a box of several
    /// lines; in a one-line field the line ends after the text are dropped and the others become
    /// spaces. Tabs become spaces; other control characters are dropped.
    public static func pasted(_ text: String, multiline: Bool) -> String {
        var lines: [String] = [""]
        for c in text {
            switch c {
            case "\n", "\r", "\r\n": lines.append("")
            case "\t": lines[lines.count - 1].append(" ")
            default:
                if c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { continue }
                lines[lines.count - 1].append(c)
            }
        }
        if multiline { return lines.joined(separator: "\n") }
        while lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines.joined(separator: " ")
    }

    /// Letters and digits make words; spaces and punctuation separate them, as in readline.
    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

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
        case .alt("b"), .ctrlLeft: wordLeft()
        case .alt("f"), .ctrlRight: wordRight()
        case .alt("d"): deleteWordForward()
        case .up where multiline: verticalMove(-1)
        case .down where multiline: verticalMove(1)
        case .enter where multiline: insert("\n")
        case .paste(let text): insert(TextBuffer.pasted(text, multiline: multiline))
        default: return false
        }
        return true
    }
}
