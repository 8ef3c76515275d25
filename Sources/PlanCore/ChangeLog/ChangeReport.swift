/// The change log written out for people: text, Markdown, CSV or JSON.
public enum ChangeReport {
    /// The formats `saferplan log` writes.
    public enum Format: String, Sendable, CaseIterable {
        case text, md, csv, json
    }

    /// `entries` in `format`. Text and Markdown group entries by save and give times in local time.
    public static func render(_ entries: [ChangeEntry], format: Format) -> String {
        switch format {
        case .text: return text(entries)
        case .md: return markdown(entries)
        case .csv: return csv(entries)
        case .json: return json(entries)
        }
    }

    /// "risk R03 “Night-time economy” · residual.likelihood: 3 → 1".
    public static func line(_ e: ChangeEntry) -> String {
        var s = "\(e.kind) \(e.shownReference)"
        if !e.title.isEmpty { s += " “\(e.title)”" }
        switch e.change {
        case .added: s += e.field.isEmpty ? " added" : " · \(e.field): added \(value(e.after))"
        case .removed: s += e.field.isEmpty ? " removed" : " · \(e.field): removed \(value(e.before))"
        case .changed: s += " · \(e.field): \(value(e.before)) → \(value(e.after))"
        }
        return plain(s)
    }

    /// A short single-line rendering of a value for people; "—" for none.
    public static func value(_ v: JSONValue?) -> String {
        guard let v else { return "—" }
        switch v {
        case .null: return "—"
        case .string(let s): return "“" + (s.count > 60 ? String(s.prefix(59)) + "…" : s) + "”"
        case .object:
            if let t = v.text("title") ?? v.text("name") ?? v.text("description") ?? v.text("note") ?? v.text("date") {
                return "“" + (t.count > 60 ? String(t.prefix(59)) + "…" : t) + "”"
            }
            fallthrough
        default:
            let s = String(decoding: v.serialized(), as: UTF8.self)
            return s.count > 60 ? String(s.prefix(59)) + "…" : s
        }
    }

    /// Text safe to print on a terminal: control characters become spaces or U+FFFD.
    public static func plain(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { u in
            if u == "\n" || u == "\r" || u == "\t" { return " " }
            if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) { return "\u{FFFD}" }
            return u
        }))
    }

    private static func groups(_ entries: [ChangeEntry]) -> [[ChangeEntry]] {
        var out: [[ChangeEntry]] = []
        for e in entries {
            if let last = out.last?.last, last.save == e.save { out[out.count - 1].append(e) } else { out.append([e]) }
        }
        return out
    }

    private static func text(_ entries: [ChangeEntry]) -> String {
        var out = ""
        for g in groups(entries) {
            guard let first = g.first else { continue }
            out += plain("\(Instant.local(first.at))  \(first.who)  (\(first.how))") + "\n"
            for e in g { out += "  " + line(e) + "\n" }
        }
        return out
    }

    private static func markdown(_ entries: [ChangeEntry]) -> String {
        func cell(_ s: String) -> String { plain(s).replacingAll("|", with: "\\|") }
        var out = "| when | who | how | record | field | before | after |\n|---|---|---|---|---|---|---|\n"
        for e in entries {
            let record = "\(e.kind) \(e.shownReference)" + (e.title.isEmpty ? "" : " “\(e.title)”")
            let field = e.field.isEmpty ? "(\(e.change.rawValue))" : e.field + (e.change == .changed ? "" : " (\(e.change.rawValue))")
            out += "| " + [Instant.local(e.at), e.who, e.how, record, field, value(e.before), value(e.after)].map(cell)
                .joined(separator: " | ") + " |\n"
        }
        return out
    }

    private static func csv(_ entries: [ChangeEntry]) -> String {
        func raw(_ v: JSONValue?) -> String {
            guard let v else { return "" }
            if case .string(let s) = v { return s }
            if case .null = v { return "" }
            return String(decoding: v.serialized(), as: UTF8.self)
        }
        let header = ["when (local)", "at (UTC)", "who", "how", "file", "kind", "id", "ref", "title", "field", "change", "before", "after"]
        let rows: [[CSV.Cell]] = entries.map { e in
            [CSV.Cell(Instant.local(e.at)), CSV.Cell(e.at), CSV.Cell(e.who), CSV.Cell(e.how), CSV.Cell(e.file), CSV.Cell(e.kind),
             CSV.Cell(e.recordID), CSV.Cell(e.shownReference), CSV.Cell(e.title), CSV.Cell(e.field), CSV.Cell(e.change.rawValue),
             CSV.Cell(raw(e.before)), CSV.Cell(raw(e.after))]
        }
        return CSV.document(header: header, rows: rows)
    }

    private static func json(_ entries: [ChangeEntry]) -> String {
        let list = JSONValue.array(entries.compactMap { e in (try? JSONParser.parse(e.jsonLine)).map { JSONNode($0.value) } })
        return String(decoding: list.prettyPrinted(), as: UTF8.self)
    }
}
