import Foundation

/// Workbook parts are read only as UTF-8 XML.
///
/// Excel, LibreOffice and openpyxl write every part in UTF-8. The SAX parser below hands element and
/// attribute names to Foundation, which stops the whole program on a name that is not valid UTF-8
/// (a damaged or hostile file can carry one), so the bytes are checked first and such a part is
/// refused with its name.
enum XMLPartEncoding {
    /// Throws unless `data` is valid UTF-8 whose XML declaration, if any, names UTF-8.
    static func check(_ data: Data, part: String) throws(SpreadsheetError) {
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) {
            throw SpreadsheetError(part: part, "is written in UTF-16; SaferPlan reads workbook parts written in UTF-8, "
                                   + "as Excel, LibreOffice and openpyxl save them")
        }
        guard data.withUnsafeBytes({ isValidUTF8($0.bindMemory(to: UInt8.self)) }) else {
            throw SpreadsheetError(part: part, "is not valid UTF-8 text, so the workbook is damaged")
        }
        if let declared = declaredEncoding(data), !["utf-8", "utf8"].contains(declared.lowercased()) {
            throw SpreadsheetError(part: part, "declares the encoding \"\(declared)\"; SaferPlan reads workbook parts "
                                   + "written in UTF-8, as Excel, LibreOffice and openpyxl save them")
        }
    }

    /// True when `bytes` are well-formed UTF-8 (no stray or missing continuation byte, no overlong
    /// form, no surrogate, nothing beyond U+10FFFF), checked without copying them into a string;
    /// runs of ASCII are passed over eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// The `encoding` named in the XML declaration at the start of `data`, if there is one.
    static func declaredEncoding(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml"),
              let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }
}
