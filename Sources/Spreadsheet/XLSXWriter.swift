import Foundation
import ZIPFoundation

/// Writes sheets as an Excel workbook that Excel, LibreOffice Calc and this reader open: a bold,
/// frozen header row, numbers as numbers, pounds and dates in their formats, statuses filled in
/// colour and worded, column widths fitted to their values, and pages set up to print.
public enum XLSXWriter {
    /// The workbook's bytes.
    public static func write(_ sheets: [SheetOutput]) throws(SpreadsheetError) -> [UInt8] {
        let archive: Archive
        do { archive = try Archive(data: Data(), accessMode: .create) } catch {
            throw SpreadsheetError("could not start a workbook: \(error)")
        }
        var names: [String] = []
        for sheet in sheets { names.append(uniqueName(sheet.name, taken: names)) }
        var strings = SharedStrings()
        let sheetParts = sheets.map { worksheet($0, strings: &strings) }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(count: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(count: sheets.count)),
            ("xl/styles.xml", XLSXStyles.xml),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        for (i, part) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", part)) }
        let stamp = Date(timeIntervalSince1970: 1_577_836_800)
        for (path, text) in parts {
            let data = Data(text.utf8)
            do {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                     compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            } catch {
                throw SpreadsheetError(part: path, "could not be written: \(error)")
            }
        }
        guard let data = archive.data else { throw SpreadsheetError("the workbook has no bytes") }
        return [UInt8](data)
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
    static func uniqueName(_ raw: String, taken: [String]) -> String {
        let banned: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var base = String(raw.filter { !banned.contains($0) }.prefix(31))
        if base.isEmpty { base = "Sheet" }
        var name = base
        var n = 2
        while taken.contains(where: { $0.lowercased() == name.lowercased() }) {
            let suffix = " (\(n))"
            name = String(base.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        return name
    }

    /// The worksheet part of `sheet`, its texts added to `strings`.
    static func worksheet(_ sheet: SheetOutput, strings: inout SharedStrings) -> String {
        let widths = ColumnWidths.fitted(sheet)
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        out += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        out += PageSetup.sheetProperties
        out += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        out += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        out += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columns.isEmpty {
            out += "<cols>"
            for i in sheet.columns.indices {
                out += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(widths[i])" customWidth="1"/>"#
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        let headerLines = sheet.columns.indices.map { i in
            wrappedLines(sheet.columns[i].title, width: widths[i] / ColumnWidths.boldFactor)
        }.max() ?? 1
        out += headerLines > 1 ? #"<row r="1" ht="\#(min(409, 15 * headerLines))" customHeight="1">"# : #"<row r="1">"#
        for (i, c) in sheet.columns.enumerated() {
            out += cell(OutputCell(.text(c.title)), ref: columnLetters(i) + "1", style: XLSXStyles.header, strings: &strings)
        }
        out += "</row>"
        for (r, row) in sheet.rows.enumerated() {
            let number = r + 2
            let lines = lineCount(row, columns: sheet.columns, widths: widths)
            // Wrapped text needs a taller row: neither Excel nor LibreOffice fits the height on opening.
            out += lines > 1 ? #"<row r="\#(number)" ht="\#(min(409, 15 * lines))" customHeight="1">"# : #"<row r="\#(number)">"#
            for (i, c) in row.enumerated() where c.value != .empty {
                let format = i < sheet.columns.count ? sheet.columns[i].format : .text
                out += cell(c, ref: columnLetters(i) + String(number), style: XLSXStyles.style(for: c, format: format), strings: &strings)
            }
            out += "</row>"
        }
        out += "</sheetData>"
        out += PageSetup.pageElements
        out += "</worksheet>"
        return out
    }

    /// The most lines any text cell of `row` wraps to in its column's width (`widths`).
    static func lineCount(_ row: [OutputCell], columns: [SheetColumn], widths: [Double]) -> Int {
        var most = 1
        for (i, c) in row.enumerated() where i < columns.count && columns[i].format == .text {
            guard case .text(let t) = c.value else { continue }
            most = max(most, wrappedLines(t, width: widths[i]))
        }
        return most
    }

    /// The lines `text` takes in a column `width` characters wide.
    static func wrappedLines(_ text: String, width: Double) -> Int {
        let chars = max(1, Int(width) - 1)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + chars - 1) / chars) }
    }

    /// One cell's element; text goes to the shared strings, the cell holding its index.
    static func cell(_ c: OutputCell, ref: String, style: Int, strings: inout SharedStrings) -> String {
        let s = style == 0 ? "" : #" s="\#(style)""#
        switch c.value {
        case .empty: return ""
        case .text(let t):
            return #"<c r="\#(ref)"\#(s) t="s"><v>\#(strings.index(of: t))</v></c>"#
        case .number(let n):
            return n.isFinite ? #"<c r="\#(ref)"\#(s)><v>\#(SheetCell.format(n))</v></c>"#
                : #"<c r="\#(ref)"\#(s) t="e"><v>#NUM!</v></c>"#
        case .date(let serial): return #"<c r="\#(ref)"\#(s)><v>\#(SheetCell.format(serial))</v></c>"#
        case .percent(let fraction):
            return fraction.isFinite ? #"<c r="\#(ref)"\#(s)><v>\#(SheetCell.format(fraction))</v></c>"#
                : #"<c r="\#(ref)"\#(s) t="e"><v>#NUM!</v></c>"#
        case .bool(let b): return #"<c r="\#(ref)"\#(s) t="b"><v>\#(b ? 1 : 0)</v></c>"#
        case .error(let e): return #"<c r="\#(ref)"\#(s) t="e"><v>\#(XMLText.escape(e))</v></c>"#
        }
    }

    static func contentTypes(count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        out += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        out += #"<Default Extension="xml" ContentType="application/xml"/>"#
        out += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        out += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        out += #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        for i in 1...max(count, 1) where i <= count {
            out += #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return out + "</Types>"
    }

    static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(_ names: [String]) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        out += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (i, name) in names.enumerated() {
            out += #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return out + "</sheets>" + PageSetup.printTitles(names) + "</workbook>"
    }

    static func workbookRelationships(count: Int) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<count {
            out += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        out += #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        out += #"<Relationship Id="rId\#(count + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        return out + "</Relationships>"
    }
}
