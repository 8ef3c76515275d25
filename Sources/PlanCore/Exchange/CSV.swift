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
    /// embedded commas, quotes and newlines. Blank lines are skipped.
    public static func read(_ text: String) throws(SyntaxError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var atFieldStart = true
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func endField() {
            if field.hasPrefix("'"), let second = field.dropFirst().first, formulaStarts.contains(second) {
                field.removeFirst()
            }
            fields.append(field)
            field = ""
            atFieldStart = true
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                    i += 1
                    if i < scalars.count && !(scalars[i] == "," || scalars[i] == "\n" || scalars[i] == "\r") {
                        throw SyntaxError(line: line, message: "unexpected text after a closing quote")
                    }
                    continue
                }
                if c == "\n" { line += 1 }
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" {
                    i += 1
                    line += 1
                    field.unicodeScalars.append("\n")
                    i += 1
                    continue
                }
                field.unicodeScalars.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard atFieldStart else {
                    throw SyntaxError(line: line, message: "a double quote inside an unquoted field; quote the whole field")
                }
                inQuotes = true
                atFieldStart = false
            case ",":
                endField()
            case "\r":
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes { throw SyntaxError(line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
