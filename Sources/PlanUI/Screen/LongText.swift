/// Bounds on how much of one piece of text a view looks at, so drawing never grows with the length
/// of a field: a 50 MB title costs what a screenful costs.
public enum LongText {
    /// The most characters of one span a page lays out (several screens of text).
    public static let spanLimit = 4_000

    /// The characters of `text` that could show in `cells` cells: a prefix long enough for every
    /// cell even when some characters turn into two (`^X`), with room for zero-width marks.
    public static func prefix(_ text: String, cells: Int) -> Substring {
        text.prefix(max(0, cells) * 2 + 16)
    }

    /// True when `text` has more than `count` characters, found without walking all of it.
    public static func isLonger(_ text: String, than count: Int) -> Bool {
        text.index(text.startIndex, offsetBy: count, limitedBy: text.endIndex).map { $0 < text.endIndex } ?? false
    }

    /// `text` cut to `limit` characters with a note of how much there was, when it is longer.
    public static func capped(_ text: String, at limit: Int = spanLimit) -> String {
        guard isLonger(text, than: limit) else { return text }
        return String(text.prefix(limit)) + "… (cut: \(text.utf8.count) bytes in all)"
    }
}
