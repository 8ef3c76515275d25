/// Upcoming meeting dates computed from a cadence.
public struct MeetingSchedule: Sendable, Equatable {
    /// The meeting dates, earliest first.
    public var dates: [Day]
    /// True when the cadence has no anchor date, so the days of the month are only indicative.
    public var estimated: Bool
}

extension Cadence {
    /// The next `count` meetings on or after `from`, counted from the anchor date.
    ///
    /// Without an anchor, weekly series start on `from`, monthly and yearly series on the first of
    /// the month, and the result is marked estimated. "As required" has no dates.
    public func nextMeetings(from: Day, count: Int = 6) -> MeetingSchedule {
        guard count > 0 else { return MeetingSchedule(dates: [], estimated: anchor == nil) }
        let estimated = anchor == nil
        switch rule {
        case .asRequired:
            return MeetingSchedule(dates: [], estimated: estimated)
        case .weekly:
            let step = 7 * interval
            let start = anchor ?? from
            var n = start.dayNumber
            if n < from.dayNumber { n += ((from.dayNumber - n + step - 1) / step) * step }
            return MeetingSchedule(dates: (0..<count).map { Day(dayNumber: n + $0 * step) }, estimated: estimated)
        case .monthly, .timesAYear:
            let months = rule == .monthly ? interval : max(1, 12 / interval)
            let start = anchor ?? Day(year: from.year, month: from.month, day: 1) ?? from
            var k = 0
            while start.adding(months: k * months) < from { k += 1 }
            return MeetingSchedule(dates: (0..<count).map { start.adding(months: (k + $0) * months) },
                                   estimated: estimated)
        case .namedMonths:
            let wanted = Array(Set(months.filter { (1...12).contains($0) })).sorted()
            guard !wanted.isEmpty else { return MeetingSchedule(dates: [], estimated: estimated) }
            let dayOfMonth = anchor?.day ?? 1
            var out: [Day] = []
            var year = from.year
            while out.count < count && year < from.year + 20 {
                for m in wanted {
                    let d = Day(year: year, month: m, day: min(dayOfMonth, Day.daysIn(month: m, year: year)))
                    if let d, d >= from, out.count < count { out.append(d) }
                }
                year += 1
            }
            return MeetingSchedule(dates: out, estimated: estimated)
        }
    }
}

extension Cadence {
    /// Reads a cadence typed in a form: "weekly", "every 2 weeks", "fortnightly", "6-weekly",
    /// "monthly", "every 3 months", "quarterly", "6 times a year", "in Feb, Jun, Oct",
    /// "as required". Nil when the words name no cadence.
    public init?(parsing raw: String) {
        let t = raw.lowercased().trimmingSpaces().replacingAll(",", with: " ")
        let words = t.split(separator: " ").map(String.init)
        let numbers: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                      "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "once": 1,
                                      "twice": 2]
        func number(_ w: String) -> Int? { Int(w) ?? numbers[w] }
        switch t {
        case "weekly": self = .weekly(1); return
        case "fortnightly", "every two weeks", "every fortnight", "biweekly": self = .weekly(2); return
        case "monthly": self = .monthly(1); return
        case "quarterly": self = .monthly(3); return
        case "annually", "annual", "yearly", "once a year", "every year", "each year", "once yearly": self = .monthly(12); return
        case "as required", "ad hoc", "as needed": self = .asRequired; return
        default: break
        }
        if t.hasSuffix("-weekly"), let n = number(String(t.dropLast(7))) { self = .weekly(n); return }
        if t.hasSuffix("-monthly"), let n = number(String(t.dropLast(8))) { self = .monthly(n); return }
        if words.count == 3, words[0] == "every", let n = number(words[1]) {
            if words[2].hasPrefix("week") { self = .weekly(n); return }
            if words[2].hasPrefix("month") { self = .monthly(n); return }
        }
        if words.count >= 3, words.suffix(2) == ["a", "year"] || words.suffix(2) == ["per", "year"] {
            let head = words.dropLast(2)
            if let first = head.first, let n = number(first), head.count <= 2 {
                self = .timesAYear(n)
                return
            }
        }
        if words.first == "in" {
            let ms = words.dropFirst().filter { $0 != "and" }.compactMap(Day.monthNumber)
            if !ms.isEmpty && ms.count == words.dropFirst().filter({ $0 != "and" }).count {
                self = .inMonths(ms)
                return
            }
        }
        return nil
    }
}
