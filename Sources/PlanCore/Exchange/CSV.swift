import Foundation

/// RFC 4180 comma-separated values: writing for spreadsheets, reading what spreadsheets write.
public enum CSV {
    /// A row and the line of the file it starts on.
    public struct Record: Sendable, Equatable {
        /// The line (from 1) the row starts on; a quoted field with line breaks carries the row onto later lines.
        public var line: Int
        /// The row's fields in order, unquoted, with the apostrophe that defused a formula removed.
        public var fields: [String]
    }

    /// A fault in the file's structure.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The line (from 1) of the fault; for a quoted field never closed, the line its row starts on.
        public var line: Int
        /// What is wrong, e.g. "a quoted field is never closed".
        public var message: String
        /// "line N: message", for error reports that prefix the file's name.
        public var description: String { "line \(line): \(message)" }
    }

    /// Characters that make a spreadsheet treat a cell as a formula; such text cells are written
    /// with a leading apostrophe, which `read` removes again.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field, quoted when it needs to be; text that would start a formula is defused.
    public static func field(_ s: String, isText: Bool = true) -> String {
        var v = s
        if isText, let f = v.first, formulaStarts.contains(f) { v = "'" + v }
        let needsQuotes = v.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || v.first == " " || v.last == " "
        return needsQuotes ? "\"" + v.replacingAll("\"", with: "\"\"") + "\"" : v
    }

    /// A whole file: UTF-8 with a byte-order mark (so spreadsheets read accents), CRLF line ends.
    public static func document(header: [String], rows: [[Cell]]) -> String {
        var out = "\u{FEFF}" + header.map { field($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map { field($0.text, isText: $0.isText) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A cell: text, or a number that must not be defused.
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        /// The cell's text as it is to appear in the spreadsheet.
        public var text: String
        /// True for text, which is defused when it starts like a formula; false for a number, written as is
        /// (so "-3" stays a negative number).
        public var isText: Bool
        /// A cell holding `text`; text unless `isText` is false.
        public init(_ text: String, isText: Bool = true) {
            self.text = text
            self.isText = isText
        }
        /// A text cell from a literal, so a row can be written as `["Title", .number("3")]`.
        public init(stringLiteral value: String) { self.init(value) }
        /// A number cell: `s` is written without a defusing apostrophe, so "-1200" stays a number.
        public static func number(_ s: String) -> Cell { Cell(s, isText: false) }
    }

    /// Reads every record. Accepts a byte-order mark, CRLF or LF line ends, quoted fields with
    /// embedded separators, quotes and newlines. Blank lines are skipped.
    public static func read(_ text: String, separator: UInt8 = UInt8(ascii: ",")) throws(SyntaxError) -> [Record] {
        let bytes = Array(text.utf8)
        return try read(bytes: bytes, separator: separator)
    }

    /// Reads every record from UTF-8 bytes, working on the bytes (the separator, quotes and line
    /// ends are all ASCII, so no character is split). An unquoted field becomes a string straight
    /// from the bytes it spans; only a quoted one is copied, to undo its doubled quotes.
    ///
    /// A file of `parallelBytes` or more is read in two halves at once, split at a line end outside
    /// quotes; the records, their lines and any fault are those of reading it in one pass.
    public static func read(bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) throws(SyntaxError) -> [Record] {
        try read(bytes: bytes, separator: separator, inHalves: worthHalves(bytes))
    }

    /// Reads every record, in two halves at once when `inHalves` and the file has a line end past its middle.
    static func read(bytes: [UInt8], separator: UInt8, inHalves: Bool) throws(SyntaxError) -> [Record] {
        try parse(bytes: bytes, separator: separator, inHalves: inHalves, cell: { Parser.text($0) }, row: { Record(line: $0, fields: $1) },
                  relined: { $0.line += $1 }).rows
    }

    /// Reads every row of a large file as a table's rows, in two halves at once: each row numbered
    /// by the line it starts on (for `CSVRowNumbers` to make the row a spreadsheet shows), with the
    /// line breaks inside its cells. The cells are made straight from the bytes, with no record of
    /// strings between.
    static func tableRows(bytes: [UInt8], separator: UInt8) throws(SyntaxError) -> (rows: [TabularRow], breaks: [Int]) {
        try parse(bytes: bytes, separator: separator, inHalves: worthHalves(bytes),
                  cell: { $0.isEmpty ? RawCell.empty : .text(Parser.text($0)) }, row: { TabularRow(number: $0, cells: $1) },
                  relined: { $0.number += $1 })
    }

    /// The rows `row` makes of each record's first line and cells (`cell` makes each cell from its
    /// text's bytes), and the line breaks inside each row's cells; in two halves at once when
    /// `inHalves` and the file has a line end past its middle, `relined` moving a second-half row's
    /// line on by the first half's lines.
    static func parse<Cell, Row: Sendable>(bytes: [UInt8], separator: UInt8, inHalves: Bool,
                                           cell: @Sendable (UnsafeBufferPointer<UInt8>) -> Cell,
                                           row: @Sendable (Int, [Cell]) -> Row,
                                           relined: (inout Row, Int) -> Void) throws(SyntaxError) -> (rows: [Row], breaks: [Int]) {
        guard inHalves, let split = bytes.withUnsafeBufferPointer({ Parser.split($0) }) else {
            let one = try bytes.withUnsafeBufferPointer { Parser(bytes: $0, separator: separator, startsFile: true).rows(cell: cell, row: row) }.get()
            return (one.rows, one.breaks)
        }
        let halves = ParallelResults<Result<(rows: [Row], breaks: [Int], nextLine: Int), SyntaxError>>.inHalves([0, 1], from: 2) { half in
            bytes.withUnsafeBufferPointer { all in
                Parser(bytes: UnsafeBufferPointer(rebasing: half == 0 ? all[..<split] : all[split...]), separator: separator,
                       startsFile: half == 0).rows(cell: cell, row: row)
            }
        }
        // A fault in the first half comes first, as reading in one pass would meet it; the second
        // half's lines are counted on from where the first half ends.
        var head = try halves[0].get()
        let offset = head.nextLine - 1
        switch halves[1] {
        case .failure(let e): throw SyntaxError(line: e.line + offset, message: e.message)
        case .success(var tail):
            for k in tail.rows.indices { relined(&tail.rows[k], offset) }
            head.rows.append(contentsOf: tail.rows)
            head.breaks.append(contentsOf: tail.breaks)
            return (head.rows, head.breaks)
        }
    }

    /// The size from which a file is read in two halves at once (below it, starting a second
    /// thread costs more than it saves).
    static let parallelBytes = 256 * 1024

    /// True when `bytes` are large enough to read in two halves and there are two processors.
    static func worthHalves(_ bytes: [UInt8]) -> Bool {
        bytes.count >= parallelBytes && ProcessInfo.processInfo.activeProcessorCount > 1
    }

    /// One pass over the bytes of a file, or of part of one that starts at a record.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        let separator: UInt8
        /// True when `bytes` start the file, so a byte-order mark may open them.
        let startsFile: Bool
        static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        /// Where the second half of `bytes` starts: just after the first line end outside quotes
        /// from the middle on, quotes counted from the start (a doubled quote counts twice, so
        /// leaves the count as it was). Nil when there is no such line end before the last byte.
        /// A stray quote inside an unquoted field upsets the count, but reading the first half
        /// then fails at that quote, and that fault is the one reported.
        static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            let n = bytes.count, middle = n / 2
            var quotes = 0
            for i in 0..<middle where bytes[i] == quote { quotes += 1 }
            var inQuotes = quotes % 2 == 1
            var i = middle
            while i < n {
                let c = bytes[i]
                if c == quote {
                    inQuotes.toggle()
                } else if !inQuotes && (c == lf || c == cr) {
                    i += c == cr && i + 1 < n && bytes[i + 1] == lf ? 2 : 1
                    return i < n ? i : nil
                }
                i += 1
            }
            return nil
        }

        /// The records as `row` makes them from each record's first line and cells (`cell` makes
        /// each cell from its text's bytes), the line breaks inside each record's cells, and the line
        /// the next record would start on.
        func rows<Cell, Row>(cell: (UnsafeBufferPointer<UInt8>) -> Cell, row: (Int, [Cell]) -> Row)
            -> Result<(rows: [Row], breaks: [Int], nextLine: Int), SyntaxError> {
            let quote = Parser.quote, cr = Parser.cr, lf = Parser.lf
            let n = bytes.count
            var rows: [Row] = []
            var breaks: [Int] = []
            var fields: [Cell] = []
            // True while the record's only field so far is empty: a line with nothing on it.
            var blank = false
            var unquoted: [UInt8] = []
            var line = 1
            var recordLine = 1
            var i = startsFile && n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            func add(_ text: UnsafeBufferPointer<UInt8>) {
                blank = fields.isEmpty && text.isEmpty
                fields.append(cell(text))
            }
            while i < n {
                // At the start of a field.
                if bytes[i] == quote {
                    unquoted.removeAll(keepingCapacity: true)
                    i += 1
                    var closed = false
                    while i < n {
                        let c = bytes[i]
                        if c == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                unquoted.append(quote)
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        if c == cr && i + 1 < n && bytes[i + 1] == lf {
                            line += 1
                            unquoted.append(lf)
                            i += 2
                            continue
                        }
                        if c == lf { line += 1 }
                        unquoted.append(c)
                        i += 1
                    }
                    guard closed else { return .failure(SyntaxError(line: recordLine, message: "a quoted field is never closed")) }
                    if i < n && !(bytes[i] == separator || bytes[i] == lf || bytes[i] == cr) {
                        return .failure(SyntaxError(line: line, message: "unexpected text after a closing quote"))
                    }
                    unquoted.withUnsafeBufferPointer { add($0) }
                } else {
                    let start = i
                    while i < n {
                        let c = bytes[i]
                        if c == separator || c == lf || c == cr { break }
                        if c == quote {
                            return .failure(SyntaxError(line: line, message: "a double quote inside an unquoted field; quote the whole field"))
                        }
                        i += 1
                    }
                    add(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
                // At a separator, a line end or the end of the file.
                guard i < n else { break }
                if bytes[i] == separator {
                    i += 1
                    // A separator that ends the file leaves an empty last field.
                    if i == n { add(UnsafeBufferPointer(start: nil, count: 0)) }
                    continue
                }
                if bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
                i += 1
                // A line with nothing on it is skipped.
                if !(fields.count == 1 && blank) {
                    rows.append(row(recordLine, fields))
                    breaks.append(line - recordLine)
                }
                fields.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            }
            if !fields.isEmpty && !(fields.count == 1 && blank) {
                rows.append(row(recordLine, fields))
                breaks.append(line - recordLine)
            }
            return .success((rows, breaks, line))
        }

        /// A field's text, without the apostrophe that defused a formula.
        static func text(_ field: UnsafeBufferPointer<UInt8>) -> String {
            if field.count > 1 && field[0] == UInt8(ascii: "'") && formulaStartBytes.contains(field[1]) {
                return String(decoding: UnsafeBufferPointer(rebasing: field[1...]), as: UTF8.self)
            }
            return String(decoding: field, as: UTF8.self)
        }
    }

    /// The bytes of `formulaStarts`.
    static let formulaStartBytes: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                                UInt8(ascii: "\t"), UInt8(ascii: "\r")]
}
