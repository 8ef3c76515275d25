/// What a part read by `XMLByteScanner` is told: start tags, end tags and text between them.
protocol XMLScanHandler: AnyObject {
    /// True while the handler keeps the text it is given (text is decoded only then).
    var wantsText: Bool { get }
    /// A start tag, by its local name (without any namespace prefix); false stops the scan.
    func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool
    /// An end tag (also sent for an empty-element tag `<a/>`); false stops the scan.
    func end(_ name: XMLScanName) -> Bool
    /// Text inside the root element, entities decoded and line ends as `\n`.
    func text(_ text: String)
    /// Text without entities or carriage returns, as the part's bytes: true when the handler took
    /// it so, false to be given it by `text(_:)` instead.
    func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool
}

extension XMLScanHandler {
    /// By default text is taken as a string.
    func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { false }
}

/// An element's local name, as bytes of the part.
struct XMLScanName {
    let bytes: UnsafeBufferPointer<UInt8>

    /// True when the name is `name` (ASCII).
    func matches(_ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        let other = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        return bytes.elementsEqual(other)
    }
}

/// A start tag's attributes, looked up by local name.
struct XMLScanAttributes {
    let part: UnsafeBufferPointer<UInt8>
    /// Each attribute's local name and value, as ranges of the part.
    let items: [(name: Range<Int>, value: Range<Int>)]

    /// The value of the attribute with local name `name`, entities decoded; nil when absent.
    subscript(_ name: StaticString) -> String? {
        raw(name).flatMap { XMLByteScanner.decode($0, attribute: true) }
    }

    /// The bytes of the attribute with local name `name` as written, entities not decoded; nil when absent.
    func raw(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for item in items where item.name.count == wanted.count && part[item.name].elementsEqual(wanted) {
            return UnsafeBufferPointer(rebasing: part[item.value])
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
enum XMLByteScanner {
    enum Outcome: Equatable {
        /// The whole part was read.
        case done
        /// The handler stopped the scan.
        case stopped
        /// The part holds something this scanner does not read; nothing it reported may be used.
        case unsupported
    }

    static func scan(_ part: UnsafeBufferPointer<UInt8>, _ handler: XMLScanHandler) -> Outcome {
        let n = part.count
        var i = 0
        var open: [Range<Int>] = []
        var rootSeen = false
        var items: [(name: Range<Int>, value: Range<Int>)] = []
        if n >= 3, part[0] == 0xEF, part[1] == 0xBB, part[2] == 0xBF { i = 3 }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func isNameByte(_ b: UInt8) -> Bool {
            !(isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=") || b == UInt8(ascii: "<")
              || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "&"))
        }
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            var j = start
            while j + pattern.count <= n {
                if part[j] == pattern[0] && part[j..<(j + pattern.count)].elementsEqual(pattern) { return j }
                j += 1
            }
            return nil
        }
        func local(_ name: Range<Int>) -> Range<Int> {
            var start = name.lowerBound
            for j in name where part[j] == UInt8(ascii: ":") { start = j + 1 }
            return start..<name.upperBound
        }
        func scanName(from start: Int) -> Range<Int>? {
            var j = start
            while j < n && isNameByte(part[j]) { j += 1 }
            guard j > start, part[start] != UInt8(ascii: "-"), !(0x30...0x39).contains(part[start]) else { return nil }
            return start..<j
        }
        while i < n {
            if part[i] != UInt8(ascii: "<") {
                var j = i
                while j < n && part[j] != UInt8(ascii: "<") { j += 1 }
                let text = UnsafeBufferPointer(rebasing: part[i..<j])
                guard isWellFormedText(text) else { return .unsupported }
                if open.isEmpty {
                    guard text.allSatisfy(isSpace) else { return .unsupported }
                } else if handler.wantsText || text.contains(UInt8(ascii: "&")) {
                    let plain = !text.contains { $0 == UInt8(ascii: "&") || $0 == 0x0D }
                    if !(plain && handler.wantsText && handler.textBytes(text)) {
                        guard let decoded = decode(text, attribute: false) else { return .unsupported }
                        if handler.wantsText { handler.text(decoded) }
                    }
                }
                i = j
                continue
            }
            guard i + 1 < n else { return .unsupported }
            switch part[i + 1] {
            case UInt8(ascii: "?"):
                guard let end = find(Array("?>".utf8), from: i + 2) else { return .unsupported }
                i = end + 2
            case UInt8(ascii: "!"):
                guard part[(i + 1)...].starts(with: Array("!--".utf8)), let end = find(Array("-->".utf8), from: i + 4) else { return .unsupported }
                i = end + 3
            case UInt8(ascii: "/"):
                guard let name = scanName(from: i + 2), let top = open.last, part[name].elementsEqual(part[top]) else { return .unsupported }
                var j = name.upperBound
                while j < n && isSpace(part[j]) { j += 1 }
                guard j < n, part[j] == UInt8(ascii: ">") else { return .unsupported }
                open.removeLast()
                guard handler.end(XMLScanName(bytes: UnsafeBufferPointer(rebasing: part[local(name)]))) else { return .stopped }
                i = j + 1
            default:
                guard let name = scanName(from: i + 1), !(open.isEmpty && rootSeen) else { return .unsupported }
                items.removeAll(keepingCapacity: true)
                var j = name.upperBound
                var empty = false
                while true {
                    let before = j
                    while j < n && isSpace(part[j]) { j += 1 }
                    guard j < n else { return .unsupported }
                    if part[j] == UInt8(ascii: ">") { break }
                    if part[j] == UInt8(ascii: "/") {
                        guard j + 1 < n, part[j + 1] == UInt8(ascii: ">") else { return .unsupported }
                        empty = true
                        j += 1
                        break
                    }
                    // Attributes are separated from the name and each other by spaces.
                    guard j > before, let attribute = scanName(from: j) else { return .unsupported }
                    j = attribute.upperBound
                    while j < n && isSpace(part[j]) { j += 1 }
                    guard j < n, part[j] == UInt8(ascii: "=") else { return .unsupported }
                    j += 1
                    while j < n && isSpace(part[j]) { j += 1 }
                    guard j < n, part[j] == UInt8(ascii: "\"") || part[j] == UInt8(ascii: "'") else { return .unsupported }
                    let quote = part[j]
                    let valueStart = j + 1
                    j = valueStart
                    while j < n && part[j] != quote {
                        if part[j] == UInt8(ascii: "<") { return .unsupported }
                        j += 1
                    }
                    guard j < n else { return .unsupported }
                    let value = valueStart..<j
                    let valueBytes = UnsafeBufferPointer(rebasing: part[value])
                    // Only a value with an entity can fail to decode; others are not decoded here.
                    guard isWellFormedText(valueBytes),
                          !valueBytes.contains(UInt8(ascii: "&")) || decode(valueBytes, attribute: true) != nil,
                          !items.contains(where: { part[$0.name].elementsEqual(part[local(attribute)]) }) else { return .unsupported }
                    items.append((local(attribute), value))
                    j += 1
                }
                rootSeen = true
                let localName = XMLScanName(bytes: UnsafeBufferPointer(rebasing: part[local(name)]))
                guard handler.start(localName, XMLScanAttributes(part: part, items: items)) else { return .stopped }
                if empty {
                    guard handler.end(localName) else { return .stopped }
                } else {
                    open.append(name)
                }
                i = j + 1
            }
        }
        return open.isEmpty && rootSeen ? .done : .unsupported
    }

    /// False for bytes XML 1.0 forbids in text: control characters other than tab and line ends.
    static func isWellFormedText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
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
