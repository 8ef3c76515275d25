/// An amount of money in pounds sterling, held in whole pence so sums are exact.
///
/// Written in files as a number of pounds (`28000`, `1234.5`).
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in pence.
    public var pence: Int

    /// An amount of `pence`.
    public init(pence: Int) { self.pence = pence }
    /// An amount of whole pounds.
    public init(pounds: Int) { self.pence = pounds * 100 }

    /// No money.
    public static let zero = Money(pence: 0)

    /// The sum, exact in pence.
    public static func + (a: Money, b: Money) -> Money { Money(pence: a.pence + b.pence) }
    /// The difference, exact in pence.
    public static func - (a: Money, b: Money) -> Money { Money(pence: a.pence - b.pence) }
    /// Adds `b` to `a`.
    public static func += (a: inout Money, b: Money) { a.pence += b.pence }
    /// The smaller amount first.
    public static func < (a: Money, b: Money) -> Bool { a.pence < b.pence }

    /// `£28,000` or `£1,234.50`; negative amounts as `-£500`.
    public var description: String {
        let sign = pence < 0 ? "-" : ""
        let abs = pence.magnitude
        let pounds = Money.grouped(Int(abs / 100))
        let p = Int(abs % 100)
        return p == 0 ? "\(sign)£\(pounds)" : "\(sign)£\(pounds).\(p < 10 ? "0" : "")\(p)"
    }

    /// The amount as a plain number of pounds for files and spreadsheets: `28000`, `1234.50`.
    public var plain: String {
        let sign = pence < 0 ? "-" : ""
        let abs = pence.magnitude
        let p = Int(abs % 100)
        return p == 0 ? "\(sign)\(abs / 100)" : "\(sign)\(abs / 100).\(p < 10 ? "0" : "")\(p)"
    }

    /// Parses `28000`, `28,000`, `£28,000.50`, `-500`. Nil for anything else.
    public init?(text raw: String) {
        var s = raw.trimmingSpaces().replacingAll(",", with: "")
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() }
        if s.hasPrefix("£") { s.removeFirst() }
        if s.hasPrefix("-") && !negative { negative = true; s.removeFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard !s.isEmpty, parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : parts[0]),
              parts[0].allSatisfy(\.isNumber) else { return nil }
        var pence = whole * 100
        if parts.count == 2 {
            let frac = parts[1]
            guard (1...2).contains(frac.count), frac.allSatisfy(\.isNumber), let f = Int(frac) else {
                return nil
            }
            pence += frac.count == 1 ? f * 10 : f
        }
        self.pence = negative ? -pence : pence
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

extension Money: Codable {
    /// Reads a number of pounds, rounded to the penny; a value no budget holds is an error.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let pounds = try c.decode(Double.self)
        guard pounds.isFinite, abs(pounds) < 1e13 else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "expected an amount of money in pounds, found \(pounds)")
        }
        pence = Int((pounds * 100).rounded())
    }

    /// Writes pounds: a whole number when there are no pence.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if pence % 100 == 0 { try c.encode(pence / 100) } else { try c.encode(Double(pence) / 100) }
    }
}
