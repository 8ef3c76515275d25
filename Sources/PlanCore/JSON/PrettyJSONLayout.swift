/// The layout every workspace file is written in, whichever tree holds the values (the store's
/// encoder tree, or a `JSONValue` merged or migrated): arrays and objects open on their line, one
/// item or member a line at two more spaces, `"key" : value`, separated by `,` and a line end.
enum PrettyJSONLayout {
    /// Writes `items` as an array at `indent` spaces, each item by `write` at the inner indent.
    @inline(__always)
    static func array<C: Collection>(_ items: C, into out: inout [UInt8], indent: Int,
                                     _ write: (C.Element, inout [UInt8], Int) -> Void) {
        out.append(UInt8(ascii: "["))
        out.append(0x0A)
        var first = true
        for item in items {
            separate(&first, &out)
            pad(&out, indent + 2)
            write(item, &out, indent + 2)
        }
        close(UInt8(ascii: "]"), &out, indent)
    }

    /// Writes `members` (already in the order they are written) as an object at `indent` spaces:
    /// each member's `key`, then its value by `write` at the inner indent.
    @inline(__always)
    static func object<C: Collection>(_ members: C, key: (C.Element) -> String, into out: inout [UInt8], indent: Int,
                                      _ write: (C.Element, inout [UInt8], Int) -> Void) {
        out.append(UInt8(ascii: "{"))
        out.append(0x0A)
        var first = true
        for m in members {
            separate(&first, &out)
            pad(&out, indent + 2)
            PrettyJSONNode.writeString(key(m), into: &out)
            out.append(0x20)
            out.append(UInt8(ascii: ":"))
            out.append(0x20)
            write(m, &out, indent + 2)
        }
        close(UInt8(ascii: "}"), &out, indent)
    }

    @inline(__always)
    private static func separate(_ first: inout Bool, _ out: inout [UInt8]) {
        if !first {
            out.append(UInt8(ascii: ","))
            out.append(0x0A)
        }
        first = false
    }

    @inline(__always)
    private static func close(_ bracket: UInt8, _ out: inout [UInt8], _ indent: Int) {
        out.append(0x0A)
        pad(&out, indent)
        out.append(bracket)
    }

    @inline(__always)
    static func pad(_ out: inout [UInt8], _ n: Int) {
        out.append(contentsOf: repeatElement(0x20, count: n))
    }
}
