extension JSONValue {
    /// Compact JSON text for the value (used to hand a migrated tree back to the reader).
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out)
        return out
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .int(let v): out += Array(String(v).utf8)
        case .double(let d): out += Array("\(d)".utf8)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                item.value.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (k, m) in members.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(m.key, into: &out)
                out.append(UInt8(ascii: ":"))
                m.node.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A string in quotes with the escapes the store's files use (one routine for the store's
    /// encoder, merged files and trees handed back to the reader).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        PrettyJSONNode.writeString(s, into: &out)
    }
}
