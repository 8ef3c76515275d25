/// The shared strings table (`xl/sharedStrings.xml`): each `si`, its runs joined, phonetic runs
/// left out. The steps, the same whichever reader reports the elements.
struct SharedStringsReader {
    /// Each `si`, in order.
    private(set) var strings: [String] = []
    private var current = ""
    /// True while `current` was taken from bytes holding no `_x`, so has no escape to undo.
    private var currentPlain = false
    private(set) var inText = false
    private var inPhonetic = false

    mutating func startItem() {
        if !current.isEmpty { current = "" }
        currentPlain = false
    }

    mutating func endItem() { strings.append(currentPlain ? current : XMLText.unescape(current)) }
    mutating func startText() { inText = !inPhonetic }
    mutating func endText() { inText = false }
    mutating func startPhonetic() { inPhonetic = true }
    mutating func endPhonetic() { inPhonetic = false }

    mutating func characters(_ string: String) {
        guard inText else { return }
        current += string
        currentPlain = false
    }

    /// An item's first text as bytes (no entities, no carriage returns), taken whole; false when
    /// the item already has text, for `characters` to join.
    mutating func firstText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard inText, current.isEmpty else { return false }
        current = String(decoding: bytes, as: UTF8.self)
        currentPlain = !XMLText.holdsUnderscoreX(bytes)
        return true
    }
}

/// Shared strings read by the byte scanner: the same steps as through `XMLParser`.
extension SharedStringsReader: XMLScanHandler {
    var wantsText: Bool { inText }

    mutating func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool {
        if name.matches("t") {
            startText()
        } else if name.matches("si") {
            startItem()
        } else if name.matches("rPh") {
            startPhonetic()
        }
        return true
    }

    mutating func end(_ name: XMLScanName) -> Bool {
        if name.matches("t") {
            endText()
        } else if name.matches("si") {
            endItem()
        } else if name.matches("rPh") {
            endPhonetic()
        }
        return true
    }

    mutating func text(_ text: String) { characters(text) }

    mutating func textBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { firstText(bytes) }
}
