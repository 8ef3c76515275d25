/// A calendar date without a time of day or a time zone, written `YYYY-MM-DD` in files.
///
/// Plans, reviews and milestones are dated by the day; nothing in a partnership plan needs a clock
/// time. Arithmetic uses a day number (days since 1970-01-01) so it needs no calendar object.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2008.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// Creates a day, or nil when the parts do not name a real date (e.g. 31 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `n` days after 1970-01-01 (negative before it).
    public init(dayNumber n: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(dayNumber: dayNumber + n) }

    /// The same day of the month `n` months later, clamped to the month's last day.
    public func adding(months n: Int) -> Day {
        let total = (year * 12 + (month - 1)) + n
        let y = total / 12, m = total % 12 + 1
        let d = min(day, Day.daysIn(month: m, year: y))
        return Day(year: y, month: m, day: d) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.dayNumber - dayNumber }

    /// Day of the week, 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let n = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (n < 0 ? n + 7 : n) + 1
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// `2008-03-28`.
    public var description: String { iso }

    /// `28 Mar 2008`, the form used on screens and in papers.
    public var display: String { "\(day) \(Day.monthAbbreviations[month - 1]) \(year)" }

    /// `Mar 2008`.
    public var monthYear: String { "\(Day.monthAbbreviations[month - 1]) \(year)" }

    /// Earlier days first.
    public static func < (a: Day, b: Day) -> Bool { a.dayNumber < b.dayNumber }

    /// Three-letter English month names.
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// Full English month names.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// Number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day: Codable {
    /// Reads `YYYY-MM-DD`; anything else is an error naming what was found.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let d = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "expected a date written YYYY-MM-DD, found \"\(text)\"")
        }
        self = d
    }

    /// Writes `YYYY-MM-DD`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
