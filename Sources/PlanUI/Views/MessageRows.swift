/// A message too long for the status line goes on over the key-hint line below it, so an export's
/// full path is read whole; the message log keeps every message whole too.
enum MessageRows {
    /// The message's text as one row, or two when it is wider than `width`: broken after a space or
    /// a "/" so a path or a word is not split mid-name where that can be helped; a second row still
    /// too long ends in "…".
    static func rows(_ text: String, width: Int, ellipsis: String = "…") -> [String] {
        let line = " " + text
        guard width > 1, TextWidth.width(of: line) > width else { return [line] }
        var used = 0
        var fits = line.startIndex
        var lastBreak: String.Index?
        for i in line.indices {
            let w = TextWidth.width(of: line[i])
            if used + w > width { break }
            used += w
            fits = line.index(after: i)
            if line[i] == " " || line[i] == "/" { lastBreak = fits }
        }
        // A break in the first half would waste the row: then the text is cut where the row ends.
        var cut = fits
        if let b = lastBreak, line.distance(from: line.startIndex, to: b) >= width / 2 { cut = b }
        let first = String(line[..<cut])
        let rest = " " + String(line[cut...]).drop { $0 == " " }
        return [first, Layout.truncate(rest, to: width, ellipsis: ellipsis)]
    }
}
