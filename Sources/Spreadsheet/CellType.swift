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
    init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        switch bytes.count {
        case 1 where bytes.first == UInt8(ascii: "s"): self = .shared
        case 1 where bytes.first == UInt8(ascii: "b"): self = .bool
        case 1 where bytes.first == UInt8(ascii: "e"): self = .error
        case 1 where bytes.first == UInt8(ascii: "d"): self = .isoDate
        case 3 where bytes.elementsEqual("str".utf8): self = .formulaText
        case 9 where bytes.elementsEqual("inlineStr".utf8): self = .inline
        default: self = .number
        }
    }
}
