/// A failure while reading a document into the model: where, along which field path, and why.
public struct JSONReadError: Error, Sendable {
    /// Byte offset of the value at fault.
    public var offset: Int
    /// The field path, e.g. `register.risks[3].residual.likelihood`.
    public var path: String
    /// What was expected or wrong, in words.
    public var message: String
}

/// A key of the object being read; compared against field names without allocating a String.
public struct JSONKey {
    let start: UnsafePointer<UInt8>
    let count: Int
    /// Set when the key contains escapes, which field names never do.
    let escaped: String?
    /// Byte offset of the key's opening quote.
    let offset: Int

    /// The key as text, for messages.
    public var text: String {
        escaped ?? String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    /// True when the key is exactly `name`.
    @inline(__always) public static func ~= (name: StaticString, key: JSONKey) -> Bool {
        guard key.escaped == nil, name.utf8CodeUnitCount == key.count else { return false }
        let p = name.utf8Start
        for n in 0..<key.count where p[n] != key.start[n] { return false }
        return true
    }
}

/// A single-pass reader that builds model values straight from UTF-8 bytes.
///
/// It is the workspace's load path: there is no intermediate tree, field names are matched
/// without allocating, and leaf values are decoded in place. It keeps the path of fields it is
/// inside so any failure can name the line, column and field. In strict mode an unknown field is
/// an error (a misspelt key in a hand-edited file); in lenient mode, used for files from a newer
/// schema, unknown fields are skipped.
public struct JSONReader {
    enum Step { case key(Int, Int, String?), index(Int) }

    let base: UnsafePointer<UInt8>
    let count: Int
    var i = 0
    var steps: [Step] = []
    /// Refuse unknown fields.
    public let strict: Bool
    /// Where repeated text is shared, when the caller reads many files with one table.
    let table: StringTable?

    init(base: UnsafePointer<UInt8>, count: Int, strict: Bool, table: StringTable? = nil) {
        self.base = base
        self.count = count
        self.strict = strict
        self.table = table
        steps.reserveCapacity(16)
    }

