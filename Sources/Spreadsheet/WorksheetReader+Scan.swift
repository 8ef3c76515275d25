/// A worksheet read by the byte scanner: the same steps as through `XMLParser`.
extension WorksheetReader: XMLScanHandler {
    mutating func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool {
        // By length first: nearly every element is `c`, `v`, `t` or `row`.
        switch name.bytes.count {
        case 1:
            switch name.bytes[0] {
            case UInt8(ascii: "c"): return startCell(attributes)
            case UInt8(ascii: "v"): return startValue()
            case UInt8(ascii: "t"): return startText()
            default: return true
            }
        case 3:
            if name.matches("row") { return startRow(attributes) }
            if name.matches("rPh") { return startPhonetic() }
            return true
        case 9:
            return name.matches("mergeCell") ? mergeCell(attributes["ref"]) : true
        default:
            return true
        }
    }

    mutating func end(_ name: XMLScanName) -> Bool {
        guard name.bytes.count == 1 else { return true }
        switch name.bytes[0] {
        case UInt8(ascii: "c"): return endCell()
        case UInt8(ascii: "v"), UInt8(ascii: "t"): endText()
        default: break
        }
        return true
    }

    mutating func text(_ text: String) { characters(text) }

    mutating func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { valueBytes(bytes) }

    /// A row's start tag, its number read from its digits.
    mutating func startRow(_ attributes: XMLScanAttributes) -> Bool {
        guard let r = attributes.raw("r") else { return startRow(number: nil) }
        if let n = Self.plainInteger(r) { return startRow(number: n) }
        return startRow(attributes["r"])
    }

    /// A cell's start tag, its reference, type and style read from their bytes (ASCII, so no
    /// string is made for them); an attribute holding an entity is decoded as text instead.
    mutating func startCell(_ attributes: XMLScanAttributes) -> Bool {
        // One pass over the attributes: a cell's are named by one letter.
        var r: UnsafeBufferPointer<UInt8>?, t: UnsafeBufferPointer<UInt8>?, s: UnsafeBufferPointer<UInt8>?
        if let base = attributes.part.baseAddress {
            for item in attributes.items where item.nameEnd - item.nameStart == 1 {
                let value = UnsafeBufferPointer(start: base + item.valueStart, count: item.valueEnd - item.valueStart)
                switch base[item.nameStart] {
                case UInt8(ascii: "r"): r = value
                case UInt8(ascii: "t"): t = value
                case UInt8(ascii: "s"): s = value
                default: break
                }
            }
        }
        func hasEntity(_ b: UnsafeBufferPointer<UInt8>?) -> Bool { b?.contains(UInt8(ascii: "&")) ?? false }
        if hasEntity(r) || hasEntity(t) || hasEntity(s) {
            return startCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"])
        }
        let style: Int
        if let s {
            style = Self.plainInteger(s) ?? Int(String(decoding: s, as: UTF8.self)) ?? 0
        } else {
            style = 0
        }
        return startCell(at: r.flatMap { CellReference(utf8: $0) }, written: r.map { String(decoding: $0, as: UTF8.self) },
                         type: t.map { CellType($0) } ?? .number, style: style)
    }
}
