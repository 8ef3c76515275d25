import Glibc

/// What a part read by `XMLByteScanner` is told: start tags, end tags and text between them. A
/// value type, passed `inout`, so the scanner's calls are specialised and its state is not a class's.
protocol XMLScanHandler {
    /// True while the handler keeps the text it is given (text is decoded only then).
    var wantsText: Bool { get }
    /// A start tag, by its local name (without any namespace prefix); false stops the scan.
    mutating func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool
    /// An end tag (also sent for an empty-element tag `<a/>`); false stops the scan.
    mutating func end(_ name: XMLScanName) -> Bool
    /// Text inside the root element, entities decoded and line ends as `\n`.
    mutating func text(_ text: String)
    /// Text without entities or carriage returns, as the part's bytes: true when the handler took
    /// it so, false to be given it by `text(_:)` instead.
    mutating func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool
}

extension XMLScanHandler {
    /// By default text is taken as a string.
    mutating func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { false }
}

/// An element's local name, as bytes of the part.
struct XMLScanName {
    let bytes: UnsafeBufferPointer<UInt8>

    /// True when the name is `name` (ASCII).
    @inline(__always)
    func matches(_ name: StaticString) -> Bool {
        bytes.count == name.utf8CodeUnitCount && XMLByteScanner.same(bytes.baseAddress, name.utf8Start, count: bytes.count)
    }
}

/// Where one attribute's local name and value are in the part.
struct XMLScanAttribute {
    var nameStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
}

/// A start tag's attributes, looked up by local name.
struct XMLScanAttributes {
    let part: UnsafeBufferPointer<UInt8>
    /// Each attribute's local name and value, as offsets in the part.
    let items: UnsafeBufferPointer<XMLScanAttribute>

    /// The value of the attribute with local name `name`, entities decoded; nil when absent.
    subscript(_ name: StaticString) -> String? {
        raw(name).flatMap { XMLByteScanner.decode($0, attribute: true) }
    }

    /// The bytes of the attribute with local name `name` as written, entities not decoded; nil when absent.
    func raw(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let count = name.utf8CodeUnitCount
        guard let base = part.baseAddress else { return nil }
        for item in items where item.nameEnd - item.nameStart == count
            && XMLByteScanner.same(base + item.nameStart, name.utf8Start, count: count) {
            return UnsafeBufferPointer(start: base + item.valueStart, count: item.valueEnd - item.valueStart)
        }
        return nil
    }
}

/// A small XML reader for the regular parts of a workbook (worksheets, shared strings), a great
/// deal faster than Foundation's `XMLParser`, which makes strings and dictionaries for every event.
///
/// It takes what Excel, LibreOffice and openpyxl write: one root element, tags with quoted
/// attributes, the five named entities and character references, comments and processing
/// instructions. Anything else (a DOCTYPE, CDATA, a character XML forbids, unbalanced tags) makes
/// it answer `.unsupported`, and the caller reads the part with `XMLParser` instead, which reads
/// what is unusual and names what is wrong. The part must already be checked as UTF-8.
///
/// Each byte is looked at once where it can be: text and attribute values are read in one pass
/// that both finds their end and classes their bytes through a 256-entry table (is there an entity,
/// a carriage return, a forbidden character, anything but space); names end by the same table and
/// are compared with `memcmp`; `<?`, `<!--` and their ends are found with `memchr`.
enum XMLByteScanner {
    enum Outcome: Equatable {
        /// The whole part was read.
        case done
        /// The handler stopped the scan.
        case stopped
        /// The part holds something this scanner does not read; nothing it reported may be used.
        case unsupported
    }

    /// What a byte is, as bits of `classes`.
    enum ByteClass {
        /// Space, tab, line feed, carriage return.
        static let space: UInt8 = 1
        /// Ends a name: a space or one of `> / = < " ' &`.
        static let nameEnd: UInt8 = 2
        /// A control character XML 1.0 forbids (below 0x20, other than tab and line ends).
        static let forbidden: UInt8 = 4
        /// `&` or a carriage return: text holding one is decoded rather than taken as bytes.
        static let decoded: UInt8 = 8
        /// Anything but a space.
        static let notSpace: UInt8 = 16
        /// `<`, which ends text and may not be in an attribute value.
        static let lessThan: UInt8 = 32
        /// `&` alone.
        static let ampersand: UInt8 = 64
    }

