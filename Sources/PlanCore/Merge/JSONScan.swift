#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the structure of a JSON text without building a tree: where each value starts and
/// ends, an object's members and an array's entries. The text must already be known to be valid.
struct JSONScan {
    let bytes: [UInt8]
    /// Where each object and array starts, in order, and where it ends (exclusive): found in one
    /// pass, so finding the end of a large value does not read it again.
    private let starts: [Int32]
    private let ends: [Int32]

    /// Where the text stops being JSON, with what was wrong; nil when its structure is sound.
    let fault: (offset: Int, message: String)?

    /// Scans `bytes` once. Besides finding the containers, it notices what is plainly not JSON:
    /// unbalanced or mismatched brackets, an unterminated string, and stray characters such as
    /// the markers of a textual merge conflict.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        let allowed = JSONScan.allowed
        let scanned = bytes.withUnsafeBufferPointer { p -> ([Int32], [Int32], (Int, String)?) in
            var starts: [Int32] = [], ends: [Int32] = []
            var stack: [Int] = []
            starts.reserveCapacity(p.count / 64)
            ends.reserveCapacity(p.count / 64)
            var i = 0
            let n = p.count
            while i < n {
                let c = p[i]
                switch c {
                case UInt8(ascii: "\""):
                    i += 1
                    while i < n {
                        let d = p[i]
                        if d == UInt8(ascii: "\"") { break }
                        i += d == UInt8(ascii: "\\") ? 2 : 1
                    }
                    if i >= n { return (starts, ends, (n, "a string is not closed")) }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    stack.append(starts.count)
                    starts.append(Int32(i))
                    ends.append(Int32(n))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard let k = stack.popLast() else { return (starts, ends, (i, "a closing bracket with nothing open")) }
                    let open = p[Int(starts[k])]
                    guard (open == UInt8(ascii: "{")) == (c == UInt8(ascii: "}")) else {
                        return (starts, ends, (i, "a bracket closes what it did not open"))
                    }
                    ends[k] = Int32(i + 1)
                default:
                    guard allowed[Int(c)] else {
                        return (starts, ends, (i, "unexpected character \"\(Unicode.Scalar(c))\""))
                    }
                }
                i += 1
            }
            return (starts, ends, stack.isEmpty ? nil : (n, "an object or list is not closed"))
        }
        starts = scanned.0
        ends = scanned.1
        fault = scanned.2.map { (offset: $0.0, message: $0.1) }
    }

    /// Bytes that may stand outside strings in JSON (besides quotes and brackets).
    private static let allowed: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: ".")].contains(c) || (c >= 0x30 && c <= 0x39)
            || "truefalsnE".utf8.contains(c)
    }

    /// The index after any white space from `i`.
    func skipSpace(_ i: Int) -> Int {
        var i = i
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return i
            }
        }
        return i
    }

    /// The end (exclusive) of the value starting at `i`.
    func valueEnd(_ i: Int) -> Int {
        guard i < bytes.count else { return i }
        switch bytes[i] {
        case UInt8(ascii: "\""): return stringEnd(i)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if Int(starts[mid]) < i { lo = mid + 1 } else { hi = mid }
            }
            return lo < starts.count && Int(starts[lo]) == i ? Int(ends[lo]) : bytes.count
        default:
            var k = i
            while k < bytes.count {
                switch bytes[k] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return k
                default: k += 1
                }
            }
            return k
        }
    }

    /// The end (exclusive) of the string whose opening quote is at `i`.
    func stringEnd(_ i: Int) -> Int {
        var k = i + 1
        while k < bytes.count {
            switch bytes[k] {
            case UInt8(ascii: "\\"): k += 2
            case UInt8(ascii: "\""): return k + 1
            default: k += 1
            }
        }
        return k
    }

    /// The members of the object in `range`, in order.
    func members(_ range: Range<Int>) -> [(key: String, value: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var i = skipSpace(range.lowerBound + 1)
        while i < range.upperBound, bytes[i] == UInt8(ascii: "\"") {
            let keyEnd = stringEnd(i)
            let key = string(i..<keyEnd)
            i = skipSpace(keyEnd)
            i = skipSpace(i + 1) // the colon
            let end = valueEnd(i)
            out.append((key, i..<end))
            i = skipSpace(end)
            if i < range.upperBound, bytes[i] == UInt8(ascii: ",") { i = skipSpace(i + 1) }
        }
        return out
    }

    /// The entries of the array in `range`, in order.
    func elements(_ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = skipSpace(range.lowerBound + 1)
        while i < range.upperBound, bytes[i] != UInt8(ascii: "]") {
            let end = valueEnd(i)
            out.append(i..<end)
            i = skipSpace(end)
            if i < range.upperBound, bytes[i] == UInt8(ascii: ",") { i = skipSpace(i + 1) }
        }
        return out
    }

    /// The decoded text of the string literal in `range`.
    func string(_ range: Range<Int>) -> String {
        let inner = bytes[(range.lowerBound + 1)..<(range.upperBound - 1)]
        if !inner.contains(UInt8(ascii: "\\")) { return String(decoding: inner, as: UTF8.self) }
        if case .string(let s)? = try? JSONParser.parse(Array(bytes[range])).value { return s }
        return String(decoding: inner, as: UTF8.self)
    }

    /// The string `"id"` of the object in `range`, if it has one.
    func recordID(_ range: Range<Int>) -> String? {
        guard range.lowerBound < bytes.count, bytes[range.lowerBound] == UInt8(ascii: "{") else { return nil }
        var i = skipSpace(range.lowerBound + 1)
        while i < range.upperBound, bytes[i] == UInt8(ascii: "\"") {
            let keyEnd = stringEnd(i)
            let isID = keyEnd - i == 4 && bytes[i + 1] == UInt8(ascii: "i") && bytes[i + 2] == UInt8(ascii: "d")
            i = skipSpace(skipSpace(keyEnd) + 1)
            let end = valueEnd(i)
            if isID { return bytes[i] == UInt8(ascii: "\"") ? string(i..<end) : nil }
            i = skipSpace(end)
            if i < range.upperBound, bytes[i] == UInt8(ascii: ",") { i = skipSpace(i + 1) }
        }
        return nil
    }

    /// The first byte of the value in `range`.
    func opener(_ range: Range<Int>) -> UInt8 { range.isEmpty ? 0 : bytes[range.lowerBound] }

    /// The parsed value in `range`.
    func value(_ range: Range<Int>) -> JSONValue {
        (try? JSONParser.parse(Array(bytes[range])).value) ?? .null
    }

    /// True when the two ranges hold the same bytes.
    static func same(_ a: JSONScan, _ ra: Range<Int>, _ b: JSONScan, _ rb: Range<Int>) -> Bool {
        guard ra.count == rb.count else { return false }
        return a.bytes.withUnsafeBufferPointer { pa in
            b.bytes.withUnsafeBufferPointer { pb in
                guard let x = pa.baseAddress, let y = pb.baseAddress else { return ra.isEmpty }
                return memcmp(x + ra.lowerBound, y + rb.lowerBound, ra.count) == 0
            }
        }
    }
}
