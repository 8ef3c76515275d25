/// Partners as a table: one row per organisation.
public struct PartnerSchema: TableSchema {
    public init() {}
    public var noun: String { "partner" }

    /// The partner catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { Partner.catalogue.columns() }

    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["name"] != nil ? nil : "the header has no column for the organisation (\"Organisation\", \"Partner\", \"Name\")"
    }

    public func find(_ reference: String, in ws: Workspace) -> Partner? { ws.partner(reference) }

    /// The partner of the row's name or acronym; else the responsible authority of the row's type
    /// still "to confirm" (as `init` lists them), which the row then confirms.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Partner? {
        if let p = only(ws.partners, titled: \.name, reader, field: "name") { return p }
        if let a = reader.text("acronym"), !a.isEmpty, let p = only(ws.partners, titled: \.acronym, reader, field: "acronym") { return p }
        guard let type = PartnerKindWords.authority(of: reader) else { return nil }
        let waiting = ws.partners.filter { $0.authority == type && $0.name.hasSuffix(NewWorkspace.toConfirm) }
        return waiting.count == 1 ? waiting[0] : nil
    }

    /// A placeholder no other row takes; a new partner's id is made from its acronym or name once the row is read.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { IDs.unique(prefix: "partner-") }
    public func blank(id: String, in ws: Workspace) -> Partner { Partner(id: id) }
    public func id(of record: Partner) -> String { record.id }
    public func records(in ws: Workspace) -> [Partner] { ws.partners }

    public func store(_ record: Partner, isNew: Bool, in ws: inout Workspace) {
        if let i = ws.partners.firstIndex(where: { $0.id == record.id }) { ws.partners[i] = record } else { ws.partners.append(record) }
    }

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
            p.id = ReadableID.make(from: p.acronym.isEmpty ? p.name : p.acronym, existing: ws.partners.map(\.id), fallback: "partner")
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
    public init() {}
    public var noun: String { "term" }

    public func fields(_ ws: Workspace) -> [FieldDescription] { GlossaryTerm.catalogue.columns() }

    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["term"] != nil && match.columns["meaning"] != nil ? nil : "the header needs a column for the term and one for its meaning"
    }

    public func find(_ reference: String, in ws: Workspace) -> GlossaryTerm? { ws.glossary.first { $0.id == reference } }
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> GlossaryTerm? { only(ws.glossary, titled: \.term, reader, field: "term") }
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { IDs.next(prefix: "term-", existing: ws.glossary.map(\.id) + reserved) }
    public func blank(id: String, in ws: Workspace) -> GlossaryTerm { GlossaryTerm(id: id) }
    public func id(of record: GlossaryTerm) -> String { record.id }
    public func records(in ws: Workspace) -> [GlossaryTerm] { ws.glossary }

    public func store(_ record: GlossaryTerm, isNew: Bool, in ws: inout Workspace) {
        if let i = ws.glossary.firstIndex(where: { $0.id == record.id }) { ws.glossary[i] = record } else { ws.glossary.append(record) }
    }

    public func value(_ field: String, of t: GlossaryTerm, in ws: Workspace, today: Day) -> RawCell {
        let text = field == "id" ? t.id : field == "term" ? t.term : field == "meaning" ? t.meaning : ""
        return text.isEmpty ? .empty : .text(text)
    }

    public func apply(_ r: inout RowReader, to t: inout GlossaryTerm, original: GlossaryTerm, isNew: Bool, ws: inout Workspace) {
        r.setText("term", &t, \.term)
        r.setText("meaning", &t, \.meaning)
        if t.term.isEmpty { r.refuse("term", "expected the term, found nothing") }
        if t.meaning.isEmpty { r.refuse("meaning", "expected what \(t.term.isEmpty ? "the term" : t.term) means, found nothing") }
    }
}
