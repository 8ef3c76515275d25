extension JSONReader {
    /// Reads text in double quotes.
    public mutating func string() throws(JSONReadError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw mismatch("text in double quotes") }
        let open = i
        i += 1
        let start = i
        var ascii = true
        var escaped = false
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            if b < 0x20 {
                throw error("a control character (byte \(b)) inside a string; write it as an escape such as \\n")
            }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        guard i < count else { throw error("a string that is never closed", at: open) }
        let raw = UnsafeBufferPointer(start: base + start, count: i - start)
        i += 1
        if !escaped {
            if let table, StringTable.shared.contains(raw.count) {
                if let s = table.string(raw, ascii: ascii) { return s }
                throw error("a string that is not valid UTF-8", at: open)
            }
            if ascii { return String(decoding: raw, as: UTF8.self) }
            guard let s = String(validating: raw, as: UTF8.self) else {
                throw error("a string that is not valid UTF-8", at: open)
            }
            return s
        }
        let cursor = JSONParser.Cursor(bytes: UnsafeBufferPointer(start: base, count: count))
        do { return try cursor.unescape(raw, base: start) } catch {
            throw self.error(error.message, at: error.offset)
        }
    }

    /// Calls `body` with the raw bytes of a string that has no escapes (dates, codes).
    mutating func stringBytes<T>(_ what: String,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> T?) throws(JSONReadError) -> T {
        let start = i
        guard peek() == UInt8(ascii: "\"") else { throw mismatch(what) }
        var j = i + 1
        while j < count, base[j] != UInt8(ascii: "\""), base[j] != UInt8(ascii: "\\"), base[j] >= 0x20 { j += 1 }
        if j < count, base[j] == UInt8(ascii: "\"") {
            if let v = body(UnsafeBufferPointer(start: base + i + 1, count: j - i - 1)) {
                i = j + 1
                return v
            }
        }
        let text = try string()
        throw error("expected \(what), found \"\(text)\"", at: start)
    }

    /// Reads `true` or `false`.
    public mutating func bool() throws(JSONReadError) -> Bool {
        if i + 4 <= count, base[i] == UInt8(ascii: "t"), base[i + 1] == UInt8(ascii: "r"),
           base[i + 2] == UInt8(ascii: "u"), base[i + 3] == UInt8(ascii: "e") {
            i += 4
            return true
        }
        if i + 5 <= count, base[i] == UInt8(ascii: "f"), base[i + 1] == UInt8(ascii: "a"),
           base[i + 2] == UInt8(ascii: "l"), base[i + 3] == UInt8(ascii: "s"), base[i + 4] == UInt8(ascii: "e") {
            i += 5
            return false
        }
        throw mismatch("true or false")
    }

    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

    /// Reads a number. Decimals of up to 15 digits are converted exactly (Clinger's fast path);
    /// others go through the standard library's correctly rounded conversion.
    public mutating func double() throws(JSONReadError) -> Double {
        let start = i
        var negative = false
        if peek() == UInt8(ascii: "-") { negative = true; i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        let intStart = i
        while i < count, base[i] >= UInt8(ascii: "0"), base[i] <= UInt8(ascii: "9") {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(base[i] - UInt8(ascii: "0")) }
            digits += 1
            i += 1
        }
        guard i > intStart else { i = start; throw mismatch("a number") }
        if base[intStart] == UInt8(ascii: "0") && i - intStart > 1 {
            throw error("a number may not start with 0", at: start)
        }
        var fraction = 0
        if i < count, base[i] == UInt8(ascii: ".") {
            i += 1
            let f = i
            while i < count, base[i] >= UInt8(ascii: "0"), base[i] <= UInt8(ascii: "9") {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(base[i] - UInt8(ascii: "0")) }
                digits += 1
                fraction += 1
                i += 1
            }
            guard i > f else { throw error("expected digits after the decimal point", at: start) }
        }
        var hasExponent = false
        if i < count, base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E") {
            hasExponent = true
            i += 1
            if i < count, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
            let e = i
            while i < count, base[i] >= UInt8(ascii: "0"), base[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > e else { throw error("expected digits in the exponent", at: start) }
        }
        if !hasExponent && digits <= 15 && fraction <= 22 {
            let v = Double(mantissa) / JSONReader.powersOfTen[fraction]
            return negative ? -v : v
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw error("a number out of range", at: start) }
        return d
    }

    /// Reads a whole number.
    public mutating func int() throws(JSONReadError) -> Int {
        let start = i
        let b = peek()
        guard b == UInt8(ascii: "-") || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) else {
            throw mismatch("a whole number")
        }
        let d = try double()
        guard d.rounded() == d, abs(d) < 9e15 else {
            i = start
            throw mismatch("a whole number")
        }
        return Int(d)
    }

    /// Reads one of an enumeration's raw values.
    public mutating func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws(JSONReadError) -> E
        where E.RawValue == String {
        let start = i
        let s = try string()
        guard let v = E(rawValue: s) else {
            throw error("expected one of " + E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                        + "; found \"\(s)\"", at: start)
        }
        return v
    }

    /// Reads a list of text.
    public mutating func strings() throws(JSONReadError) -> [String] {
        try list { (r) throws(JSONReadError) in try r.string() }
    }

    /// Reads `null` as nil, else a value read by `body`.
    public mutating func optional<T>(_ body: (inout JSONReader) throws(JSONReadError) -> T) throws(JSONReadError) -> T? {
        null() ? nil : try body(&self)
    }
}
