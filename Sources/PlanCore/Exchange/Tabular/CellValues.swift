/// Reading typed values out of imported cells, with the message that names what was expected.
enum CellValues {
    /// A whole number from 1 to `max`; a number typed as "4.0" counts.
    static func level(_ cell: RawCell, max: Int) -> Result<Int?, CellProblem> {
        switch cell {
        case .empty: return .success(nil)
        case .number(let n):
            guard n == n.rounded(), (1...Double(max)).contains(n) else { return .failure(CellProblem("expected a whole number from 1 to \(max), found \(cell.text)")) }
            return .success(Int(n))
        default:
            let t = cell.text.trimmingSpaces()
            if t.isEmpty { return .success(nil) }
            if let v = Int(t), (1...max).contains(v) { return .success(v) }
            if let d = Double(t), d == d.rounded(), (1...Double(max)).contains(d) { return .success(Int(d)) }
            return .failure(CellProblem("expected a whole number from 1 to \(max), found \"\(t)\""))
        }
    }

    /// A date: a workbook date, an Excel serial number, or text as people write it (day first).
    static func date(_ cell: RawCell) -> Result<Day?, CellProblem> {
        switch cell {
        case .empty: return .success(nil)
        case .date(let d): return .success(d)
        case .number(let n) where n > 20_000 && n < 80_000: return .success(Day(excelSerial: n))
        default:
            let t = cell.text.trimmingSpaces()
            if t.isEmpty { return .success(nil) }
            if let d = Day(lenient: t) { return .success(d) }
            return .failure(CellProblem("expected a date such as 15/01/2027, 2027-01-15 or 15 Jan 2027, found \"\(t)\""))
        }
    }

    /// A date written month first, as a US locale writes it (11/30/2009): the second part is over 12
    /// while the first is not. Nil for anything else.
    static func monthFirst(_ cell: RawCell) -> String? {
        guard case .text(let t) = cell else { return nil }
        let parts = t.trimmingSpaces().split(separator: "/")
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), a <= 12, b > 12, b <= 31 else { return nil }
        return t.trimmingSpaces()
    }

    /// A number as people type it: "1,200", "£1,200.50", "(1,000)" for negative, "40%" as 40.
    static func number(_ cell: RawCell) -> Result<Double?, CellProblem> {
        switch cell {
        case .empty: return .success(nil)
        case .number(let n): return .success(n)
        case .bool, .date: return .failure(CellProblem("expected a number, found \(cell.text)"))
        case .text(let raw):
            var t = raw.trimmingSpaces()
            if t.isEmpty { return .success(nil) }
            var negative = false
            if t.hasPrefix("(") && t.hasSuffix(")") { negative = true; t = String(t.dropFirst().dropLast()) }
            if t.hasPrefix("-") { negative.toggle(); t.removeFirst() }
            t = t.replacingAll("£", with: "").replacingAll(",", with: "").replacingAll("%", with: "").trimmingSpaces()
            guard let n = Double(t), n.isFinite else { return .failure(CellProblem("expected a number, found \"\(raw.trimmingSpaces())\"")) }
            return .success(negative ? -n : n)
        }
    }

    /// Pounds and pence: the number forms above, rounded to the penny.
    static func money(_ cell: RawCell) -> Result<Money?, CellProblem> {
        switch number(cell) {
        case .success(let n?):
            guard abs(n) < 1e13 else { return .failure(CellProblem("expected an amount in pounds, found \(cell.text)")) }
            return .success(Money(pence: Int((n * 100).rounded())))
        case .success(nil): return .success(nil)
        case .failure: return .failure(CellProblem("expected an amount in pounds such as 120000 or £120,000.00, found \"\(cell.text.trimmingSpaces())\""))
        }
    }

    /// Lines of a cell, trimmed, blank ones dropped.
    static func lines(_ cell: RawCell) -> [String] {
        cell.text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Items separated by semicolons (or commas, or lines).
    static func items(_ cell: RawCell) -> [String] {
        cell.text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

/// What is wrong with a cell's value, naming what was expected.
struct CellProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
