#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation
import ZIPFoundation

/// Reads the sheets of an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML) natively.
///
/// Strings (shared and inline), numbers, booleans, dates (numbers with a date style, in the 1900
/// or 1904 system), percentages (numbers with a percent style), formula cells by their cached value (none cached reads as empty), error
/// values, and merged ranges (filled with their first cell's value). Sizes are bounded, so a
/// compressed "bomb" is refused rather than unpacked.
public enum XLSXReader {
    /// The most uncompressed bytes read from one workbook.
    public static let maxUnpackedBytes = 256 * 1024 * 1024
    /// The most non-empty cells read from one sheet.
    public static let maxCells = 5_000_000

    /// True when the bytes start as a zip archive does.
    public static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5) && (bytes[3] == 4 || bytes[3] == 6)
    }

    /// Every sheet of the workbook, in the order the workbook lists them. `limit` bounds the bytes
    /// unpacked from the whole workbook.
    public static func read(_ bytes: [UInt8], limit: Int = maxUnpackedBytes) throws(SpreadsheetError) -> [SheetTable] {
        try read(bytes, limits: UnpackLimits(totalBytes: limit))
    }

    /// Every sheet of the workbook, in order, each part unpacked within `limits`.
    public static func read(_ bytes: [UInt8], limits: UnpackLimits) throws(SpreadsheetError) -> [SheetTable] {
        // The archive is read from a private temporary file, not from memory: ZIPFoundation's
        // in-memory reader traps on a damaged archive whose offsets point past its end (found by
        // fuzzing), where its file reader reports an error.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saferplan-xlsx-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("workbook.xlsx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try Data(bytes).write(to: file)
        } catch {
            throw SpreadsheetError("could not be set aside to read (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive: Archive
        do { archive = try Archive(url: file, accessMode: .read) } catch {
            throw SpreadsheetError("not a readable zip archive, so not an Excel workbook (\(error))")
        }
        var unpacker = PartUnpacker(archive: archive, limits: limits)
        /// The part at `path`, unpacked and checked as UTF-8 XML.
        func part(_ path: String, required: Bool = true) throws(SpreadsheetError) -> Data? {
            guard let data = try unpacker.unpack(path) else {
                if required { throw SpreadsheetError(part: path, "is missing, so this is not an Excel workbook") }
                return nil
            }
            try XMLPartEncoding.check(data, part: path)
            return data
        }
        /// Reads a part with `XMLParser`, which reads what is unusual and names what is wrong.
        func parse(_ data: Data, _ delegate: XMLParserDelegate, _ path: String, failure: () -> String? = { nil }) throws(SpreadsheetError) {
            let parser = XMLParser(data: data)
            parser.shouldResolveExternalEntities = false
            parser.delegate = delegate
            if !parser.parse(), let reason = failure() {
                throw SpreadsheetError(part: path, reason)
            } else if let error = parser.parserError {
                throw SpreadsheetError(part: path, "is not well-formed XML (line \(parser.lineNumber): \(error.localizedDescription))")
            }
        }
        /// Reads a regular part with the byte scanner: `.done`, or `.stopped` by the handler, or
        /// `.unsupported` when it is to be read again from the start by `XMLParser`.
        func scan<Handler: XMLScanHandler>(_ data: Data, _ handler: inout Handler) -> XMLByteScanner.Outcome {
            data.withUnsafeBytes { raw in XMLByteScanner.scan(raw.bindMemory(to: UInt8.self), &handler) }
        }

        guard let workbookData = try part("xl/workbook.xml") else { return [] }
        let workbook = WorkbookPartParser()
        try parse(workbookData, workbook, "xl/workbook.xml")
        let rels = RelationshipsParser()
        if let data = try part("xl/_rels/workbook.xml.rels", required: false) { try parse(data, rels, "xl/_rels/workbook.xml.rels") }
        var strings = SharedStringsReader()
        if let data = try part("xl/sharedStrings.xml", required: false), scan(data, &strings) != .done {
            let parser = SharedStringsParser()
            try parse(data, parser, "xl/sharedStrings.xml")
            strings = parser.reader
        }
        let styles = StylesParser()
        if let data = try part("xl/styles.xml", required: false) { try parse(data, styles, "xl/styles.xml") }
        let dateStyles = styles.dateStyles
        let percentStyles = styles.percentStyles

        var tables: [SheetTable] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            let target = rels.targets[sheet.relationship] ?? "worksheets/sheet\(index + 1).xml"
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let data = try part(path, required: false) else { continue }
            let fresh = WorksheetReader(shared: strings.strings, dateStyles: dateStyles, percentStyles: percentStyles,
                                        date1904: workbook.date1904, maxCells: maxCells)
            var reader = fresh
            switch scan(data, &reader) {
            case .done:
                tables.append(reader.table(named: sheet.name))
            case .stopped where reader.failure != nil:
                throw SpreadsheetError(part: path, reader.failure ?? "")
            case .stopped, .unsupported:
                let parser = WorksheetParser(fresh)
                try parse(data, parser, path) { parser.failure }
                tables.append(parser.table(named: sheet.name))
            }
        }
        if workbook.sheets.isEmpty { throw SpreadsheetError(part: "xl/workbook.xml", "lists no sheets") }
        return tables
    }
}
