/// Partners as a table: one row per organisation.
public struct PartnerSchema: TableSchema {
    /// The partner table's schema; make one for each import, as it keeps that import's new ids and lookups.
    /// A new partner given no id gets a readable one made from its acronym or name.
    public init() {}
    private let readable = ReadableIDs()
    private let lookup = RecordLookup<Partner>(id: { [$0.id] }, title: [\.name, \.acronym])
    /// "partner", as messages name a record.
    public var noun: String { "partner" }

    /// The partner catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { Partner.catalogue.columns() }

    /// Nil when the header has a column for the organisation's name; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["name"] != nil ? nil : "the header has no column for the organisation (\"Organisation\", \"Partner\", \"Name\")"
    }

    /// The partner whose id is `reference`.
    public func find(_ reference: String, in ws: Workspace) -> Partner? { lookup.find(reference, in: ws.partners) }

    /// The partner of the row's name or acronym; else the responsible authority of the row's type
    /// still "to confirm" (as `init` lists them), which the row then confirms.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Partner? {
        if let p = lookup.only(titled: reader.text("name"), in: ws.partners) { return p }
        if let p = lookup.only(titled: reader.text("acronym"), in: ws.partners, by: 1) { return p }
        guard let type = PartnerKindWords.authority(of: reader) else { return nil }
        let waiting = ws.partners.filter { $0.authority == type && $0.name.hasSuffix(NewWorkspace.toConfirm) }
        return waiting.count == 1 ? waiting[0] : nil
    }

    /// A placeholder no other row takes; a new partner's id is made from its acronym or name once the row is read.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { IDs.unique(prefix: "partner-") }
    /// A new partner with only its id: an invited member, not a responsible authority.
    public func blank(id: String, in ws: Workspace) -> Partner { Partner(id: id) }
    /// The partner's id.
    public func id(of record: Partner) -> String { record.id }
    /// The workspace's partners, in the order held.
    public func records(in ws: Workspace) -> [Partner] { ws.partners }

    /// Puts a new partner at the end, or a changed one in place of the one with its id.
    public func store(_ record: consuming Partner, isNew: Bool, in ws: inout Workspace) {
        if isNew { readable.added() }
        lookup.store(record, in: &ws.partners)
    }

    /// The partner's value for `field` as the export writes it: labels for kind and authority,
    /// representatives one per line as "name, title"; empty for a field it has no value for.
    public func value(_ field: String, of p: Partner, in ws: Workspace, today: Day) -> RawCell {
        let text: String
        switch field {
        case "id": text = p.id
        case "name": text = p.name
        case "acronym": text = p.acronym
        case "kind": text = p.kind.label
        case "authority": text = p.authority?.label ?? ""
        case "role": text = p.role
        case "contribution": text = p.contribution
        case "representatives": text = p.representatives.map { [$0.name, $0.title].filter { !$0.isEmpty }.joined(separator: ", ") }.joined(separator: "\n")
        default: text = ""
        }
        return text.isEmpty ? .empty : .text(text)
    }

    /// Applies the row: name, acronym, kind and authority (from either column), role, contribution and
    /// representatives ("name, title" a line). A partner "to confirm" that the row renames loses the
    /// placeholder role unless the row gives one. Refuses a row whose name is empty; a new partner given
    /// no id gets one made from its acronym or name.
    public func apply(_ r: inout RowReader, to p: inout Partner, original: Partner, isNew: Bool, ws: inout Workspace) {
        let confirming = original.name.hasSuffix(NewWorkspace.toConfirm)
        r.setText("name", &p, \.name)
        r.setText("acronym", &p, \.acronym)
        applyKind(&r, &p)
        if confirming && r.text("role")?.isEmpty != false && p.name != original.name { p.role = "" }
        r.setText("role", &p, \.role)
        r.setText("contribution", &p, \.contribution)
        if let reps = r.lines("representatives") {
            p.representatives = reps.map { line in
                let parts = line.split(separator: ",", maxSplits: 1).map { String($0).trimmingSpaces() }
                return Representative(name: parts[0], title: parts.count > 1 ? parts[1] : "")
            }
        }
        if p.name.isEmpty { r.refuse("name", "expected the organisation's name, found nothing") }
        if isNew && r.text("id")?.isEmpty != false && !p.name.isEmpty {
            p.id = readable.make(from: p.acronym.isEmpty ? p.name : p.acronym, fallback: "partner", count: ws.partners.count,
                                 reserved: r.reservedIDs) { ws.partners.map(\.id) }
        }
    }

    /// The kind and responsible authority type, from a "Type" column that may name either (a kind,
    /// "voluntary", or an authority, "local authority") and an "Authority" column that may name the
    /// type or say yes or no.
    func applyKind(_ r: inout RowReader, _ p: inout Partner) {
        var typeFromKind: AuthorityType?
        if let t = r.text("kind"), !t.isEmpty {
            if let k = PartnerKindWords.kind(t) {
                p.kind = k
            } else if let a = PartnerKindWords.authority(t) {
                p.kind = .responsibleAuthority
                p.authority = a
                typeFromKind = a
            } else {
                r.refuse("kind", "expected one of " + PartnerKind.allCases.map(\.label).joined(separator: ", ")
                         + ", or a responsible authority's type (" + AuthorityType.allCases.map(\.label).joined(separator: ", ") + "), found \"\(t)\"")
            }
        }
        guard let t = r.text("authority") else { return }
        let key = FieldDescription.normalise(t)
        if t.isEmpty {
            if typeFromKind == nil { p.authority = nil }
        } else if PartnerKindWords.yes.contains(key) {
            p.kind = .responsibleAuthority
        } else if PartnerKindWords.no.contains(key) {
            p.authority = nil
            if p.kind == .responsibleAuthority { p.kind = .invitedMember }
        } else if let a = PartnerKindWords.authority(t) {
            p.authority = a
            if r.text("kind")?.isEmpty != false { p.kind = .responsibleAuthority }
        } else {
            r.refuse("authority", "expected yes, no or one of " + AuthorityType.allCases.map(\.label).joined(separator: ", ") + ", found \"\(t)\"")
        }
    }
}

