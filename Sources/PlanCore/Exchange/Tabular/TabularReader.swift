import Foundation
import Spreadsheet

/// Why a file could not be read as a table at all.
public struct TabularReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the fault is: the file as named on the command line, with the sheet and row or line when
    /// one is to blame ("register.xlsx, sheet \"Risks\", row 3").
    public var file: String
    /// What is wrong and, where there is one, what to do about it.
    public var message: String

    /// An error at `file` explained by `message`.
    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }

    /// The place and the message: "risks.csv: line 4: …".
    public var description: String { "\(file): \(message)" }
}

/// Reads a spreadsheet file into a table: an Excel workbook (by its zip signature) or delimited text
/// (comma, semicolon or tab, sniffed; UTF-8 with or without a byte-order mark, or Windows-1252 as
/// Excel's plain "CSV" saves it; CRLF; quoted newlines).
public enum TabularReader {
    /// The largest file read, in bytes.
    public static let maxBytes = 64 * 1024 * 1024

    /// Reads `bytes`: a CSV file's one table, or the sheets of a workbook, in order (only `sheet`,
    /// matched in any case, when it is given).
    public static func read(_ bytes: [UInt8], file: String, sheet: String? = nil) throws(TabularReadError) -> [TabularInput] {
        if bytes.count > maxBytes {
            throw TabularReadError(file: file, "is \(bytes.count / 1_048_576) MB; the most SaferPlan imports is \(maxBytes / 1_048_576) MB")
        }
        if XLSXReader.looksLikeZip(bytes) { return try workbook(bytes, file: file, sheet: sheet) }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw TabularReadError(file: file, "is an old-style Excel .xls workbook; save it as .xlsx or CSV and import that")
        }
        if let s = sheet { throw TabularReadError(file: file, "is not a workbook, so it has no sheet \"\(s)\"") }
        if let problem = NotAWorkbook.problem(bytes, file: file) { throw TabularReadError(file: file, problem) }
        return [try delimited(bytes, file: file)]
    }

    static func workbook(_ bytes: [UInt8], file: String, sheet: String?) throws(TabularReadError) -> [TabularInput] {
        let sheets: [SheetTable]
        do { sheets = try XLSXReader.read(bytes) } catch {
            throw TabularReadError(file: file, error.description)
        }
        var chosen = sheets.filter { !$0.isEmpty }
        if let name = sheet {
            guard let s = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw TabularReadError(file: file, "has no sheet \"\(name)\"; its sheets are " + sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))
            }
            chosen = [s]
        }
        guard !chosen.isEmpty else { throw TabularReadError(file: file, "has no sheet with data") }
        return chosen.map { s in
            TabularInput(file: file, sheet: s.name, rows: s.rows.map { r in TabularRow(number: r.number, cells: r.cells.map(raw)) }, isWorkbook: true)
        }
    }

    static func raw(_ cell: SheetCell) -> RawCell {
        switch cell {
        case .empty: return .empty
        case .text(let s): return .text(s)
        case .number(let n): return .number(n)
        case .bool(let b): return .bool(b)
        case .date(let serial): return .date(Day(excelSerial: serial))
        // As the sheet shows it, "17%": read as 17 wherever a number is, as the text "17%" is.
        case .percent: return .text(cell.text)
        case .error(let e): return .text(e)
        }
    }

    static func delimited(_ bytes: [UInt8], file: String) throws(TabularReadError) -> TabularInput {
        // The bytes are checked where they lie: a large file is not copied to drop its byte-order
        // mark, nor made into a string to check it is UTF-8 (the CSV reader passes over the mark).
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let after = bytes[start...]
        if after.starts(with: [0xFF, 0xFE]) || after.starts(with: [0xFE, 0xFF]) {
            throw TabularReadError(file: file, "is UTF-16 text; save it as \"CSV UTF-8\" and import that")
        }
        let (hasZero, isUTF8) = bytes.withUnsafeBufferPointer { all in
            let rest = UnsafeBufferPointer(rebasing: all[start...])
            let zero = rest.baseAddress.map { memchr($0, 0, rest.count) != nil } ?? false
            return (zero, zero || UTF8Check.isValid(rest))
        }
        if hasZero { throw TabularReadError(file: file, "is neither a CSV file nor an Excel workbook (it holds binary data)") }
        let body = isUTF8 ? bytes : Windows1252.utf8(Array(after))
        let separator = sniffSeparator(body)
        var read: (rows: [TabularRow], breaks: [Int])
        do { read = try CSV.tableRows(bytes: body, separator: separator) } catch {
            throw TabularReadError(file: file, "line \(error.line): \(error.message)")
        }
        let lines = CSVRowNumbers.number(&read.rows, breaks: read.breaks)
        return TabularInput(file: file, rows: read.rows, lines: lines)
    }

    /// The separator of the first line: whichever of comma, semicolon and tab it has most of outside quotes.
    static func sniffSeparator(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var inQuotes = false
        for b in bytes.prefix(64 * 1024) {
            if b == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if !inQuotes && (b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")) { break }
            if !inQuotes, counts[b] != nil { counts[b, default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }
        return best.map { $0.value > 0 ? $0.key : UInt8(ascii: ",") } ?? UInt8(ascii: ",")
    }
}
