/// Ids people can read: made from a record's name when it is first stored ("pmg",
/// "youth-offending-service"), with a number added only when the name's id is taken.
public enum ReadableID {
    /// Lower-case letters and digits of `name`, words joined by hyphens, at most `maxWords` words;
    /// `fallback` when the name has no letters or digits.
    public static func slug(_ name: String, maxWords: Int = 4, fallback: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(maxWords)
        return words.isEmpty ? fallback : words.joined(separator: "-")
    }

    /// A free id made from `name`: its slug, else the slug with -2, -3, …
    public static func make(from name: String, existing: some Sequence<String>, fallback: String) -> String {
        let taken = Set(existing)
        let base = slug(name, fallback: fallback)
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}
