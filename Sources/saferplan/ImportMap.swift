import PlanCore
import PlanUI
import TOMLKit

/// Why an import map could not be used: the file, line and key, and what was expected.
struct ImportMapError: Error, Sendable, Equatable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// `--map FILE`: headers the automatic matching does not know, each mapped to a field, in TOML.
///
/// ```toml
/// # their header = our field
/// "Risk Title" = "title"
/// "RAG (Q2)" = "latest_rag"
/// "Funder" = ""          # or "ignore": the column is left out, listed as ignored
/// ```
/// A file for several kinds may hold a table per kind (`[risks]`, `[actions]`…); then the one for
/// the kind imported is used.
enum ImportMap {
    /// The header → field pairs for `kind`, each field checked against `fields` (by name or label);
    /// a header mapped to "" or "ignore" has an empty field, so its column is ignored.
    static func parse(_ text: String, file: String, kind: String, fields: [FieldDescription]) throws(ImportMapError) -> [String: String] {
        let table: TOMLTable
        do { table = try TOMLDocument.table(text) } catch {
            throw ImportMapError("\(file): line \(error.line), column \(error.column): \(error.message)")
        }
        let section = table[kind]?.table ?? table
        var out: [String: String] = [:]
        for header in section.keys {
            let line = lineNumber(of: header, in: text)
            guard let value = section[header] else { continue }
            if value.table != nil { continue }
            guard let name = value.string else {
                throw ImportMapError("\(file): line \(line): \"\(header)\": expected the name of a field in quotes, e.g. \"title\"")
            }
            let key = FieldDescription.normalise(name)
            if ImportMap.ignoreWords.contains(key) {
                out[header] = ""
                continue
            }
            guard let field = fields.first(where: { FieldDescription.normalise($0.name) == key || FieldDescription.normalise($0.label) == key }) else {
                throw ImportMapError("\(file): line \(line): \"\(header)\" = \"\(name)\": no field of that name for \(kind); expected one of "
                                     + fields.filter { $0.kind != .derived }.map(\.name).joined(separator: ", ")
                                     + ", or \"\" to leave the column out")
            }
            out[header] = field.name
        }
        return out
    }

    /// What a header may be mapped to for its column to be left out: nothing, "ignore" or "skip".
    static let ignoreWords: Set<String> = ["", "ignore", "ignored", "skip", "none"]

    /// The line a key is written on, for messages (1 when it cannot be found).
    static func lineNumber(of key: String, in text: String) -> Int {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = String(line).trimmingSpaces()
            if t.hasPrefix("\"\(key)\"") || t.hasPrefix("'\(key)'") || t.hasPrefix(key + " ") || t.hasPrefix(key + "=") { return i + 1 }
        }
        return 1
    }
}
