import PlanUI

/// Text from files made safe for a terminal, as the TUI draws it.
enum TerminalText {
    /// Keeps line breaks (LF and CRLF) and tabs; every other C0 control becomes `^X`, DEL `^?`,
    /// C1 controls and bidirectional overrides `?`, so an escape sequence in a file is shown,
    /// never obeyed.
    static func neutralise(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsWork) else { return s }
        var out = ""
        var line = Substring.UnicodeScalarView()
        func flush() {
            out += String(line).split(separator: "\t", omittingEmptySubsequences: false)
                .map { Sanitize.forDisplay(String($0)) }.joined(separator: "\t")
            line = Substring.UnicodeScalarView()
        }
        var scalars = s.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let u = pending {
            pending = scalars.next()
            if u == "\n" {
                flush()
                out += "\n"
            } else if u == "\r" && pending == "\n" {
                flush()
                out += "\r\n"
                pending = scalars.next()
            } else {
                line.append(u)
            }
        }
        flush()
        return out
    }

    private static func needsWork(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v == 0x0A || v == 0x09 || v == 0x0D { return v == 0x0D }
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
    }
}
