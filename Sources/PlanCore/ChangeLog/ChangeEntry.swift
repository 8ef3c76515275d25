/// What happened to a field or a record in one save.
public enum ChangeKind: String, Sendable, CaseIterable {
    /// A field (or a list) of a record was changed.
    case changed
    /// A record, or an entry of a record's list, was added.
    case added
    /// A record, or an entry of a record's list, was removed.
    case removed
}

/// One line of a workspace's change log: one field of one record changed in one save.
public struct ChangeEntry: Sendable, Equatable {
    /// When, as a UTC instant (`2026-12-01T07:31:19Z`).
    public var at: String
    /// The save this change belongs to; every entry of one save shares it.
    public var save: String
    /// Who saved: the login name, or the configured `user`, or `SAFERPLAN_USER`.
    public var who: String
    /// How: `tui`, `import risks.csv`, `merge-file`…
    public var how: String
    /// The file holding the record, e.g. `risks.json`.
    public var file: String
    /// The record: its kind (`risk`, `action`…), id, the reference people say and its title then.
    public var kind: String
    /// The record's id.
    public var recordID: String
    /// The reference people say (`R07`), when it has one.
    public var reference: String?
    /// The record's title at the time.
    public var title: String
    /// The field inside the record (`owner`, `residual.likelihood`, `reviews`); empty for the whole record.
    public var field: String
    /// Added, changed or removed.
    public var change: ChangeKind
    /// The value before; nil when it was added.
    public var before: JSONValue?
    /// The value after; nil when it was removed.
    public var after: JSONValue?

    /// An entry with every part given.
    public init(at: String, save: String, who: String, how: String, file: String, kind: String, recordID: String,
                reference: String?, title: String, field: String, change: ChangeKind, before: JSONValue?, after: JSONValue?) {
        self.at = at
        self.save = save
        self.who = who
        self.how = how
        self.file = file
        self.kind = kind
        self.recordID = recordID
        self.reference = reference
        self.title = title
        self.field = field
        self.change = change
        self.before = before
        self.after = after
    }

    /// The reference people say for the record (`R07`), else its id.
    public var shownReference: String { reference ?? recordID }

    /// Equal when every part is, the values compared as data (member order ignored).
    public static func == (a: ChangeEntry, b: ChangeEntry) -> Bool {
        a.at == b.at && a.save == b.save && a.who == b.who && a.how == b.how && a.file == b.file && a.kind == b.kind
            && a.recordID == b.recordID && a.reference == b.reference && a.title == b.title && a.field == b.field
            && a.change == b.change && (a.before ?? .null).isSame(as: b.before ?? .null)
            && (a.after ?? .null).isSame(as: b.after ?? .null)
    }
}

extension ChangeEntry {
    /// The entry as one line of JSON (no newline).
    public var jsonLine: [UInt8] {
        var m: [JSONMember] = []
        func put(_ key: String, _ v: JSONValue?) { if let v { m.append(JSONMember(key: key, node: JSONNode(v))) } }
        put("at", .string(at))
        put("save", .string(save))
        put("who", .string(who))
        put("how", .string(how))
        put("file", .string(file))
        put("kind", .string(kind))
        put("id", .string(recordID))
        put("ref", reference.map(JSONValue.string))
        put("title", .string(title))
        put("field", .string(field))
        put("change", .string(change.rawValue))
        put("before", before)
        put("after", after)
        return JSONValue.object(m).serialized()
    }

    /// Reads one line; nil when it is not a complete entry (a torn or foreign line).
    public init?(line: [UInt8]) {
        guard let v = try? JSONParser.parse(line).value, case .object = v,
              let at = v.text("at"), let who = v.text("who"), let id = v.text("id"),
              let change = v.text("change").flatMap(ChangeKind.init(rawValue:)) else { return nil }
        self.init(at: at, save: v.text("save") ?? at, who: who, how: v.text("how") ?? "", file: v.text("file") ?? "",
                  kind: v.text("kind") ?? "", recordID: id, reference: v.text("ref"), title: v.text("title") ?? "",
                  field: v.text("field") ?? "", change: change, before: v["before"]?.value, after: v["after"]?.value)
    }
}
