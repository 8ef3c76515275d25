/// A worksheet read by the byte scanner: the same steps as through `XMLParser`.
extension WorksheetParser: XMLScanHandler {
    func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool {
        if name.matches("c") { return startCell(attributes) }
        if name.matches("v") { return startValue() }
        if name.matches("row") { return startRow(attributes["r"]) }
        if name.matches("t") { return startText() }
        if name.matches("rPh") { return startPhonetic() }
        if name.matches("mergeCell") { return mergeCell(attributes["ref"]) }
        return true
    }

    func end(_ name: XMLScanName) -> Bool {
        if name.matches("c") { return endCell() }
        if name.matches("v") || name.matches("t") { endText() }
        return true
    }

    func text(_ text: String) { characters(text) }

    func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { valueBytes(bytes) }

    /// A cell's start tag, its reference, type and style read from their bytes (ASCII, so no
    /// string is made for them); an attribute holding an entity is decoded as text instead.
    func startCell(_ attributes: XMLScanAttributes) -> Bool {
        let r = attributes.raw("r"), t = attributes.raw("t"), s = attributes.raw("s")
        func hasEntity(_ b: UnsafeBufferPointer<UInt8>?) -> Bool { b?.contains(UInt8(ascii: "&")) ?? false }
        if hasEntity(r) || hasEntity(t) || hasEntity(s) {
            return startCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"])
        }
        return startCell(at: r.flatMap { CellReference(utf8: $0) }, written: r.map { String(decoding: $0, as: UTF8.self) },
                         type: t.map { CellType($0) } ?? .number, style: s.flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0)
    }
}

/// Shared strings read by the byte scanner: the same steps as through `XMLParser`.
extension SharedStringsParser: XMLScanHandler {
    var wantsText: Bool { inText }

    func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool {
        if name.matches("t") {
            startText()
        } else if name.matches("si") {
            startItem()
        } else if name.matches("rPh") {
            startPhonetic()
        }
        return true
    }

    func end(_ name: XMLScanName) -> Bool {
        if name.matches("t") {
            endText()
        } else if name.matches("si") {
            endItem()
        } else if name.matches("rPh") {
            endPhonetic()
        }
        return true
    }

    func text(_ text: String) { characters(text) }
}
