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
            let t = cell.trimmedText
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
            let t = cell.trimmedText
            if t.isEmpty { return .success(nil) }
            if let d = plainDay(t) ?? Day(lenient: t) { return .success(d) }
            return .failure(CellProblem("expected a date such as 15/01/2027, 2027-01-15 or 15 Jan 2027, found \"\(t)\""))
        }
    }

    /// The day of text written exactly `2027-01-15` or `15/01/2027`, read from its bytes (a sheet's
    /// dates are nearly all one of these); nil for anything else, which `Day(lenient:)` reads.
    static func plainDay(_ text: String) -> Day? {
        var contiguous = text
        return contiguous.withUTF8 { b -> Day? in
            guard b.count == 10 else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let digit = b[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            let dash = UInt8(ascii: "-"), slash = UInt8(ascii: "/")
            if b[4] == dash && b[7] == dash, let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) {
                return Day(year: y, month: m, day: d)
            }
            if b[2] == slash && b[5] == slash, let d = number(0..<2), let m = number(3..<5), let y = number(6..<10) {
                return Day(year: y, month: m, day: d)
            }
            return nil
        }
    }

    /// A date written month first, as a US locale writes it (11/30/2009): the second part is over 12
    /// while the first is not. Nil for anything else.
    static func monthFirst(_ cell: RawCell) -> String? {
        guard case .text(let t) = cell, t.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = RawCell.trimmed(t).split(separator: "/")
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), a <= 12, b > 12, b <= 31 else { return nil }
        return RawCell.trimmed(t)
    }

    /// A number as people type it: "1,200", "£1,200.50", "(1,000)" for negative, "40%" as 40.
    static func number(_ cell: RawCell) -> Result<Double?, CellProblem> {
        switch cell {
        case .empty: return .success(nil)
        case .number(let n): return .success(n)
        case .bool, .date: return .failure(CellProblem("expected a number, found \(cell.text)"))
        case .text(let raw):
            var t = RawCell.trimmed(raw)
            if t.isEmpty { return .success(nil) }
            var negative = false
            if t.hasPrefix("(") && t.hasSuffix(")") { negative = true; t = String(t.dropFirst().dropLast()) }
            if t.hasPrefix("-") { negative.toggle(); t.removeFirst() }
            t = t.replacingAll("£", with: "").replacingAll(",", with: "").replacingAll("%", with: "").trimmingSpaces()
            guard let n = Double(t) ?? spaceGrouped(t), n.isFinite else { return .failure(CellProblem("expected a number, found \"\(raw.trimmingSpaces())\"")) }
            return .success(negative ? -n : n)
        }
    }

    /// A number whose thousands are set apart by spaces, as some locales and councils write them
    /// ("8 000", "1 250 000.50", with plain, no-break or narrow no-break spaces); nil for anything else.
    static func spaceGrouped(_ t: String) -> Double? {
        func digits(_ s: String) -> Bool { s.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        let groups = t.split { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }.map(String.init)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count), digits(first),
              let last = groups.last else { return nil }
        let whole = last.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let middle = groups.dropFirst().dropLast() + [String(whole[0])]
        guard middle.allSatisfy({ $0.count == 3 && digits($0) }) else { return nil }
        return Double(groups.joined())
    }

    /// Pounds and pence: the number forms above, rounded to the penny.
    static func money(_ cell: RawCell) -> Result<Money?, CellProblem> {
        switch number(cell) {
        case .success(let n?):
            guard abs(n) < 1e13 else { return .failure(CellProblem("expected an amount in pounds, found \(cell.text)")) }
            return .success(Money(pence: Int((n * 100).rounded())))
        case .success(nil): return .success(nil)
        case .failure: return .failure(CellProblem("expected an amount in pounds such as 120000 or £120,000.00, found \"\(cell.trimmedText)\""))
        }
    }

    /// Lines of a cell (LF, CR or CR LF between them), trimmed, blank ones dropped.
    static func lines(_ cell: RawCell) -> [String] {
        pieces(cell.text) { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// Items separated by semicolons (or commas, or lines).
    static func items(_ cell: RawCell) -> [String] {
        pieces(cell.text) { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    /// The pieces of `text` between the bytes `isSeparator` accepts (all ASCII, so no character is
    /// split), without spaces, tabs and line ends around them, blank ones dropped. Works on the
    /// bytes: splitting by characters cost a tenth of an import.
    static func pieces(_ text: String, _ isSeparator: (UInt8) -> Bool) -> [String] {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            var out: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || isSeparator(bytes[i]) {
                var from = start, to = i
                while from < to && isSpace(bytes[from]) { from += 1 }
                while to > from && isSpace(bytes[to - 1]) { to -= 1 }
                if to > from { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)) }
                start = i + 1
            }
            return out
        }
    }
}

/// What is wrong with a cell's value, naming what was expected.
struct CellProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
