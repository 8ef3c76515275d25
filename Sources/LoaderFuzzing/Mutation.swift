/// The ways a fuzz case damages a valid file.
public enum Mutation: String, CaseIterable, Sendable {
    /// One bit of one byte flipped.
    case bitFlip
    /// A few bytes overwritten with random values.
    case randomBytes
    /// The file cut short.
    case truncation
    /// A piece of another file spliced in.
    case splice
    /// A range deleted.
    case deletion
    /// A range repeated.
    case duplication
    /// A value replaced by one of another type (a string for a number, an object for a string…).
    case typeSwap
    /// Thousands of nested arrays or objects inserted.
    case deepNesting
    /// A very long string inserted.
    case hugeString
    /// Invalid UTF-8 (stray continuation bytes, overlong forms, surrogates) inserted.
    case badUTF8
    /// A number too big, too small or too precise for any field.
    case bigNumber
    /// Control characters, escape sequences and bidirectional overrides inserted into text.
    case hostileText

    /// Applies this mutation to `bytes`, taking pieces from `donors` for splices.
    public func apply(to bytes: [UInt8], donors: [[UInt8]], hugeLength: Int, random: inout FuzzRandom) -> [UInt8] {
        var b = bytes
        let at = random.below(b.count + 1)
        func insert(_ piece: [UInt8]) { b.insert(contentsOf: piece, at: at) }
        switch self {
        case .bitFlip:
            guard !b.isEmpty else { return b }
            let i = random.below(b.count)
            b[i] ^= UInt8(1) << UInt8(random.below(8))
        case .randomBytes:
            for _ in 0..<(1 + random.below(8)) where !b.isEmpty {
                b[random.below(b.count)] = UInt8(truncatingIfNeeded: random.next())
            }
        case .truncation:
            b = Array(b.prefix(random.below(b.count + 1)))
        case .splice:
            let donor = donors.isEmpty ? bytes : donors[random.below(donors.count)]
            let start = random.below(donor.count + 1)
            let piece = donor[start..<min(donor.count, start + random.below(4096))]
            let end = min(b.count, at + random.below(4096))
            b.replaceSubrange(at..<end, with: piece)
        case .deletion:
            let end = min(b.count, at + 1 + random.below(256))
            if at < end { b.removeSubrange(at..<end) }
        case .duplication:
            let end = min(b.count, at + 1 + random.below(1024))
            if at < end { b.insert(contentsOf: Array(b[at..<end]), at: at) }
        case .typeSwap:
            return swapValue(in: b, random: &random)
        case .deepNesting:
            let depth = 600 + random.below(20_000)
            let open: UInt8 = random.below(2) == 0 ? UInt8(ascii: "[") : UInt8(ascii: "{")
            let piece = open == UInt8(ascii: "[")
                ? Array(repeating: open, count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
                : Array(repeating: Array("{\"a\":".utf8), count: depth).flatMap { $0 } + Array("1".utf8)
                    + Array(repeating: UInt8(ascii: "}"), count: depth)
            return replaceValue(in: b, with: piece, random: &random)
        case .hugeString:
            let piece = [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "x"), count: hugeLength) + [UInt8(ascii: "\"")]
            return replaceValue(in: b, with: piece, random: &random)
        case .badUTF8:
            let samples: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                      [0xE2, 0x82], [0xFE, 0xFF]]
            insert(samples[random.below(samples.count)])
        case .bigNumber:
            let samples = ["1e999999", "-1e999999", "123456789012345678901234567890", "9223372036854775808",
                           "-9223372036854775809", "1.7976931348623157e309", "0.000000000000000000000000001", "-0",
                           "1E+400", "18446744073709551616", "NaN", "Infinity"]
            return replaceValue(in: b, with: Array(samples[random.below(samples.count)].utf8), random: &random)
        case .hostileText:
            let samples = ["\u{1B}]2;PWNED\u{07}", "\u{1B}[2J", "\u{202E}", "\u{0}", "\u{9B}31m", "\r", "\u{2066}",
                           "\\u001b]0;x\\u0007", "\\u0000", "\\ud800"]
            insert(Array(samples[random.below(samples.count)].utf8))
        }
        return b
    }

    /// Replaces the value after a random `:` (or at a random place) with `piece`.
    private func replaceValue(in b: [UInt8], with piece: [UInt8], random: inout FuzzRandom) -> [UInt8] {
        let colons = b.indices.filter { b[$0] == UInt8(ascii: ":") }
        guard !colons.isEmpty else {
            var out = b
            out.insert(contentsOf: piece, at: random.below(b.count + 1))
            return out
        }
        let start = colons[random.below(colons.count)] + 1
        var end = start
        var depth = 0
        var inString = false
        while end < b.count {
            let c = b[end]
            if inString {
                if c == UInt8(ascii: "\\") { end += 1 } else if c == UInt8(ascii: "\"") { inString = false }
            } else if c == UInt8(ascii: "\"") {
                inString = true
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                depth += 1
            } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                if depth == 0 { break }
                depth -= 1
            } else if c == UInt8(ascii: ",") && depth == 0 {
                break
            }
            end += 1
        }
        var out = b
        out.replaceSubrange(start..<min(end, b.count), with: [UInt8(ascii: " ")] + piece)
        return out
    }

    private func swapValue(in b: [UInt8], random: inout FuzzRandom) -> [UInt8] {
        let values = ["\"text\"", "42", "-1", "3.5", "true", "false", "null", "[]", "{}", "[1, \"a\", null]",
                      "{\"id\": 7}", "\"\"", "\"2009-13-45\"", "\"Q5\""]
        return replaceValue(in: b, with: Array(values[random.below(values.count)].utf8), random: &random)
    }
}