    /// Reads one value of `T` from a whole document.
    public static func read<T>(_ bytes: [UInt8], strict: Bool = true,
                               _ body: (inout JSONReader) throws(JSONReadError) -> T) throws(JSONReadError) -> T {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONReadError) -> T in try read(buffer, strict: strict, body) }
    }

    /// Reads one value of `T` from a whole document in memory the caller keeps (a reused buffer),
    /// sharing repeated text through `strings` when given.
    static func read<T>(_ buffer: UnsafeBufferPointer<UInt8>, strict: Bool = true, strings: StringTable? = nil,
                        _ body: (inout JSONReader) throws(JSONReadError) -> T) throws(JSONReadError) -> T {
        guard let base = buffer.baseAddress, buffer.count > 0 else {
            throw JSONReadError(offset: 0, path: "", message: "the file is empty")
        }
        var r = JSONReader(base: base, count: buffer.count, strict: strict, table: strings)
        r.skipSpace()
        let value = try body(&r)
        r.skipSpace()
        if r.i != r.count { throw r.error("unexpected content after the end of the document") }
        return value
    }

    // MARK: errors

    /// The current field path as text.
    public var pathText: String {
        var s = ""
        for step in steps {
            switch step {
            case .index(let n): s += "[\(n)]"
            case .key(let a, let b, let escaped):
                let k = escaped ?? String(decoding: UnsafeBufferPointer(start: base + a, count: b - a), as: UTF8.self)
                s += s.isEmpty ? k : "." + k
            }
        }
        return s
    }

    /// An error at the current position.
    public func error(_ message: String, at offset: Int? = nil) -> JSONReadError {
        JSONReadError(offset: offset ?? i, path: pathText, message: message)
    }

    func describeHere() -> String {
        guard i < count else { return "the end of the file" }
        switch base[i] {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "a list"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "true or false"
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case let b where b >= 0x20 && b < 0x7F: return "'\(Character(UnicodeScalar(b)))'"
        case let b: return "byte \(b)"
        }
    }

    /// "expected X, found Y" at the current value.
    public func mismatch(_ expected: String) -> JSONReadError { error("expected \(expected), found \(describeHere())") }

    // MARK: structure

    @inline(__always) mutating func skipSpace() {
        while i < count {
            let b = base[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { return }
        }
    }

    @inline(__always) func peek() -> UInt8 { i < count ? base[i] : 0 }

    /// Reads an object, calling `body` once per field with the reader positioned on its value.
    /// `body` must consume the value (or call `unknownField`).
    public mutating func object(_ body: (inout JSONReader, JSONKey) throws(JSONReadError) -> Void) throws(JSONReadError) {
        guard peek() == UInt8(ascii: "{") else { throw mismatch("an object") }
        let open = i
        i += 1
        skipSpace()
        if peek() == UInt8(ascii: "}") { i += 1; return }
        var seenInline = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var seenMore: [Int] = []
        var seenCount = 0
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else {
                throw error("expected a field name in double quotes, found \(describeHere())")
            }
            let keyOffset = i
            let key = try rawKey()
            // Duplicate keys: remembered without allocating for the first 24 fields of an object.
            let duplicate = withUnsafeBytes(of: &seenInline) { raw in
                let inline = raw.bindMemory(to: Int.self)
                for k in 0..<min(seenCount, inline.count) where Self.sameKey(base, inline[k], key) { return true }
                return seenMore.contains { Self.sameKey(base, $0, key) }
            }
            if duplicate { throw error("the field \"\(key.text)\" appears twice in one object", at: keyOffset) }
            if seenCount < 24 {
                withUnsafeMutableBytes(of: &seenInline) { $0.bindMemory(to: Int.self)[seenCount] = keyOffset + 1 }
            } else {
                seenMore.append(keyOffset + 1)
            }
            seenCount += 1
            skipSpace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("expected ':' after the field name \"\(key.text)\", found \(describeHere())")
            }
            i += 1
            skipSpace()
            steps.append(.key(key.start - base, key.start - base + key.count, key.escaped))
            try body(&self, key)
            steps.removeLast()
            skipSpace()
            let b = peek()
            if b == UInt8(ascii: ",") { i += 1; continue }
            if b == UInt8(ascii: "}") { i += 1; return }
            if i >= count { throw error("an object that is never closed", at: open) }
            throw error("expected ',' or '}' after a field, found \(describeHere())")
        }
    }

    static func sameKey(_ base: UnsafePointer<UInt8>, _ start: Int, _ key: JSONKey) -> Bool {
        guard key.escaped == nil else { return false }
        let other = base + start
        var n = 0
        while n < key.count && other[n] == key.start[n] { n += 1 }
        return n == key.count && other[n] == UInt8(ascii: "\"")
    }

    mutating func rawKey() throws(JSONReadError) -> JSONKey {
        let open = i
        i += 1
        let start = i
        while i < count {
            let b = base[i]
            if b == UInt8(ascii: "\"") {
                let key = JSONKey(start: base + start, count: i - start, escaped: nil, offset: open)
                i += 1
                return key
            }
            if b == UInt8(ascii: "\\") {
                i = open
                let s = try string()
                return JSONKey(start: base + start, count: 0, escaped: s, offset: open)
            }
            if b < 0x20 { throw error("a control character inside a field name") }
            i += 1
        }
        throw error("a field name that is never closed", at: open)
    }

    /// Reads a list, calling `body` once per item with the reader positioned on it.
    public mutating func array(_ body: (inout JSONReader) throws(JSONReadError) -> Void) throws(JSONReadError) {
        guard peek() == UInt8(ascii: "[") else { throw mismatch("a list") }
        let open = i
        i += 1
        skipSpace()
        if peek() == UInt8(ascii: "]") { i += 1; return }
        var n = 0
        while true {
            skipSpace()
            steps.append(.index(n))
            try body(&self)
            steps.removeLast()
            n += 1
            skipSpace()
            let b = peek()
            if b == UInt8(ascii: ",") { i += 1; continue }
            if b == UInt8(ascii: "]") { i += 1; return }
            if i >= count { throw error("a list that is never closed", at: open) }
            throw error("expected ',' or ']' after a list item, found \(describeHere())")
        }
    }

    /// Reads a list of values read by `item`.
    public mutating func list<T>(_ item: (inout JSONReader) throws(JSONReadError) -> T) throws(JSONReadError) -> [T] {
        var out: [T] = []
        try array { (r) throws(JSONReadError) in out.append(try item(&r)) }
        return out
    }

    /// Consumes `null` and returns true, or returns false leaving the reader where it was.
    public mutating func null() -> Bool {
        guard i + 4 <= count, base[i] == UInt8(ascii: "n"), base[i + 1] == UInt8(ascii: "u"),
              base[i + 2] == UInt8(ascii: "l"), base[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }

    /// A field this reader does not know: an error in strict mode, skipped otherwise.
    public mutating func unknownField(_ key: JSONKey) throws(JSONReadError) {
        if strict {
            steps.removeLast()
            throw error("unknown field \"\(key.text)\"; check its spelling", at: key.offset)
        }
        try skipValue(depth: 0)
    }

    /// Skips any value.
    public mutating func skipValue(depth: Int = 0) throws(JSONReadError) {
        guard depth < 512 else { throw error("nesting deeper than 512 levels") }
        switch peek() {
        case UInt8(ascii: "{"): try object { (r, _) throws(JSONReadError) in try r.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array { (r) throws(JSONReadError) in try r.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): if !null() { throw mismatch("a value") }
        default: _ = try double()
        }
    }
}
