extension JSONValue {
    /// The value as the workspace files are written: pretty-printed, two-space indent, keys in
    /// sorted order, `"key" : value`, and a final newline, so a merged file diffs like a saved one.
    public func prettyPrinted() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 12)
        writePretty(into: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    func writePretty(into out: inout [UInt8], indent: Int) {
        switch self {
        case .array(let items):
            PrettyJSONLayout.array(items, into: &out, indent: indent) { item, out, inner in item.value.writePretty(into: &out, indent: inner) }
        case .object(let members):
            PrettyJSONLayout.object(JSONValue.sortedMembers(members), key: \.key, into: &out, indent: indent) { m, out, inner in
                m.node.value.writePretty(into: &out, indent: inner)
            }
        default:
            write(into: &out)
        }
    }

    /// Members in the order the store writes them: by the UTF-8 bytes of their keys.
    static func sortedMembers(_ members: [JSONMember]) -> [JSONMember] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
