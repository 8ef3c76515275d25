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
        guard data.withUnsafeBytes({ UTF8Check.isValid($0.bindMemory(to: UInt8.self)) }) else {
            throw SpreadsheetError(part: part, "is not valid UTF-8 text, so the workbook is damaged")
        }
        if let declared = declaredEncoding(data), !["utf-8", "utf8"].contains(declared.lowercased()) {
            throw SpreadsheetError(part: part, "declares the encoding \"\(declared)\"; SaferPlan reads workbook parts "
                                   + "written in UTF-8, as Excel, LibreOffice and openpyxl save them")
        }
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
