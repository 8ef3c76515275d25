/// A parsed JSON value that remembers where in its file it started, so a decoding error can name
/// the line and column of the value at fault.
public struct JSONNode: Sendable {
    /// The value itself.
    public var value: JSONValue
    /// Byte offset of the value's first character in the source.
    public var offset: Int

    /// A node holding `value` that starts at byte `offset`.
    public init(_ value: JSONValue, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }
}

/// A member of a JSON object, in source order.
public struct JSONMember: Sendable {
    /// The member's key.
    public var key: String
    /// The member's value and where it starts.
    public var node: JSONNode

    /// A member with the given key and value.
    public init(key: String, node: JSONNode) {
        self.key = key
        self.node = node
    }
}

/// A JSON value. Integers are kept apart from other numbers so large ids and counts stay exact.
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without a fraction or exponent that fits an Int.
    case int(Int)
    /// Any other number.
    case double(Double)
    /// A string, unescaped.
    case string(String)
    /// An array's elements, in order.
    case array([JSONNode])
    /// An object's members, in source order.
    case object([JSONMember])

    /// "an object", "a string"…: for messages that say what was found.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// The member named `key`, when this is an object that has one.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.node
    }
}

/// A place in a source text, counted from 1.
public struct TextPosition: Sendable, Equatable, CustomStringConvertible {
    /// The line, counted from 1.
    public var line: Int
    /// The column, counted from 1 in characters.
    public var column: Int

    /// The position at `line` and `column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The line and column of byte `offset` in `bytes`; columns count characters, not bytes.
    public init(offset: Int, in bytes: [UInt8]) {
        var line = 1, column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        self.init(line: line, column: column)
    }

    /// The position in words: "line 3, column 7".
    public var description: String { "line \(line), column \(column)" }
}
