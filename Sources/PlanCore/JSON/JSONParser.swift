/// A JSON syntax error at a byte offset.
public struct JSONSyntaxError: Error, Sendable {
    /// Byte offset of the error in the source.
    public var offset: Int
    /// What was wrong, in words.
    public var message: String
}

/// A fast, strict RFC 8259 parser over UTF-8 bytes that keeps each value's offset.
///
/// Foundation's `JSONDecoder` reads at about half the speed of Python's `json`; this parser
/// builds a light tree which `JSONTreeDecoder` then maps onto `Decodable` types.
public struct JSONParser {
    /// Parses a whole document. Trailing content other than white space is an error.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var p = Cursor(bytes: buffer)
            p.skipSpace()
            let node = try p.parseValue(depth: 0)
            p.skipSpace()
            if p.i != buffer.count { throw p.error("unexpected content after the end of the document") }
            return node
        }
    }

    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
            JSONSyntaxError(offset: offset ?? i, message: message)
        }

        @inline(__always) mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x0A, 0x0D, 0x09: i += 1
                default: return
                }
            }
        }

        func describeHere() -> String {
            guard i < bytes.count else { return "the end of the file" }
            let b = bytes[i]
            return b >= 0x20 && b < 0x7F ? "'\(Character(UnicodeScalar(b)))'" : "byte \(b)"
        }

        mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
            guard depth < 512 else { throw error("nesting deeper than 512 levels") }
            guard i < bytes.count else { throw error("expected a value, found the end of the file") }
            let start = i
            switch bytes[i] {
            case UInt8(ascii: "{"): return JSONNode(try parseObject(depth: depth), offset: start)
            case UInt8(ascii: "["): return JSONNode(try parseArray(depth: depth), offset: start)
            case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
            case UInt8(ascii: "t"): try literal("true"); return JSONNode(.bool(true), offset: start)
            case UInt8(ascii: "f"): try literal("false"); return JSONNode(.bool(false), offset: start)
            case UInt8(ascii: "n"): try literal("null"); return JSONNode(.null, offset: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return JSONNode(try parseNumber(), offset: start)
            default:
                throw error("expected a value, found \(describeHere())")
            }
        }

        mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
            let n = word.utf8CodeUnitCount
            let w = word.utf8Start
            guard i + n <= bytes.count else { throw error("expected \(word), found the end of the file") }
            for k in 0..<n where bytes[i + k] != w[k] {
                throw error("expected \(word)")
            }
            i += n
        }

        mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            i += 1
            var members: [JSONMember] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw error("expected a field name in double quotes, found \(describeHere())")
                }
                let keyOffset = i
                let key = try parseString()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    throw error("expected ':' after the field name \"\(key)\", found \(describeHere())")
                }
                i += 1
                skipSpace()
                let value = try parseValue(depth: depth + 1)
                for m in members where m.key == key {
                    throw error("the field \"\(key)\" appears twice in one object", at: keyOffset)
                }
                members.append(JSONMember(key: key, node: value))
                skipSpace()
                guard i < bytes.count else { throw error("expected ',' or '}', found the end of the file") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw error("expected ',' or '}' after a field, found \(describeHere())")
            }
        }

        mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try parseValue(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw error("expected ',' or ']', found the end of the file") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw error("expected ',' or ']' after a list item, found \(describeHere())")
            }
        }

        mutating func parseString() throws(JSONSyntaxError) -> String {
            let open = i
            i += 1
            let start = i
            var hasEscape = false
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { break }
                if b == UInt8(ascii: "\\") { hasEscape = true; i += 2; continue }
                if b < 0x20 {
                    throw error("a control character (byte \(b)) inside a string; write it as an escape such as \\n")
                }
                i += 1
            }
            guard i < bytes.count else { throw error("a string that is never closed", at: open) }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
            i += 1
            if !hasEscape {
                guard let s = String(validating: raw, as: UTF8.self) else {
                    throw error("a string that is not valid UTF-8", at: open)
                }
                return s
            }
            return try unescape(raw, base: start)
        }

        func unescape(_ raw: UnsafeBufferPointer<UInt8>, base: Int) throws(JSONSyntaxError) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var k = 0
            func hex4(_ at: Int) -> UInt32? {
                guard at + 4 <= raw.count else { return nil }
                var v: UInt32 = 0
                for j in at..<(at + 4) {
                    let c = raw[j]
                    let d: UInt32
                    switch c {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
                    default: return nil
                    }
                    v = v << 4 | d
                }
                return v
            }
            while k < raw.count {
                let b = raw[k]
                guard b == UInt8(ascii: "\\") else { out.append(b); k += 1; continue }
                guard k + 1 < raw.count else { throw error("a backslash at the end of a string", at: base + k) }
                let e = raw[k + 1]
                k += 2
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4(k) else {
                        throw error("\\u must be followed by four hex digits", at: base + k - 2)
                    }
                    k += 4
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard k + 1 < raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u"),
                              let low = hex4(k + 2), (0xDC00...0xDFFF).contains(low) else {
                            throw error("an unpaired UTF-16 surrogate in a \\u escape", at: base + k - 6)
                        }
                        k += 6
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else {
                        throw error("\\u escape names no character", at: base + k - 6)
                    }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw error("an unknown escape \\\(Character(UnicodeScalar(e)))", at: base + k - 2)
                }
            }
            guard let s = String(validating: out, as: UTF8.self) else {
                throw error("a string that is not valid UTF-8", at: base - 1)
            }
            return s
        }

        mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
            let start = i
            var negative = false
            if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            let digitsStart = i
            var value = 0
            var overflow = false
            while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - UInt8(ascii: "0")))
                overflow = overflow || o1 || o2
                value = a
                i += 1
            }
            guard i > digitsStart else { throw error("expected digits in a number", at: start) }
            if bytes[digitsStart] == UInt8(ascii: "0") && i - digitsStart > 1 {
                throw error("a number may not start with 0", at: start)
            }
            var isInteger = true
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                isInteger = false
                i += 1
                let f = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                guard i > f else { throw error("expected digits after the decimal point", at: start) }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                isInteger = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let e = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                guard i > e else { throw error("expected digits in the exponent", at: start) }
            }
            if isInteger && !overflow { return .int(negative ? -value : value) }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard let d = Double(text), d.isFinite else { throw error("a number out of range", at: start) }
            return .double(d)
        }
    }
}
