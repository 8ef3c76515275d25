/// Decodes `Decodable` types from a parsed `JSONNode` tree.
///
/// Lists that are absent from an object decode as empty, so hand-written files may leave out
/// empty lists. Errors are standard `DecodingError`s whose coding path leads back to the node.
public struct JSONTreeDecoder {
    public init() {}

    /// Decodes a value of `type` from `node`.
    public func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
        try TreeDecoder(node: node, codingPath: []).decodeValue(type)
    }

    /// The node at the end of `path` below `root`, or the deepest node that exists on the way.
    public static func node(at path: [CodingKey], in root: JSONNode) -> JSONNode {
        var node = root
        for key in path {
            switch node.value {
            case .object(let members):
                guard let next = members.first(where: { $0.key == key.stringValue })?.node else { return node }
                node = next
            case .array(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return node }
                node = items[index]
            default:
                return node
            }
        }
        return node
    }
}

/// A type whose absence from a JSON object means "empty".
protocol EmptyWhenAbsent { static var emptyValue: Self { get } }
extension Array: EmptyWhenAbsent { static var emptyValue: Array { [] } }

struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ i: Int) { intValue = i }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

final class TreeDecoder: Decoder {
    let node: JSONNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONNode, codingPath: [CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    func mismatch(_ expected: Any.Type, _ what: String) -> DecodingError {
        .typeMismatch(expected, .init(codingPath: codingPath,
                                      debugDescription: "expected \(what), found \(node.value.kindDescription)"))
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let v = try decodePrimitive(type) { return v }
        return try T(from: self)
    }

    /// Fast paths for the leaf types, avoiding a container round trip.
    @inline(__always) func decodePrimitive<T>(_ type: T.Type) throws -> T? {
        if type == String.self {
            guard case .string(let s) = node.value else { throw mismatch(type, "text in double quotes") }
            return s as? T
        }
        if type == Int.self { return try decodeInt() as? T }
        if type == Double.self { return try decodeDouble() as? T }
        if type == Bool.self {
            guard case .bool(let b) = node.value else { throw mismatch(type, "true or false") }
            return b as? T
        }
        return nil
    }

    func decodeInt() throws -> Int {
        switch node.value {
        case .int(let v): return v
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: return Int(d)
        default: throw mismatch(Int.self, "a whole number")
        }
    }

    func decodeDouble() throws -> Double {
        switch node.value {
        case .int(let v): return Double(v)
        case .double(let d): return d
        default: throw mismatch(Double.self, "a number")
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node.value else { throw mismatch([String: Any].self, "an object") }
        return KeyedDecodingContainer(Keyed<Key>(members: members, owner: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = node.value else { throw mismatch([Any].self, "a list") }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { Single(decoder: self) }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [JSONMember]
        let owner: TreeDecoder
        var codingPath: [CodingKey] { owner.codingPath }
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        @inline(__always) func find(_ key: Key) -> JSONNode? {
            let name = key.stringValue
            for m in members where m.key == name { return m.node }
            return nil
        }

        func contains(_ key: Key) -> Bool { find(key) != nil }

        func child(_ node: JSONNode, _ key: Key) -> TreeDecoder {
            TreeDecoder(node: node, codingPath: codingPath + [key])
        }

        func missing(_ key: Key) -> DecodingError {
            .keyNotFound(key, .init(codingPath: codingPath,
                                    debugDescription: "the required field \"\(key.stringValue)\" is missing"))
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let n = find(key) else { return true }
            if case .null = n.value { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard let n = find(key) else {
                if let empty = (T.self as? EmptyWhenAbsent.Type)?.emptyValue as? T { return empty }
                throw missing(key)
            }
            return try child(n, key).decodeValue(type)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let n = find(key) else { return nil }
            if case .null = n.value { return nil }
            return try child(n, key).decodeValue(type)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                   forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            guard let n = find(key) else { throw missing(key) }
            return try child(n, key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
            guard let n = find(key) else { throw missing(key) }
            return try child(n, key).unkeyedContainer()
        }

        func superDecoder() throws -> Decoder { owner }
        func superDecoder(forKey key: Key) throws -> Decoder {
            guard let n = find(key) else { throw missing(key) }
            return child(n, key)
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [JSONNode]
        let codingPath: [CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [JSONNode], codingPath: [CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        mutating func next() throws -> TreeDecoder {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath,
                                                                  debugDescription: "the list ends too soon"))
            }
            defer { currentIndex += 1 }
            return TreeDecoder(node: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { return false }
            if case .null = items[currentIndex].value { currentIndex += 1; return true }
            return false
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
            throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next().unkeyedContainer() }
        mutating func superDecoder() throws -> Decoder { try next() }
    }

    struct Single: SingleValueDecodingContainer {
        let decoder: TreeDecoder
        var codingPath: [CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool {
            if case .null = decoder.node.value { return true }
            return false
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
    }
}
