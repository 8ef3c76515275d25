/// English from the data: plurals from counts and dates written out in full.
public enum Plural {
    /// The plural of an English noun: "body" → "bodies", "authority" → "authorities", "action" → "actions".
    public static func of(_ noun: String) -> String {
        let lower = noun.lowercased()
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
            return String(noun.dropLast()) + "ies"
        }
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") { return noun + "es" }
        return noun + "s"
    }

    /// "1 action", "2 actions"; with `showing: false` only the noun in the right number.
    public static func count(_ n: Int, _ noun: String, showing: Bool = true) -> String {
        let word = n == 1 ? noun : of(noun)
        return showing ? "\(n) \(word)" : word
    }
}

/// Dates as papers print them.
public enum PaperDate {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "10 December 2026".
    public static func long(_ d: Day) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }
}
