/// How a field's text is laid out in the cells it has: a one-line field scrolls sideways with
/// markers at the cut ends, a text box wraps at spaces.
enum FieldWindow {
    /// The part of a one-line field shown: characters `start..<end`, and whether text is cut off
    /// on the left (shown as ‹) or on the right (shown as ›).
    struct Slice: Equatable {
        var start: Int
        var end: Int
        var cutLeft: Bool { start > 0 }
        var cutRight: Bool
    }

    /// The slice of `chars` that keeps the cursor in view in `width` cells, leaving a cell for
    /// each marker and one for the cursor after the last character.
    static func slice(_ chars: [Character], cursor: Int, width: Int) -> Slice {
        guard width > 3 else { return Slice(start: 0, end: chars.count, cutRight: false) }
        // Only the characters near the cursor are measured, so a field of megabytes costs what a
        // screenful does.
        func w(_ c: Character) -> Int { TextWidth.width(of: String(c)) }
        var total = 0, i = 0
        while i < chars.count && total < width { total += w(chars[i]); i += 1 }
        if i == chars.count && total < width { return Slice(start: 0, end: chars.count, cutRight: false) }
        var start = 0
        var before = 0, j = min(cursor, chars.count)
        while j > 0 && before < width - 1 { j -= 1; before += w(chars[j]) }
        if before >= width - 1 {
            // The first character from which the text up to the cursor fits in width - 3 cells.
            var kept = 0, k = min(cursor, chars.count)
            while k > 0 && kept + w(chars[k - 1]) <= width - 3 { k -= 1; kept += w(chars[k]) }
            start = max(1, k)
        }
        let room = width - (start > 0 ? 1 : 0)
        var used = 0, end = start
        while end < chars.count && used + w(chars[end]) <= room - 1 { used += w(chars[end]); end += 1 }
        if end == chars.count && used < room { return Slice(start: start, end: chars.count, cutRight: false) }
        return Slice(start: start, end: end, cutRight: true)
    }

    /// A text box's rows: each line of the text wrapped at spaces (or cut where a word is longer
    /// than the box), with the cursor's row and column.
    struct Rows: Equatable {
        var rows: [String]
        var cursorRow: Int
        var cursorColumn: Int
    }

    static func wrap(_ buffer: TextBuffer, width: Int) -> Rows {
        let room = max(2, width - 1)
        var rows: [String] = []
        var cursorRow = 0, cursorColumn = 0
        var offset = 0
        for line in buffer.chars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init) {
            var start = 0
            repeat {
                var end = start
                while end < line.count && TextWidth.width(of: String(line[start...end])) <= room { end += 1 }
                if end == start && end < line.count { end = start + 1 }
                if end < line.count, let space = line[start..<end].lastIndex(of: " "), space > start {
                    end = space + 1
                }
                let last = end >= line.count
                let c = buffer.cursor - offset
                if c >= start && (c < end || (last && c == end)) {
                    cursorRow = rows.count
                    cursorColumn = TextWidth.width(of: String(line[start..<c]))
                }
                rows.append(String(line[start..<end]))
                start = end
            } while start < line.count
            offset += line.count + 1
        }
        return Rows(rows: rows, cursorRow: cursorRow, cursorColumn: cursorColumn)
    }
}
