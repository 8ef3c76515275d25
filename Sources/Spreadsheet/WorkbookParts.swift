#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// The sheets a workbook lists, in order, with the part each lives in.
final class WorkbookPartParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relationship: String)] = []
    var date1904 = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "sheet":
            let rel = attributes.first { local($0.key) == "id" }?.value ?? ""
            sheets.append((attributes["name"] ?? "Sheet\(sheets.count + 1)", rel))
        case "workbookPr":
            let v = attributes["date1904"] ?? ""
            date1904 = v == "1" || v == "true"
        default: break
        }
    }
}

/// Relationship ids and their targets (`xl/_rels/workbook.xml.rels`).
final class RelationshipsParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if local(name) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] {
            targets[id] = target
        }
    }
}

/// The shared strings table read by Foundation's `XMLParser` (a part the byte scanner leaves to
/// it): its events passed to the same steps, a `SharedStringsReader`.
final class SharedStringsParser: NSObject, XMLParserDelegate {
    /// The strings as read so far.
    private(set) var reader = SharedStringsReader()

    /// Each `si`, in order.
    var strings: [String] { reader.strings }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "si": reader.startItem()
        case "t": reader.startText()
        case "rPh": reader.startPhonetic()
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "si": reader.endItem()
        case "t": reader.endText()
        case "rPh": reader.endPhonetic()
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { reader.characters(string) }
}

/// The cell formats (`cellXfs`) and which of them show dates.
final class StylesParser: NSObject, XMLParserDelegate {
    private var customFormats: [Int: String] = [:]
    private var inCellFormats = false
    private var formatIds: [Int] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formatIds.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if local(name) == "cellXfs" { inCellFormats = false }
    }

    /// For each cell format index, whether it shows a date.
    var dateStyles: [Bool] {
        formatIds.map { id in
            if let code = customFormats[id] { return DateFormats.isDate(code: code) }
            return DateFormats.builtIn.contains(id)
        }
    }

    /// For each cell format index, whether it shows a percentage (and not a date).
    var percentStyles: [Bool] {
        formatIds.map { id in
            if let code = customFormats[id] { return !DateFormats.isDate(code: code) && PercentFormats.isPercent(code: code) }
            return PercentFormats.builtIn.contains(id)
        }
    }
}

/// An element name without its namespace prefix.
func local(_ name: String) -> Substring {
    guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
    return name[name.index(after: colon)...]
}