/// The glossary as a table: term and meaning.
public struct GlossarySchema: TableSchema {
    /// The glossary table's schema; make one for each import, as it keeps that import's new ids and lookups.
    public init() {}
    private let ids = NumberedIDs(prefix: "term-")
    private let lookup = RecordLookup<GlossaryTerm>(id: { [$0.id] }, title: [\.term])
    /// "term", for messages.
    public var noun: String { "term" }

    /// The glossary catalogue's sheet columns: id, term and meaning.
    public func fields(_ ws: Workspace) -> [FieldDescription] { GlossaryTerm.catalogue.columns() }

    /// Refuses a header without both a term column and a meaning column.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["term"] != nil && match.columns["meaning"] != nil ? nil : "the header needs a column for the term and one for its meaning"
    }

    /// The glossary entry with this id (terms are found by their words through `sameTitle`).
    public func find(_ reference: String, in ws: Workspace) -> GlossaryTerm? { lookup.find(reference, in: ws.glossary) }
    /// The one entry whose term matches the row's, ignoring case, spaces and punctuation.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> GlossaryTerm? { lookup.only(titled: reader.text("term"), in: ws.glossary) }
    /// The next free "term-" number after the ids in use and those the sheet gives.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { ids.next(count: ws.glossary.count, reserved: reserved) { ws.glossary.map(\.id) } }
    /// An empty entry with id `id`, before the row's cells are applied.
    public func blank(id: String, in ws: Workspace) -> GlossaryTerm { GlossaryTerm(id: id) }
    /// The entry's stored id.
    public func id(of record: GlossaryTerm) -> String { record.id }
    /// Every glossary entry, in the glossary's order.
    public func records(in ws: Workspace) -> [GlossaryTerm] { ws.glossary }

    /// Replaces the entry with the same id, or adds it at the end when it is new.
    public func store(_ record: consuming GlossaryTerm, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.glossary)
    }

    /// The id, term or meaning as written; empty for any other field.
    public func value(_ field: String, of t: GlossaryTerm, in ws: Workspace, today: Day) -> RawCell {
        let text = field == "id" ? t.id : field == "term" ? t.term : field == "meaning" ? t.meaning : ""
        return text.isEmpty ? .empty : .text(text)
    }

    /// Applies a row's term and meaning; a row left without either is refused.
    public func apply(_ r: inout RowReader, to t: inout GlossaryTerm, original: GlossaryTerm, isNew: Bool, ws: inout Workspace) {
        r.setText("term", &t, \.term)
        r.setText("meaning", &t, \.meaning)
        if t.term.isEmpty { r.refuse("term", "expected the term, found nothing") }
        if t.meaning.isEmpty { r.refuse("meaning", "expected what \(t.term.isEmpty ? "the term" : t.term) means, found nothing") }
    }
}
