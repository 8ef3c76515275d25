/// How a worksheet cell holds its value: its `t` attribute.
enum CellType: Equatable {
    /// An index into the shared strings (`s`).
    case shared
    /// Text in the cell itself (`inlineStr`).
    case inline
    /// A formula's text result (`str`).
    case formulaText
    /// True or false (`b`).
    case bool
    /// An error such as `#DIV/0!` (`e`).
    case error
    /// A date as ISO 8601 text (`d`).
    case isoDate
    /// A number (`n`, or no type), and any type this reader does not know, read as a number.
    case number

    /// The type the attribute's bytes name.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.count {
        case 1 where bytes[0] == UInt8(ascii: "s"): self = .shared
        case 1 where bytes[0] == UInt8(ascii: "b"): self = .bool
        case 1 where bytes[0] == UInt8(ascii: "e"): self = .error
        case 1 where bytes[0] == UInt8(ascii: "d"): self = .isoDate
        case 3 where XMLByteScanner.same(bytes.baseAddress, ("str" as StaticString).utf8Start, count: 3): self = .formulaText
        case 9 where XMLByteScanner.same(bytes.baseAddress, ("inlineStr" as StaticString).utf8Start, count: 9): self = .inline
        default: self = .number
        }
    }

    /// The type the attribute names.
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { CellType($0) }
    }
}
