/// A type the workspace load path reads straight from JSON bytes.
public protocol JSONReadable {
    init(reading r: inout JSONReader) throws(JSONReadError)
}

extension JSONReader {
    /// Reads a value of `T`.
    @inline(__always) public mutating func read<T: JSONReadable>(_ type: T.Type = T.self) throws(JSONReadError) -> T {
        try T(reading: &self)
    }

    /// Reads a list of `T`.
    public mutating func readList<T: JSONReadable>(_ type: T.Type = T.self) throws(JSONReadError) -> [T] {
        try list { (r) throws(JSONReadError) in try T(reading: &r) }
    }

    /// Reads `null` as nil, else a `T`.
    public mutating func readOptional<T: JSONReadable>(_ type: T.Type = T.self) throws(JSONReadError) -> T? {
        null() ? nil : try T(reading: &self)
    }

    /// The error for a required field missing from the object that started at `objectOffset`,
    /// naming it by `label` (its name on forms and sheets) and its key.
    public func missing(_ field: String, label: String, objectAt objectOffset: Int) -> JSONReadError {
        error("the required field \(label) (\"\(field)\") is missing", at: objectOffset)
    }

    /// The error for a required field missing from the object that started at `objectOffset`.
    public func missing(_ field: String, objectAt objectOffset: Int) -> JSONReadError {
        error("the required field \"\(field)\" is missing", at: objectOffset)
    }
}

extension Day: JSONReadable {
    /// Reads a date written YYYY-MM-DD; anything else is an error.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.stringBytes("a date written YYYY-MM-DD") { b in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
            func num(_ from: Int, _ to: Int) -> Int? {
                var v = 0
                for k in from..<to {
                    let c = b[k]
                    guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                    v = v * 10 + Int(c - UInt8(ascii: "0"))
                }
                return v
            }
            guard let y = num(0, 4), let m = num(5, 7), let d = num(8, 10) else { return nil }
            return Day(year: y, month: m, day: d)
        }
    }
}

extension FinancialYear: JSONReadable {
    /// Reads a financial year written as a number (2008) or a string ("2008-09").
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        if r.peek() != UInt8(ascii: "\"") {
            self = FinancialYear(try r.int())
            return
        }
        self = try r.stringBytes("a financial year written like 2008-09") { b in
            FinancialYear(text: String(decoding: b, as: UTF8.self))
        }
    }
}

extension Quarter: JSONReadable {
    /// Reads a quarter written like "2008-09 Q1".
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.stringBytes("a quarter written like \"2008-09 Q1\"") { b in
            // Fast path for the form this app writes: "2008-09 Q1".
            if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: " "), b[8] == UInt8(ascii: "Q") {
                var y = 0
                for k in 0..<4 {
                    guard b[k] >= UInt8(ascii: "0"), b[k] <= UInt8(ascii: "9") else { return nil }
                    y = y * 10 + Int(b[k] - UInt8(ascii: "0"))
                }
                let yy = Int(b[5] &- UInt8(ascii: "0")) * 10 + Int(b[6] &- UInt8(ascii: "0"))
                guard yy == (y + 1) % 100 else { return nil }
                return Quarter(year: FinancialYear(y), number: Int(b[9] &- UInt8(ascii: "0")))
            }
            return Quarter(text: String(decoding: b, as: UTF8.self))
        }
    }
}

extension Money: JSONReadable {
    /// Reads an amount in pounds, rounded to the penny.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let start = r.i
        let pounds = try r.double()
        guard abs(pounds) < 1e13 else { throw r.error("expected an amount of money in pounds", at: start) }
        self.init(pence: Int((pounds * 100).rounded()))
    }
}
