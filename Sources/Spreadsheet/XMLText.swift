import Glibc

/// Text as SpreadsheetML holds it: XML-escaped, with characters XML cannot carry written as
/// `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19, ST_Xstring).
enum XMLText {
    /// `text` escaped for an element's content or an attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "_" where looksEscaped(scalars, at: i): out += "_x005F_"
            default:
                if (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF {
                    out += "_x" + hex4(s.value) + "_"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
            i += 1
        }
        return out
    }

    /// Text read from a part with its `_xHHHH_` escapes turned back into characters.
    static func unescape(_ text: String) -> String {
        guard holdsUnderscoreX(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if looksEscaped(scalars, at: i), let v = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let u = Unicode.Scalar(v) {
                out.append(u)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// True when `_x` is in `text`, found on its bytes: nearly every cell has none, and looking for
    /// it as characters cost a fifth of reading a sheet of inline strings.
    static func holdsUnderscoreX(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { holdsUnderscoreX($0) }
    }

    /// True when `_x` is in `bytes`, each `_` found by `memchr`.
    static func holdsUnderscoreX(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var at = 0
        while at + 1 < bytes.count, let hit = memchr(base + at, Int32(UInt8(ascii: "_")), bytes.count - at - 1) {
            at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            if base[at] == UInt8(ascii: "x") { return true }
        }
        return false
    }

    /// True when `_xHHHH_` starts at `i`.
    private static func looksEscaped(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i] == "_", s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
