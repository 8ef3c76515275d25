import Foundation

/// Writes any `Encodable` value as the workspace files hold it: the very bytes Foundation's
/// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space
/// indent, `"key" : value`, keys in the order of their UTF-8 bytes, numbers as `description`
/// without a trailing `.0`), several times faster, because it keeps no coding path unless asked
/// and writes straight into one byte buffer.
public enum PrettyJSONEncoder {
    /// The value as pretty, sorted JSON, without a final newline (as `JSONEncoder` writes it).
    /// Throws `EncodingError.invalidValue` for a number that is not finite, as `JSONEncoder` does.
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let node = try PrettyJSONTreeEncoder.node(for: value, parent: nil, key: nil)
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        node.write(into: &out, indent: 0)
        return out
    }
}

/// Builds the tree of one value. Coding paths are worked out only when a value asks for one.
final class PrettyJSONTreeEncoder: Encoder {
    let parent: PrettyJSONTreeEncoder?
    let key: CodingKey?
    /// What the value encoded: nil until it asks for a container or encodes a single value.
    var node: PrettyJSONNode?

    init(parent: PrettyJSONTreeEncoder?, key: CodingKey?) {
        self.parent = parent
        self.key = key
    }

    var codingPath: [CodingKey] {
        var path: [CodingKey] = []
        var e: PrettyJSONTreeEncoder? = self
        while let current = e {
            if let k = current.key { path.append(k) }
            e = current.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: PrettyJSONObject
        if case .object(let existing)? = node {
            object = existing
        } else {
            object = PrettyJSONObject()
            node = .object(object)
        }
        return KeyedEncodingContainer(PrettyJSONKeyedContainer<Key>(encoder: self, object: object))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let array: PrettyJSONArray
        if case .array(let existing)? = node {
            array = existing
        } else {
            array = PrettyJSONArray()
            node = .array(array)
        }
        return PrettyJSONUnkeyedContainer(encoder: self, array: array)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { PrettyJSONSingleContainer(encoder: self) }

    /// The tree of `value`, encoded as a member of `parent` under `key`.
    static func node<T: Encodable>(for value: T, parent: PrettyJSONTreeEncoder?, key: CodingKey?) throws -> PrettyJSONNode {
        if let leaf = try leaf(value, parent: parent, key: key) { return leaf }
        let child = PrettyJSONTreeEncoder(parent: parent, key: key)
        try value.encode(to: child)
        // A value that encodes nothing is written as an empty object, as JSONEncoder writes it.
        return child.node ?? .object(PrettyJSONObject())
    }

    /// The values JSONEncoder writes itself rather than asking them to encode: the standard scalars,
    /// and URL, Data and Decimal in its default strategies.
    static func leaf<T: Encodable>(_ value: T, parent: PrettyJSONTreeEncoder?, key: CodingKey?) throws -> PrettyJSONNode? {
        // Compared by type first: a cast alone could turn one kind of number into another.
        if T.self == String.self, let s = value as? String { return .string(s) }
        if T.self == Bool.self, let b = value as? Bool { return .literal(b ? "true" : "false") }
        if T.self == Int.self, let n = value as? Int { return .literal(String(n)) }
        if T.self == Double.self, let d = value as? Double { return .literal(try number(d, parent: parent, key: key)) }
        if T.self == Float.self, let f = value as? Float { return .literal(try number(f, parent: parent, key: key)) }
        if let n = integer(value) { return .literal(n) }
        if T.self == URL.self, let u = value as? URL { return .string(u.absoluteString) }
        if T.self == Data.self, let d = value as? Data { return .string(d.base64EncodedString()) }
        if T.self == Decimal.self, let d = value as? Decimal { return .literal(d.description) }
        return nil
    }

    /// The text of a fixed-width integer other than `Int`, nil for any other value.
    static func integer<T>(_ value: T) -> String? {
        switch T.self {
        case is Int64.Type: (value as? Int64).map { String($0) }
        case is Int32.Type: (value as? Int32).map { String($0) }
        case is Int16.Type: (value as? Int16).map { String($0) }
        case is Int8.Type: (value as? Int8).map { String($0) }
        case is UInt.Type: (value as? UInt).map { String($0) }
        case is UInt64.Type: (value as? UInt64).map { String($0) }
        case is UInt32.Type: (value as? UInt32).map { String($0) }
        case is UInt16.Type: (value as? UInt16).map { String($0) }
        case is UInt8.Type: (value as? UInt8).map { String($0) }
        default: nil
        }
    }

    /// A floating-point number as JSONEncoder writes it: its description, without a final ".0".
    static func number<F: FloatingPoint & LosslessStringConvertible>(_ value: F, parent: PrettyJSONTreeEncoder?, key: CodingKey?) throws -> String {
        guard value.isFinite else {
            let path = (parent?.codingPath ?? []) + (key.map { [$0] } ?? [])
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path, debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// A keyed container writing members into one object of the tree.
struct PrettyJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: PrettyJSONTreeEncoder
    let object: PrettyJSONObject

    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { object.members.append((key.stringValue, .literal("null"))) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.members.append((key.stringValue, .string(value))) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.members.append((key.stringValue, .literal(value ? "true" : "false"))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.members.append((key.stringValue, .literal(String(value)))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.members.append((key.stringValue, .literal(try PrettyJSONTreeEncoder.number(value, parent: encoder, key: key))))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.members.append((key.stringValue, try PrettyJSONTreeEncoder.node(for: value, parent: encoder, key: key)))
    }

    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { object.members.append((key.stringValue, .string(value))) }
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = PrettyJSONObject()
        object.members.append((key.stringValue, .object(nested)))
        let child = PrettyJSONTreeEncoder(parent: encoder, key: key)
        child.node = .object(nested)
        return KeyedEncodingContainer(PrettyJSONKeyedContainer<NestedKey>(encoder: child, object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = PrettyJSONArray()
        object.members.append((key.stringValue, .array(nested)))
        let child = PrettyJSONTreeEncoder(parent: encoder, key: key)
        child.node = .array(nested)
        return PrettyJSONUnkeyedContainer(encoder: child, array: nested)
    }

    mutating func superEncoder() -> Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(named: key.stringValue, key: key) }

    private func superEncoder(named name: String, key: CodingKey? = nil) -> Encoder {
        let child = PrettyJSONTreeEncoder(parent: encoder, key: key ?? PrettyJSONIndexKey(name: name))
        object.members.append((name, .deferred(child)))
        return child
    }
}

/// An unkeyed container writing items into one array of the tree.
struct PrettyJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: PrettyJSONTreeEncoder
    let array: PrettyJSONArray

    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int { array.items.count }

    private var nextKey: CodingKey { PrettyJSONIndexKey(index: array.items.count) }

    mutating func encodeNil() throws { array.items.append(.literal("null")) }
    mutating func encode(_ value: String) throws { array.items.append(.string(value)) }
    mutating func encode(_ value: Bool) throws { array.items.append(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: Int) throws { array.items.append(.literal(String(value))) }
    mutating func encode(_ value: Double) throws {
        array.items.append(.literal(try PrettyJSONTreeEncoder.number(value, parent: encoder, key: nextKey)))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.items.append(try PrettyJSONTreeEncoder.node(for: value, parent: encoder, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = PrettyJSONObject()
        let child = PrettyJSONTreeEncoder(parent: encoder, key: nextKey)
        child.node = .object(nested)
        array.items.append(.object(nested))
        return KeyedEncodingContainer(PrettyJSONKeyedContainer<NestedKey>(encoder: child, object: nested))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = PrettyJSONArray()
        let child = PrettyJSONTreeEncoder(parent: encoder, key: nextKey)
        child.node = .array(nested)
        array.items.append(.array(nested))
        return PrettyJSONUnkeyedContainer(encoder: child, array: nested)
    }

    mutating func superEncoder() -> Encoder {
        let child = PrettyJSONTreeEncoder(parent: encoder, key: nextKey)
        array.items.append(.deferred(child))
        return child
    }
}

/// The container of a value that is one scalar (or one nested value).
struct PrettyJSONSingleContainer: SingleValueEncodingContainer {
    let encoder: PrettyJSONTreeEncoder

    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .literal("null") }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Bool) throws { encoder.node = .literal(value ? "true" : "false") }
    mutating func encode(_ value: Int) throws { encoder.node = .literal(String(value)) }
    mutating func encode(_ value: Double) throws {
        encoder.node = .literal(try PrettyJSONTreeEncoder.number(value, parent: encoder.parent, key: encoder.key))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try PrettyJSONTreeEncoder.node(for: value, parent: encoder.parent, key: encoder.key)
    }
}

/// A key for an array position, or for a super encoder's member.
struct PrettyJSONIndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init(name: String) {
        stringValue = name
        intValue = nil
    }

    init?(stringValue: String) { self.init(name: stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
