/// Text from the workspace made safe for a paper: control characters (escape sequences
/// included) are dropped, except line breaks and tabs.
public enum PaperText {
    /// `s` with its control characters dropped, line breaks and tabs kept.
    public static func clean(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A: out.append(u)
            case 0x09: out.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: continue
            default: out.append(u)
            }
        }
        return String(out)
    }
}
