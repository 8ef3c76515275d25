/// A UK financial year, April to March, named by the calendar year it starts in.
/// `FinancialYear(2008)` is "2008-09".
public struct FinancialYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year the financial year starts in (2008 for 2008-09).
    public let start: Int
    /// The financial year starting in April of `start`.
    public init(_ start: Int) { self.start = start }

    /// The financial year a day falls in.
    public init(containing d: Day) { start = d.month >= 4 ? d.year : d.year - 1 }

    /// `2008-09`.
    public var description: String {
        let next = (start + 1) % 100
        return "\(start)-\(next < 10 ? "0" : "")\(next)"
    }

    /// 1 April of its first year.
    public var first: Day { Day(year: start, month: 4, day: 1) ?? Day(dayNumber: 0) }
    /// 31 March of its second year.
    public var last: Day { Day(year: start + 1, month: 3, day: 31) ?? Day(dayNumber: 0) }
    /// The year after.
    public var next: FinancialYear { FinancialYear(start + 1) }
    /// The year before.
    public var previous: FinancialYear { FinancialYear(start - 1) }

    /// Parses `2008-09`, `2008/09`, `2008-2009` or `2008`.
    public init?(text raw: String) {
        let t = raw.trimmingSpaces()
        let head = t.prefix(4)
        guard head.count == 4, head.allSatisfy(\.isNumber), let y = Int(head) else { return nil }
        let rest = t.dropFirst(4)
        if rest.isEmpty { start = y; return }
        guard let sep = rest.first, sep == "-" || sep == "/" else { return nil }
        let tail = rest.dropFirst()
        guard let n = Int(tail), tail.allSatisfy(\.isNumber),
              (tail.count == 2 && n == (y + 1) % 100) || (tail.count == 4 && n == y + 1) else {
            return nil
        }
        start = y
    }

    /// Earlier years first.
    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.start < b.start }
}

extension FinancialYear: Codable {
    /// Reads `2008-09` (or the starting year as a number); anything else is an error naming what was found.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { start = n; return }
        let s = try c.decode(String.self)
        guard let fy = FinancialYear(text: s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "expected a financial year written like 2008-09, found \"\(s)\"")
        }
        self = fy
    }

    /// Writes `2008-09`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A quarter of a financial year: Q1 is April–June, Q4 is January–March.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The financial year the quarter is in.
    public let year: FinancialYear
    /// 1…4.
    public let number: Int

    /// Quarter `number` (1…4) of `year`; nil for any other number.
    public init?(year: FinancialYear, number: Int) {
        guard (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// The quarter a day falls in.
    public init(containing d: Day) {
        year = FinancialYear(containing: d)
        number = d.month >= 4 ? (d.month - 4) / 3 + 1 : 4
    }

    /// `2008-09 Q1`.
    public var description: String { "\(year) Q\(number)" }

    /// Quarters count from April 2000 = 0, for arithmetic.
    var ordinal: Int { year.start * 4 + number - 1 }
    init(ordinal: Int) {
        year = FinancialYear(ordinal / 4)
        number = ordinal % 4 + 1
    }

    /// The quarter after, into the next year after Q4.
    public var next: Quarter { Quarter(ordinal: ordinal + 1) }
    /// The quarter before, into the year before from Q1.
    public var previous: Quarter { Quarter(ordinal: ordinal - 1) }
    /// The quarter `n` on (back when negative).
    public func adding(_ n: Int) -> Quarter { Quarter(ordinal: ordinal + n) }

    /// First day of the quarter.
    public var first: Day {
        let month = [4, 7, 10, 1][number - 1]
        let y = number == 4 ? year.start + 1 : year.start
        return Day(year: y, month: month, day: 1) ?? Day(dayNumber: 0)
    }

    /// Last day of the quarter.
    public var last: Day { next.first.adding(days: -1) }

    /// Parses `2008-09 Q1`, `2008/09 q1`, `Q1 2008-09`.
    public init?(text raw: String) {
        let words = raw.trimmingSpaces().split(separator: " ").map(String.init)
        guard words.count == 2 else { return nil }
        let (qWord, yWord) = words[0].uppercased().hasPrefix("Q") ? (words[0], words[1]) : (words[1], words[0])
        guard qWord.uppercased().hasPrefix("Q"), let n = Int(qWord.dropFirst()),
              let fy = FinancialYear(text: yWord) else { return nil }
        self.init(year: fy, number: n)
    }

    /// Earlier quarters first.
    public static func < (a: Quarter, b: Quarter) -> Bool { a.ordinal < b.ordinal }
}

extension Quarter: Codable {
    /// Reads `2008-09 Q1`; anything else is an error naming what was found.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let q = Quarter(text: s) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "expected a quarter written like \"2008-09 Q1\", found \"\(s)\"")
        }
        self = q
    }

    /// Writes `2008-09 Q1`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
