extension Day {
    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the ways people write dates in papers and spreadsheets: `2008-03-28`,
    /// `28/03/2008`, `28/3/08`, `28.03.2008`, `28 March 2008`, `28 Mar 08`, with a leading
    /// `By` or `by` ignored. Day-first, as in the UK. Nil when no date can be read.
    public init?(lenient raw: String) {
        var text = raw.trimmingSpaces()
        for prefix in ["By ", "by ", "BY ", "Before ", "before "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingSpaces()
        }
        if let d = Day(iso: text) { self = d; return }
        let separators: Set<Character> = ["/", ".", "-"]
        for sep in separators where text.contains(sep) {
            let parts = text.split(separator: sep, omittingEmptySubsequences: false)
            guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]),
                  let y = Day.expandYear(String(parts[2])) else { continue }
            if let day = Day(year: y, month: m, day: d) { self = day; return }
        }
        let words = text.split(separator: " ").map(String.init)
        if words.count == 3, let d = Int(words[0].filter(\.isNumber)), !words[0].isEmpty,
           let m = Day.monthNumber(words[1]), let y = Day.expandYear(words[2]),
           let day = Day(year: y, month: m, day: d) {
            self = day
            return
        }
        return nil
    }

    /// The last day of a month written as a month and year: `January 2027`, `Jan 27`, with a leading
    /// `By` ignored. Nil for anything else.
    public init?(endOfMonth raw: String) {
        var words = raw.trimmingSpaces().split(separator: " ").map(String.init)
        if words.count == 3, ["by", "before", "end"].contains(words[0].lowercased()) { words.removeFirst() }
        guard words.count == 2, let m = Day.monthNumber(words[0]), let y = Day.expandYear(words[1]) else { return nil }
        self.init(year: y, month: m, day: Day.daysIn(month: m, year: y))
    }

    /// Month number from an English name or abbreviation (`Mar`, `March`, `Sept`).
    public static func monthNumber(_ word: String) -> Int? {
        let w = word.lowercased().trimmingCharacters(in: ".,")
        guard w.count >= 3 else { return nil }
        for (i, name) in monthNames.enumerated() where name.lowercased().hasPrefix(w.prefix(3)) {
            if name.lowercased().hasPrefix(w) || w.hasPrefix(name.lowercased()) || w == "sept" {
                return i + 1
            }
        }
        return nil
    }

    private static func expandYear(_ s: String) -> Int? {
        guard !s.isEmpty, s.count <= 4, s.allSatisfy(\.isNumber), let y = Int(s) else { return nil }
        switch s.count {
        case 4: return y
        case 1, 2: return 2000 + y   // '08' and the seed's '8' are this century
        default: return nil
        }
    }
}

extension Day {
    /// The day an Excel date serial falls on (the 1900 system; 25569 is 1 January 1970); the time
    /// of day is dropped.
    public init(excelSerial serial: Double) {
        self.init(dayNumber: Int(serial.rounded(.down)) - 25_569)
    }

    /// The day as an Excel date serial (the 1900 system).
    public var excelSerial: Double { Double(dayNumber + 25_569) }
}