    /// The class bits of every byte value.
    static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        var c: UInt8 = 0
        let isSpace = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
        if isSpace { c |= ByteClass.space } else { c |= ByteClass.notSpace }
        if isSpace || [">", "/", "=", "<", "\"", "'", "&"].contains(where: { Int(UInt8(ascii: $0)) == b }) { c |= ByteClass.nameEnd }
        if b < 0x20 && !isSpace { c |= ByteClass.forbidden }
        if b == 0x26 || b == 0x0D { c |= ByteClass.decoded }
        if b == 0x26 { c |= ByteClass.ampersand }
        if b == 0x3C { c |= ByteClass.lessThan }
        return c
    }

    /// True when `count` bytes at `a` and `b` are the same: names are short, so they are compared
    /// here byte by byte rather than by a call to `memcmp`.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let a else { return false }
        if count > 16 { return memcmp(a, b, count) == 0 }
        var k = 0
        while k < count {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    static func scan<Handler: XMLScanHandler>(_ part: UnsafeBufferPointer<UInt8>, _ handler: inout Handler) -> Outcome {
        guard let base = part.baseAddress else { return .unsupported }
        return classes.withUnsafeBufferPointer { table in
            scan(base, part.count, part, table, &handler)
        }
    }

    // One function for the whole part, so its state stays in registers; helpers are closures the
    // compiler inlines.
    private static func scan<Handler: XMLScanHandler>(_ p: UnsafePointer<UInt8>, _ n: Int, _ part: UnsafeBufferPointer<UInt8>,
                                                      _ table: UnsafeBufferPointer<UInt8>, _ handler: inout Handler) -> Outcome {
        var i = 0
        var open: [(start: Int, count: Int)] = []
        var rootSeen = false
        // The attributes of the tag being read, in storage kept from tag to tag.
        var capacity = 16
        var items = UnsafeMutablePointer<XMLScanAttribute>.allocate(capacity: capacity)
        var count = 0
        defer { items.deallocate() }
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        @inline(__always) func cls(_ at: Int) -> UInt8 { table[Int(p[at])] }
        @inline(__always) func skipSpaces(_ j: inout Int) { while j < n && cls(j) & ByteClass.space != 0 { j += 1 } }
        /// Where `a` then `b` (then `c` when given) first come at or after `start`.
        func find(_ a: UInt8, _ b: UInt8, _ c: UInt8?, from start: Int) -> Int? {
            var j = start
            let length = c == nil ? 2 : 3
            while j + length <= n {
                guard let hit = memchr(p + j, Int32(a), n - j) else { return nil }
                j = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard j + length <= n else { return nil }
                if p[j + 1] == b && (c == nil || p[j + 2] == c) { return j }
                j += 1
            }
            return nil
        }
        /// A name from `start` to the first byte that ends names, and where its local part starts
        /// (after the last colon); nil when there is none or it starts as no name may.
        @inline(__always) func scanName(from start: Int) -> (end: Int, local: Int)? {
            var j = start
            var local = start
            while j < n {
                let b = p[j]
                if table[Int(b)] & ByteClass.nameEnd != 0 { break }
                j += 1
                if b == UInt8(ascii: ":") { local = j }
            }
            guard j > start, p[start] != UInt8(ascii: "-"), !(0x30...0x39).contains(p[start]) else { return nil }
            return (j, local)
        }
        while i < n {
            if p[i] != UInt8(ascii: "<") {
                // Text: one pass to its end, gathering what its bytes are; eight bytes at a time
                // while none of them is a control character, `<` or `&`.
                var j = i
                var seen: UInt8 = 0
                while j < n {
                    if j + 8 <= n {
                        let word = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
                        if plainWord(word) {
                            if word != 0x2020_2020_2020_2020 { seen |= ByteClass.notSpace }
                            j += 8
                            continue
                        }
                    }
                    let c = cls(j)
                    if c & ByteClass.lessThan != 0 { break }
                    seen |= c
                    j += 1
                }
                if seen & ByteClass.forbidden != 0 { return .unsupported }
                if open.isEmpty {
                    guard seen & ByteClass.notSpace == 0 else { return .unsupported }
                } else if handler.wantsText || seen & ByteClass.ampersand != 0 {
                    let text = UnsafeBufferPointer(start: p + i, count: j - i)
                    let plain = seen & ByteClass.decoded == 0
                    if !(plain && handler.wantsText && handler.textBytes(text)) {
                        guard let decoded = decode(text, attribute: false) else { return .unsupported }
                        if handler.wantsText { handler.text(decoded) }
                    }
                }
                i = j
                continue
            }
            guard i + 1 < n else { return .unsupported }
            switch p[i + 1] {
            case UInt8(ascii: "?"):
                guard let end = find(UInt8(ascii: "?"), UInt8(ascii: ">"), nil, from: i + 2) else { return .unsupported }
                i = end + 2
            case UInt8(ascii: "!"):
                guard i + 4 <= n, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-"),
                      let end = find(UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">"), from: i + 4) else { return .unsupported }
                i = end + 3
            case UInt8(ascii: "/"):
                guard let (nameEnd, local) = scanName(from: i + 2), let top = open.last, top.count == nameEnd - (i + 2),
                      same(p + i + 2, p + top.start, count: top.count) else { return .unsupported }
                var j = nameEnd
                skipSpaces(&j)
                guard j < n, p[j] == UInt8(ascii: ">") else { return .unsupported }
                open.removeLast()
                guard handler.end(XMLScanName(bytes: UnsafeBufferPointer(start: p + local, count: nameEnd - local))) else { return .stopped }
                i = j + 1
            default:
                guard let (nameEnd, local) = scanName(from: i + 1), !(open.isEmpty && rootSeen) else { return .unsupported }
                count = 0
                var j = nameEnd
                var empty = false
                while true {
                    let before = j
                    skipSpaces(&j)
                    guard j < n else { return .unsupported }
                    if p[j] == UInt8(ascii: ">") { break }
                    if p[j] == UInt8(ascii: "/") {
                        guard j + 1 < n, p[j + 1] == UInt8(ascii: ">") else { return .unsupported }
                        empty = true
                        j += 1
                        break
                    }
                    // Attributes are separated from the name and each other by spaces.
                    guard j > before, let (attributeEnd, attributeLocal) = scanName(from: j) else { return .unsupported }
                    j = attributeEnd
                    skipSpaces(&j)
                    guard j < n, p[j] == UInt8(ascii: "=") else { return .unsupported }
                    j += 1
                    skipSpaces(&j)
                    guard j < n, p[j] == UInt8(ascii: "\"") || p[j] == UInt8(ascii: "'") else { return .unsupported }
                    let quote = p[j]
                    let valueStart = j + 1
                    j = valueStart
                    var seen: UInt8 = 0
                    while j < n {
                        let b = p[j]
                        if b == quote { break }
                        seen |= table[Int(b)]
                        j += 1
                    }
                    guard j < n, seen & (ByteClass.lessThan | ByteClass.forbidden) == 0 else { return .unsupported }
                    // Only a value with an entity can fail to decode; others are not decoded here.
                    if seen & ByteClass.ampersand != 0,
                       decode(UnsafeBufferPointer(start: p + valueStart, count: j - valueStart), attribute: true) == nil {
                        return .unsupported
                    }
                    let length = attributeEnd - attributeLocal
                    for k in 0..<count where items[k].nameEnd - items[k].nameStart == length
                        && same(p + items[k].nameStart, p + attributeLocal, count: length) {
                        return .unsupported
                    }
                    if count == capacity {
                        let larger = UnsafeMutablePointer<XMLScanAttribute>.allocate(capacity: capacity * 2)
                        larger.moveInitialize(from: items, count: count)
                        items.deallocate()
                        items = larger
                        capacity *= 2
                    }
                    (items + count).initialize(to: XMLScanAttribute(nameStart: attributeLocal, nameEnd: attributeEnd, valueStart: valueStart, valueEnd: j))
                    count += 1
                    j += 1
                }
                rootSeen = true
                let localName = XMLScanName(bytes: UnsafeBufferPointer(start: p + local, count: nameEnd - local))
                guard handler.start(localName, XMLScanAttributes(part: part, items: UnsafeBufferPointer(start: items, count: count))) else { return .stopped }
                if empty {
                    guard handler.end(localName) else { return .stopped }
                } else {
                    open.append((i + 1, nameEnd - (i + 1)))
                }
                i = j + 1
            }
        }
        return open.isEmpty && rootSeen ? .done : .unsupported
    }

    /// True when none of the eight bytes of `word` is below 0x20 (a control character or a line
    /// end), `<` or `&`: text the scanner passes over whole (the tests of Bit Twiddling Hacks).
    @inline(__always)
    static func plainWord(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return !below20 && !hasZeroByte(word ^ (ones &* 0x3C)) && !hasZeroByte(word ^ (ones &* 0x26))
    }

    /// Text with its entities decoded and its line ends as `\n` (in an attribute, every tab and
    /// line end as a space, as XML normalises them); nil for an entity XML does not define or a
    /// character reference to a character XML forbids.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, attribute: Bool) -> String? {
        if !bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x0D || (attribute && ($0 == 0x0A || $0 == 0x09)) }) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(attribute ? 0x20 : 0x0A)
                i += (i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            if attribute && (b == 0x0A || b == 0x09) {
                out.append(0x20)
                i += 1
                continue
            }
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                i += 1
                continue
            }
            guard let semicolon = bytes[i...].firstIndex(of: UInt8(ascii: ";")), semicolon - i <= 10 else { return nil }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<semicolon]), as: UTF8.self)
            switch name {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                guard name.hasPrefix("#") else { return nil }
                let digits = name.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                guard let value, !digits.isEmpty, !digits.hasPrefix("+"), !digits.hasPrefix("-"), let scalar = Unicode.Scalar(value),
                      value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D, value != 0xFFFE, value != 0xFFFF else { return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
            }
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
