/// How a field's values are written in a sheet and read back.
public enum FieldKind: Sendable, Equatable {
    /// One line of text.
    case text
    /// Several entries, one per line of the cell.
    case lines
    /// A whole number on a scale, e.g. a likelihood from 1 to 5.
    case level(max: Int)
    /// A date: UK day-first, ISO, "15 Jan 2027", or an Excel date.
    case date
    /// A number, e.g. a rate or a count.
    case number
    /// Pounds and pence: "120000", "£120,000.00", "(1,000)".
    case money
    /// One of a fixed set of words.
    case choice([String])
    /// Ids or names of other records, separated by semicolons.
    case references(String)
    /// Worked out from other fields: written for readers, checked on import, never stored.
    case derived
}

/// One field of a record as the spreadsheet side sees it: its name in files, the label people
/// read, the words councils use for it in their own sheets, and what it holds.
public struct FieldDescription: Sendable, Equatable {
    /// The name in SaferPlan's files and CSV header, e.g. `residual_likelihood`.
    public var name: String
    /// The label on forms, workbook headers and messages, e.g. "Residual likelihood".
    public var label: String
    /// Other headers that mean this field, e.g. "current likelihood", "net likelihood".
    public var synonyms: [String]
    /// What the field holds, which says how its cells are read and written.
    public var kind: FieldKind
    /// What a new record must give.
    public var required: Bool
    /// One sentence on what the field holds, for help and messages.
    public var help: String

    /// A field named `name` in files, labelled `label`, holding one line of text unless told otherwise.
    public init(_ name: String, _ label: String, _ kind: FieldKind = .text, synonyms: [String] = [],
                required: Bool = false, help: String = "") {
        self.name = name
        self.label = label
        self.kind = kind
        self.synonyms = synonyms
        self.required = required
        self.help = help
    }

    /// Every header this field answers to, normalised.
    var keys: [String] { ([name, label] + synonyms).map(FieldDescription.normalise) }

    /// A header as compared: lower case, letters and digits only ("Risk Owner" → "riskowner").
    public static func normalise(_ header: String) -> String {
        if let ascii = asciiNormalised(header) { return ascii }
        return String(header.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// `normalise` for text that is all ASCII, straight from its bytes (an import normalises every
    /// title and text cell it checks, and the Unicode path cost most of that); nil for other text.
    static func asciiNormalised(_ text: String) -> String? {
        var contiguous = text
        return contiguous.withUTF8 { asciiNormalised(bytes: $0) }
    }

    private static func asciiNormalised(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for b in bytes {
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[n] = b + 0x20; n += 1
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out[n] = b; n += 1
                default: continue
                }
            }
            return n
        }
    }
}
