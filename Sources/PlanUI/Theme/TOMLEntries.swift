import TOMLKit

/// Theme and config files read by a full TOML parser (TOMLKit): escapes, literal strings, comments
/// after quotes and duplicate keys as TOML says. Settings come out flat — section, key (dotted
/// within a section: `list.down`), value and kind — each with the line it is on, for messages that
/// name file, line and key.
public enum TOMLEntries {
    /// The kind of a setting's value: a string, a boolean, an integer, or anything else.
    public enum Kind: Sendable, Equatable { case string, bool, integer, other }

    /// One setting, flattened.
    public struct Entry: Sendable, Equatable {
        /// The top-level table it is in; empty for the top level.
        public var section: String
        /// Its key, dotted for nested tables within the section (`list.down`).
        public var key: String
        /// Its value as text: the string itself, `true`/`false`, or the number.
        public var value: String
        /// The kind of value.
        public var kind: Kind
        /// The line its key is on, counted from 1.
        public var line: Int
    }

    /// The settings in `text` in line order; a TOML error is thrown naming `file` and the line.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> [Entry] {
        let table: TOMLTable
        do { table = try TOMLDocument.table(text) } catch {
            throw ConfigError(file: file, line: error.line, message: error.message)
        }
        let lines = KeyLines(text)
        var entries: [Entry] = []
        func walk(_ t: TOMLTable, section: String, prefix: String) {
            for (key, value) in t {
                if let sub = value.table {
                    if section.isEmpty && prefix.isEmpty { walk(sub, section: key, prefix: "") } else { walk(sub, section: section, prefix: prefix + key + ".") }
                    continue
                }
                let (text, kind): (String, Kind)
                if let s = value.string { (text, kind) = (s, .string) }
                else if let b = value.bool { (text, kind) = (b ? "true" : "false", .bool) }
                else if let n = value.int { (text, kind) = (String(n), .integer) }
                else { (text, kind) = (value.debugDescription, .other) }
                let full = prefix + key
                entries.append(Entry(section: section, key: full, value: text, kind: kind, line: lines.line(of: full, in: section)))
            }
        }
        walk(table, section: "", prefix: "")
        return entries.sorted { $0.line < $1.line }
    }
}

/// Where each `key =` line is, by section, so a setting's problem can name its line.
struct KeyLines {
    private var found: [String: Int] = [:]
    private var headers: [String: Int] = [:]

    init(_ text: String) {
        var section = ""
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: " \t\r")
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                section = KeyLines.bare(String(line.dropFirst().prefix { $0 != "]" }))
                headers[section] = headers[section] ?? n + 1
                continue
            }
            guard !line.hasPrefix("#"), let eq = line.firstIndex(of: "=") else { continue }
            let key = section + "\u{0}" + KeyLines.bare(String(line[..<eq]))
            if found[key] == nil { found[key] = n + 1 }
        }
    }

    /// A key as written, without spaces or quotes: `"list" . down` → `list.down`.
    static func bare(_ text: String) -> String { String(text.filter { $0 != " " && $0 != "\t" && $0 != "\"" && $0 != "'" }) }

    /// The line of `key` in `section`, else the section's header line, else 1.
    func line(of key: String, in section: String) -> Int { found[section + "\u{0}" + key] ?? headers[section] ?? 1 }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
