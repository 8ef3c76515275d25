import TOMLKit

/// A TOML text read by toml++ (through TOMLKit), after refusing the two shapes of damage that stop
/// the process instead of giving an error: a table header with no name, and a key holding U+0000.
///
/// toml++'s table-header reader hands the character after `[` (or `[[`, and any spaces) to its key
/// reader, which asserts that it starts a key: a bare-key character or a quote. A header such as
/// `[=`, `[[[`, `[#`, `[,` or a lone `[` at the end of a line trips that assertion, in debug and
/// release builds alike (toml++ fixed it upstream after 3.4; TOMLKit 0.6.0 bundles 3.4). Such a
/// line is found here first and refused with its line and what was expected.
///
/// A line that only looks like one may sit inside a multi-line string or array, where it is
/// valid. Whether toml++ reaches it as a header is settled by toml++ itself: the text before the
/// line parses as a whole document exactly when the line is read at the top level, as a header.
public enum TOMLDocument {
    /// Why a text could not be read: its line and column (from 1) and what was expected.
    public struct Problem: Error, Sendable, Equatable {
        /// The line at fault, counted from 1.
        public var line: Int
        /// The column at fault, counted from 1.
        public var column: Int
        /// What was wrong or expected.
        public var message: String
    }

    /// How many lines that look like a broken table header are checked before the file is
    /// refused as a whole: each check reads the text before the line again.
    static let checkedLines = 64

    /// The table in `text`, or the problem with it: a broken table header, or toml++'s own error.
    public static func table(_ text: String) throws(Problem) -> TOMLTable {
        try checkHeaders(text)
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let e as TOMLParseError {
            throw Problem(line: max(1, e.source.begin.line), column: max(1, e.source.begin.column), message: e.description)
        } catch {
            throw Problem(line: 1, column: 1, message: "not TOML: \(error)")
        }
        try checkKeys(table, text)
        return table
    }

    /// Refuses a key holding the character U+0000 (`"a\u0000b" = 1`): TOMLKit hands keys over as C
    /// strings, so such a key comes back cut short, finds no value, and iterating the table stops
    /// the process on a nil it unwraps. Such a key is found here, without iterating, as one whose
    /// value cannot be looked up.
    static func checkKeys(_ table: TOMLTable, _ text: String) throws(Problem) {
        for key in table.keys {
            guard let value = table[key] else {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let line = (lines.firstIndex { $0.contains("\\u0000") || $0.contains("\\U00000000") } ?? 0) + 1
                throw Problem(line: line, column: 1, message: "a key holds the character U+0000 (\\u0000), which no setting's "
                              + "name can hold; expected the name without it")
            }
            if let sub = value.table { try checkKeys(sub, text) }
            if let array = value.array {
                for index in array.indices { if let sub = array[index].table { try checkKeys(sub, text) } }
            }
        }
    }

    /// Refuses the first line toml++ would read as a table header without a name.
    static func checkHeaders(_ text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        var checked = 0
        for header in unnamedHeaders(bytes) {
            let before = String(decoding: bytes[..<header.lineStart], as: UTF8.self)
            guard checked < checkedLines else {
                throw Problem(line: header.line, column: header.column, message: "more than \(checkedLines) lines start with "
                              + "\"[\" without a table name after it; expected a table name such as [keys], or no \"[\" at the start of a line")
            }
            checked += 1
            // Inside a multi-line string or array the text before does not parse: not a header.
            guard (try? TOMLTable(string: before)) != nil else { continue }
            throw Problem(line: header.line, column: header.column,
                          message: "expected a table name after \"[\" (a bare name such as keys, or a quoted one), saw \(header.saw)")
        }
    }

    /// A line that starts as a table header with no name after `[`: where it is and what follows.
    struct UnnamedHeader: Equatable {
        /// The offset of the line's first byte.
        var lineStart: Int
        /// The line, from 1.
        var line: Int
        /// The column of the character that should start the name, from 1.
        var column: Int
        /// That character, described for a message.
        var saw: String
    }

    /// Lines that, read at the top level, toml++ would take for a header and pass to its key
    /// reader with a character that cannot start a key: as its `parse_table_header` does, spaces
    /// and tabs are skipped after `[`; `[[` is an array-of-tables header; `[ [`, `[]` and `[` at the
    /// end of the text are refused by toml++ itself.
    static func unnamedHeaders(_ b: [UInt8]) -> [UnnamedHeader] {
        var found: [UnnamedHeader] = []
        var line = 1
        var start = 0
        // toml++ skips a byte-order mark at the start of the text.
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start <= b.count {
            var i = start
            func skipBlanks() -> Bool {
                let from = i
                while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
                return i > from
            }
            _ = skipBlanks()
            if i < b.count, b[i] == UInt8(ascii: "[") {
                i += 1
                let blank = skipBlanks()
                if i < b.count, b[i] == UInt8(ascii: "["), !blank {
                    i += 1
                    _ = skipBlanks()
                }
                if i < b.count, !startsKeyOrCloses(b[i]), !(b[i] == UInt8(ascii: "[") && blank) {
                    let lineStart = line == 1 ? 0 : start
                    found.append(UnnamedHeader(lineStart: lineStart, line: line, column: i - start + 1, saw: describe(b, at: i)))
                }
            }
            guard let next = b[i...].firstIndex(of: 0x0A) else { break }
            start = next + 1
            line += 1
        }
        return found
    }

    /// A bare-key character (`A-Z a-z 0-9 _ -`), a quote, or the `]` of an empty header.
    private static func startsKeyOrCloses(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    /// The character at `i` for a message: printable ASCII quoted, anything else by its code.
    private static func describe(_ b: [UInt8], at i: Int) -> String {
        let c = b[i]
        switch c {
        case 0x0A, 0x0D: return "the end of the line"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(c)))'"
        default: return "byte 0x" + (c < 16 ? "0" : "") + String(c, radix: 16, uppercase: true)
        }
    }
}
