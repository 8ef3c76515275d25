#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// A worksheet read by Foundation's `XMLParser` (a part the byte scanner leaves to it): its events
/// passed to the same steps, a `WorksheetReader`.
final class WorksheetParser: NSObject, XMLParserDelegate {
    /// The sheet as read so far.
    private(set) var reader: WorksheetReader

    init(_ reader: WorksheetReader) {
        self.reader = reader
    }

    convenience init(shared: [String], dateStyles: [Bool], percentStyles: [Bool] = [], date1904: Bool, maxCells: Int) {
        self.init(WorksheetReader(shared: shared, dateStyles: dateStyles, percentStyles: percentStyles, date1904: date1904, maxCells: maxCells))
    }

    /// Why the sheet was refused, nil while it is not.
    var failure: String? { reader.failure }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let keepGoing: Bool
        switch local(name) {
        case "row": keepGoing = reader.startRow(attributes["r"])
        case "c": keepGoing = reader.startCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"])
        case "v": keepGoing = reader.startValue()
        case "t": keepGoing = reader.startText()
        case "rPh": keepGoing = reader.startPhonetic()
        case "mergeCell": keepGoing = reader.mergeCell(attributes["ref"])
        default: keepGoing = true
        }
        if !keepGoing { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch local(name) {
        case "v", "t": reader.endText()
        case "c": if !reader.endCell() { parser.abortParsing() }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { reader.characters(string) }

    /// The rows in order, merged ranges filled, blank rows left out.
    func table(named name: String) -> SheetTable { reader.table(named: name) }
}
