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
            out.append(UInt8(ascii: "["))
            out.append(0x0A)
            for (k, item) in items.enumerated() {
                if k > 0 { out += [UInt8(ascii: ","), 0x0A] }
                JSONValue.pad(&out, indent + 2)
                item.value.writePretty(into: &out, indent: indent + 2)
            }
            out.append(0x0A)
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            out.append(0x0A)
            for (k, m) in JSONValue.sortedMembers(members).enumerated() {
                if k > 0 { out += [UInt8(ascii: ","), 0x0A] }
                JSONValue.pad(&out, indent + 2)
                JSONValue.writeString(m.key, into: &out)
                out += [0x20, UInt8(ascii: ":"), 0x20]
                m.node.value.writePretty(into: &out, indent: indent + 2)
            }
            out.append(0x0A)
            JSONValue.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        default:
            write(into: &out)
        }
    }

    /// Members in the order the store writes them: by the UTF-8 bytes of their keys.
    static func sortedMembers(_ members: [JSONMember]) -> [JSONMember] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    private static func pad(_ out: inout [UInt8], _ n: Int) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }
}
