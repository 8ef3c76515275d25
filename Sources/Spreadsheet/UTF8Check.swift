/// Checking that bytes are UTF-8 text without making a string of them (workbook parts, CSV files).
public enum UTF8Check {
    /// True when `bytes` are well-formed UTF-8 (no stray or missing continuation byte, no overlong
    /// form, no surrogate, nothing beyond U+10FFFF), checked without copying them into a string;
    /// runs of ASCII are passed over eight bytes at a time.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        @inline(__always) func continuation(_ at: Int) -> Bool { p[at] & 0xC0 == 0x80 }
        while i < n {
            while i + 8 <= n, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let lead = p[i]
            switch lead {
            case 0x00...0x7F:
                i += 1
            case 0xC2...0xDF:
                guard i + 1 < n, continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard i + 2 < n, continuation(i + 2) else { return false }
                let second = p[i + 1]
                let range: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
                guard range.contains(second) else { return false }
                i += 3
            case 0xF0...0xF4:
                guard i + 3 < n, continuation(i + 2), continuation(i + 3) else { return false }
                let second = p[i + 1]
                let range: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
                guard range.contains(second) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
