/// One field two clones changed in two different ways, kept in its file until someone picks a side.
///
/// The file stays valid JSON: the field holds "ours" (the clone that merged) meanwhile, and the
/// conflict is listed under the file's top-level `"conflicts"`.
public struct MergeConflict: Sendable, Equatable {
    /// The file holding it, e.g. `risks.json` (set when a workspace is loaded).
    public var file: String
    /// Where the field is in the file.
    public var path: JSONPath
    /// The kind of record (`risk`, `action`…), its id, the reference people say and its title.
    public var kind: String?
    /// The record's id.
    public var recordID: String?
    /// The reference people say (`R07`), when it has one.
    public var reference: String?
    /// The record's title.
    public var title: String?
    /// The field inside the record, e.g. `owner` or `residual.likelihood`.
    public var field: String
    /// The common ancestor's value (nil when the field was new on both sides).
    public var base: JSONValue?
    /// The value of the clone that merged (kept in the field meanwhile), and the other clone's.
    public var ours: JSONValue
    /// The other clone's value.
    public var theirs: JSONValue
    /// Who made each change, where known.
    public var oursBy: String?
    /// Who made the other clone's change, where known.
    public var theirsBy: String?
    /// When the merge found it, as a UTC instant (`2026-12-01T07:45:00Z`).
    public var when: String

    /// A conflict at `path`; the record's kind, id, reference and title are taken from `record`.
    public init(file: String = "", path: JSONPath, record: JSONValue?, base: JSONValue?, ours: JSONValue,
                theirs: JSONValue, oursBy: String?, theirsBy: String?, when: String) {
        self.file = file
        self.path = path
        self.kind = path.recordKind
        self.recordID = record?.recordID
        self.reference = record?.text("ref") ?? record?.recordID
        self.title = record.flatMap { $0.text("title") ?? $0.text("name") ?? $0.text("term") }
        self.field = path.fieldName
        self.base = base
        self.ours = ours
        self.theirs = theirs
        self.oursBy = oursBy
        self.theirsBy = theirsBy
        self.when = when
    }

    /// "risks.json: risk R01 “Delays to sign-off” · owner".
    public var place: String {
        var s = file.isEmpty ? "" : file + ": "
        if let kind { s += kind + " " }
        if let reference { s += reference }
        if let title, !title.isEmpty { s += " “\(title)”" }
        if recordID == nil { s += path.description } else if !field.isEmpty { s += " · " + field }
        return s
    }

    /// One line: where, and both values with who chose them.
    public var summary: String {
        "\(place): ours \(MergeConflict.show(ours))\(oursBy.map { " (\($0))" } ?? ""), "
            + "theirs \(MergeConflict.show(theirs))\(theirsBy.map { " (\($0))" } ?? "")"
    }

    /// A short, single-line rendering of a value.
    public static func show(_ v: JSONValue) -> String {
        let text: String
        if case .string(let s) = v { text = "“" + s + "”" } else { text = String(decoding: v.serialized(), as: UTF8.self) }
        let flat = text.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : String(flat)
    }

    /// Equal when file, place, time, both values (compared as data) and both authors are.
    public static func == (a: MergeConflict, b: MergeConflict) -> Bool {
        a.file == b.file && a.path == b.path && a.when == b.when && a.ours.isSame(as: b.ours)
            && a.theirs.isSame(as: b.theirs) && a.oursBy == b.oursBy && a.theirsBy == b.theirsBy
            && (a.base ?? .null).isSame(as: b.base ?? .null)
    }
}

extension MergeConflict {
    /// The conflict as it is written in its file.
    public var json: JSONValue {
        var m: [JSONMember] = []
        func put(_ key: String, _ v: JSONValue?) { if let v { m.append(JSONMember(key: key, node: JSONNode(v))) } }
        put("path", .array(path.steps.map { JSONNode($0.json) }))
        put("kind", kind.map(JSONValue.string))
        put("id", recordID.map(JSONValue.string))
        put("ref", reference.map(JSONValue.string))
        put("title", title.map(JSONValue.string))
        put("field", .string(field))
        put("base", base ?? .null)
        put("ours", ours)
        put("theirs", theirs)
        put("oursBy", oursBy.map(JSONValue.string))
        put("theirsBy", theirsBy.map(JSONValue.string))
        put("when", .string(when))
        return .object(m)
    }

    /// Reads a conflict entry; nil with a reason when it is not one.
    public static func from(json: JSONValue, file: String) -> Result<MergeConflict, MergeConflictFormatError> {
        guard case .object = json else { return .failure(.init(reason: "expected an object, found \(json.kindDescription)")) }
        guard case .array(let steps)? = json["path"]?.value else { return .failure(.init(reason: "\"path\" must be a list")) }
        var path = JSONPath()
        for s in steps {
            guard let step = JSONPathStep(json: s.value) else {
                return .failure(.init(reason: "\"path\" entries must be names or {\"id\": …}"))
            }
            path.steps.append(step)
        }
        guard let ours = json["ours"]?.value, let theirs = json["theirs"]?.value else {
            return .failure(.init(reason: "\"ours\" and \"theirs\" are required"))
        }
        var c = MergeConflict(file: file, path: path, record: nil, base: json["base"]?.value, ours: ours, theirs: theirs,
                              oursBy: json.text("oursBy"), theirsBy: json.text("theirsBy"), when: json.text("when") ?? "")
        if case .null? = c.base { c.base = nil }
        c.kind = json.text("kind") ?? c.kind
        c.recordID = json.text("id")
        c.reference = json.text("ref") ?? c.recordID
        c.title = json.text("title")
        c.field = json.text("field") ?? c.field
        return .success(c)
    }
}

/// A `"conflicts"` entry that cannot be read.
public struct MergeConflictFormatError: Error, Sendable {
    /// What is wrong with the entry.
    public var reason: String
}
