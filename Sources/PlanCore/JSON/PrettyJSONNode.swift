/// One value of the tree `PrettyJSONEncoder` builds, and how it is written.
enum PrettyJSONNode {
    /// A number, `true`, `false` or `null`, written as it is.
    case literal(String)
    case string(String)
    case array(PrettyJSONArray)
    case object(PrettyJSONObject)
    /// What a super encoder is given, read when the tree is written.
    case deferred(PrettyJSONTreeEncoder)

    /// Writes the value at `indent` spaces: objects with their keys in UTF-8 order, the last of a
    /// repeated key winning, as JSONEncoder's dictionary keeps it.
    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .literal(let text): out.append(contentsOf: text.utf8)
        case .string(let s): PrettyJSONNode.writeString(s, into: &out)
        case .deferred(let encoder): (encoder.node ?? .object(PrettyJSONObject())).write(into: &out, indent: indent)
        case .array(let array):
            PrettyJSONLayout.array(array.items, into: &out, indent: indent) { item, out, inner in item.write(into: &out, indent: inner) }
        case .object(let object):
            PrettyJSONLayout.object(object.sortedMembers(), key: \.key, into: &out, indent: indent) { m, out, inner in
                m.value.write(into: &out, indent: inner)
            }
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A string in quotes with JSONEncoder's escapes: quote, backslash, `\b \f \n \r \t`, other
    /// control characters as `\u00XX`; slashes and everything else as they are.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                start = i + 1
                out.append(0x5C)
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]])
                }
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// An array of the tree, shared with the container that fills it.
final class PrettyJSONArray {
    var items: [PrettyJSONNode] = []
}

/// An object of the tree, its members in the order they were encoded.
final class PrettyJSONObject {
    var members: [(key: String, value: PrettyJSONNode)] = []

    /// The members by the UTF-8 bytes of their keys; of a repeated key, the last encoded.
    func sortedMembers() -> [(key: String, value: PrettyJSONNode)] {
        guard members.count > 1 else { return members }
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for i in 1..<sorted.count where sorted[i - 1].key.utf8.elementsEqual(sorted[i].key.utf8) { return sortedKeepingLast() }
        return sorted
    }

    /// `sortedMembers` for an object that encoded a key more than once: sorted by key, then by the
    /// order encoded, keeping the last of each key.
    private func sortedKeepingLast() -> [(key: String, value: PrettyJSONNode)] {
        var sorted = members.enumerated().sorted { a, b in
            let x = a.element.key.utf8, y = b.element.key.utf8
            return x.elementsEqual(y) ? a.offset < b.offset : x.lexicographicallyPrecedes(y)
        }.map(\.element)
        var i = sorted.count - 1
        while i > 0 {
            if sorted[i - 1].key.utf8.elementsEqual(sorted[i].key.utf8) { sorted.remove(at: i - 1) }
            i -= 1
        }
        return sorted
    }
}
