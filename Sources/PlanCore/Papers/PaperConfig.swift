/// The per-workspace papers config, `papers.json` in the workspace folder: the cover fields and
/// implications an author sets once for the papers of a meeting. The TUI's paper dialog writes it;
/// `export` reads it and lays its own options over it.
public enum PaperConfig {
    /// The file's name in the workspace folder.
    public static let fileName = "papers.json"

    /// The fields in `folder`'s config; empty when there is none.
    public static func load(folder: String) throws(ExportError) -> PaperCoverFields {
        let path = FileSystem.join(folder, fileName)
        guard FileSystem.exists(path) else { return PaperCoverFields() }
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch { throw ExportError("\(error)") }
        return try parse(bytes, file: fileName)
    }

    /// Reads the config's text; a message names the file, line, field and what was expected.
    public static func parse(_ bytes: [UInt8], file: String) throws(ExportError) -> PaperCoverFields {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            throw ExportError("\(file): \(TextPosition(offset: error.offset, in: bytes)): \(error.message)")
        }
        func fail(_ node: JSONNode, _ field: String, _ expected: String) -> ExportError {
            ExportError("\(file): \(TextPosition(offset: node.offset, in: bytes)): \(field): expected \(expected), found \(node.value.kindDescription)")
        }
        guard case .object(let members) = root.value else { throw fail(root, "papers", "an object") }
        var f = PaperCoverFields()
        func text(_ node: JSONNode, _ field: String) throws(ExportError) -> String? {
            guard case .string(let s) = node.value else { throw fail(node, field, "text") }
            let t = PaperText.clean(s).trimmingSpaces()
            return t.isEmpty ? nil : t
        }
        for m in members {
            switch m.key {
            case "meeting": f.meeting = try text(m.node, m.key)
            case "author": f.author = try text(m.node, m.key)
            case "role": f.role = try text(m.node, m.key)
            case "wards": f.wards = try text(m.node, m.key)
            case "date":
                guard let s = try text(m.node, m.key) else { continue }
                guard let d = Day(lenient: s) else {
                    throw ExportError("\(file): \(TextPosition(offset: m.node.offset, in: bytes)): date: expected YYYY-MM-DD, found \"\(s)\"")
                }
                f.date = d
            case "status":
                guard let s = try text(m.node, m.key) else { continue }
                guard let st = PaperStatus(rawValue: s) else {
                    throw ExportError("\(file): \(TextPosition(offset: m.node.offset, in: bytes)): status: expected decision or information, found \"\(s)\"")
                }
                f.status = st
            case "implications":
                guard case .object(let kinds) = m.node.value else { throw fail(m.node, m.key, "an object") }
                for k in kinds {
                    guard let kind = ImplicationKind(rawValue: k.key) else {
                        throw ExportError("\(file): \(TextPosition(offset: k.node.offset, in: bytes)): implications.\(k.key): expected one of "
                                          + ImplicationKind.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    f.implications[kind] = try text(k.node, "implications." + k.key)
                }
            default:
                throw ExportError("\(file): \(TextPosition(offset: m.node.offset, in: bytes)): \(m.key): not a papers field; expected "
                                  + "meeting, date, author, role, wards, status or implications")
            }
        }
        return f
    }

    /// The config's text for `fields`: pretty-printed in a stable order, for reading and editing by hand.
    public static func serialize(_ f: PaperCoverFields) -> [UInt8] {
        func quoted(_ s: String) -> String {
            var out: [UInt8] = []
            JSONValue.writeString(s, into: &out)
            return String(decoding: out, as: UTF8.self)
        }
        var lines: [String] = []
        for (key, value) in [("meeting", f.meeting), ("date", f.date?.iso), ("author", f.author), ("role", f.role),
                             ("wards", f.wards), ("status", f.status?.rawValue)] {
            if let value { lines.append("  \(quoted(key)) : \(quoted(value))") }
        }
        let imps = ImplicationKind.allCases.compactMap { k in f.implications[k].map { "    \(quoted(k.rawValue)) : \(quoted($0))" } }
        if !imps.isEmpty { lines.append("  \"implications\" : {\n" + imps.joined(separator: ",\n") + "\n  }") }
        return Array(("{\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "}\n" : "\n}\n")).utf8)
    }

    /// Writes `fields` as `folder`'s config, following the umask.
    public static func save(_ f: PaperCoverFields, folder: String) throws(ExportError) {
        try PaperFile.write(serialize(f), to: FileSystem.join(folder, fileName))
    }
}
