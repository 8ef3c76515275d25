/// RFC 4180 comma-separated values: writing for spreadsheets, reading what spreadsheets write.
public enum CSV {
    /// A row and the line of the file it starts on.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// A fault in the file's structure.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
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
        public var text: String
        public var isText: Bool
        public init(_ text: String, isText: Bool = true) {
            self.text = text
            self.isText = isText
        }
        public init(stringLiteral value: String) { self.init(value) }
        public static func number(_ s: String) -> Cell { Cell(s, isText: false) }
    }

    /// Reads every record. Accepts a byte-order mark, CRLF or LF line ends, quoted fields with
    /// embedded separators, quotes and newlines. Blank lines are skipped.
    public static func read(_ text: String, separator: UInt8 = UInt8(ascii: ",")) throws(SyntaxError) -> [Record] {
        let bytes = Array(text.utf8)
        return try read(bytes: bytes, separator: separator)
    }

    /// Reads every record from UTF-8 bytes, working on the bytes (the separator, quotes and line
    /// ends are all ASCII, so no character is split).
    public static func read(bytes: [UInt8], separator: UInt8 = UInt8(ascii: ",")) throws(SyntaxError) -> [Record] {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var atFieldStart = true
        let n = bytes.count
        var i = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        func endField() {
            if field.first == UInt8(ascii: "'"), field.count > 1, formulaStartBytes.contains(field[1]) {
                field.removeFirst()
            }
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            atFieldStart = true
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while i < n {
            let c = bytes[i]
            if inQuotes {
                if c == quote {
                    if i + 1 < n && bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                        continue
                    }
                    inQuotes = false
                    i += 1
                    if i < n && !(bytes[i] == separator || bytes[i] == lf || bytes[i] == cr) {
                        throw SyntaxError(line: line, message: "unexpected text after a closing quote")
                    }
                    continue
                }
                if c == cr && i + 1 < n && bytes[i + 1] == lf {
                    line += 1
                    field.append(lf)
                    i += 2
                    continue
                }
                if c == lf { line += 1 }
                field.append(c)
                i += 1
                continue
            }
            switch c {
            case quote:
                guard atFieldStart else {
                    throw SyntaxError(line: line, message: "a double quote inside an unquoted field; quote the whole field")
                }
                inQuotes = true
                atFieldStart = false
            case separator:
                endField()
            case cr:
                if i + 1 < n && bytes[i + 1] == lf { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case lf:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes { throw SyntaxError(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// The bytes of `formulaStarts`.
    static let formulaStartBytes: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                                UInt8(ascii: "\t"), UInt8(ascii: "\r")]
}
