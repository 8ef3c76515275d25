import Spreadsheet

/// The governance structure as a table: one row per board or group, with whom it reports to and its
/// members. A body must come after those it reports to (or already be in the workspace).
public struct BodySchema: TableSchema {
    /// The body table's schema; make one for each import, as it keeps that import's new ids and lookups.
    /// A new body given no id gets a readable one made from its acronym or name.
    public init() {}
    private let readable = ReadableIDs()
    /// By id, or (for whom a body reports to) by name or acronym ignoring case; by name.
    private let lookup = RecordLookup<Body>(id: { [$0.id, "\u{1}" + $0.name.lowercased()] + ($0.acronym.isEmpty ? [] : ["\u{2}" + $0.acronym.lowercased()]) },
                                            title: [\.name])
    /// "body", as messages name a record.
    public var noun: String { "body" }

    /// The body catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { Body.catalogue.columns() }

    /// Nil when the header has a column for the body's name; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["name"] != nil ? nil : "the header has no column for the body (\"Body\", \"Board\", \"Group\", \"Name\")"
    }

    /// The body whose id is `reference` (a "Reports to" cell's names are looked up by name and acronym too).
    public func find(_ reference: String, in ws: Workspace) -> Body? { lookup.find(reference, in: ws.governance.bodies) }
    /// The one body whose name is the row's, ignoring case and spacing; nil when none or several.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Body? { lookup.only(titled: reader.text("name"), in: ws.governance.bodies) }

    /// The first body whose id, name or acronym (ignoring case) is `name`.
    func named(_ name: String, in ws: Workspace) -> Body? {
        let bodies = ws.governance.bodies
        let lower = name.lowercased()
        return [name, "\u{1}" + lower, "\u{2}" + lower].compactMap { lookup.position($0, in: bodies) }.min().map { bodies[$0] }
    }
    /// A placeholder no other row takes; a new body's id is made from its acronym or name once the row is read.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { IDs.unique(prefix: "body-") }
    /// A new body with only its id, with `Body`'s defaults (an active tier-3 working group).
    public func blank(id: String, in ws: Workspace) -> Body { Body(id: id) }
    /// The body's id.
    public func id(of record: Body) -> String { record.id }
    /// The current structure's bodies, in the order held.
    public func records(in ws: Workspace) -> [Body] { ws.governance.bodies }

    /// Puts a new body at the end of the structure, or a changed one in place of the one with its id.
    public func store(_ record: consuming Body, isNew: Bool, in ws: inout Workspace) {
        if isNew { readable.added() }
        lookup.store(record, in: &ws.governance.bodies)
    }

    /// The body's value for `field` as the export writes it: labels for kind and status, "yes" for the
    /// partnership board, short names for whom it reports to and its links ("; " between), members one per
    /// line ("role | organisation | person"), and worked-out meetings a year and member count; empty
    /// for a field it has no value for.
    public func value(_ field: String, of b: Body, in ws: Workspace, today: Day) -> RawCell {
        let text: String
        switch field {
        case "id": text = b.id
        case "name": text = b.name
        case "acronym": text = b.acronym
        case "kind": text = b.kind.label
        case "tier": return .number(Double(b.tier))
        case "status": text = b.status.label
        case "partnership_board": text = ws.governance.partnershipBoard == b.id ? "yes" : ""
        case "reports_to": text = b.parents.map { ws.body($0)?.shortName ?? $0 }.joined(separator: "; ")
        case "chair": text = b.chair
        case "vice_chair": text = b.viceChair
        case "cadence": text = b.cadence.display
        case "purpose": text = b.purpose
        case "members": text = MemberCells.cell(b.members, in: ws)
        case "terms_of_reference": text = b.termsOfReference.joined(separator: "\n")
        case "links": text = b.links.map { ws.body($0.target)?.shortName ?? $0.target }.joined(separator: "; ")
        case "meetings_per_year": return b.cadence.rule == .asRequired ? .empty : .number(b.cadence.meetingsPerYear.rounded())
        case "member_count": return .number(Double(b.members.count))
        default: text = ""
        }
        return text.isEmpty ? .empty : .text(text)
    }

    /// Applies the row: name and acronym (a new body's id made from them), kind, tier (0 to 9), status,
    /// whom it reports to (bodies listed earlier or held, never itself), chair, vice-chair, cadence, purpose,
    /// terms of reference and members. A new body without a tier is placed below its parents, or as the
    /// strategic board at tier 1 when it reports to none; the "Partnership board" column marks the board.
    /// Refuses a row whose name is empty.
    public func apply(_ r: inout RowReader, to b: inout Body, original: Body, isNew: Bool, ws: inout Workspace) {
        r.setText("name", &b, \.name)
        r.setText("acronym", &b, \.acronym)
        if isNew && r.text("id")?.isEmpty != false && !b.name.isEmpty {
            b.id = readable.make(from: b.acronym.isEmpty ? b.name : b.acronym, fallback: "body", count: ws.governance.bodies.count,
                                 reserved: r.reservedIDs) { ws.governance.bodies.map(\.id) }
        }
        if let k = r.choice("kind", BodyKind.allCases.map { ([$0.label, $0.rawValue], $0) }
                                + [(["board", "partnership board", "strategic partnership board", "executive board"], .strategicBoard),
                                   (["group"], .workingGroup), (["task and finish"], .taskAndFinishGroup)],
                            expected: "one of " + BodyKind.allCases.map(\.label).joined(separator: ", ")) { b.kind = k }
        if case .some(let t?) = r.number("tier") {
            if t == t.rounded(), (0...9).contains(t) { b.tier = Int(t) } else { r.refuse("tier", "expected a whole number from 0 to 9, found \(SheetCell.format(t))") }
        }
        if let s = r.choice("status", BodyStatus.allCases.map { ([$0.label, $0.rawValue], $0) }, expected: "Active, Proposed or Former") { b.status = s }
        if let names = r.items("reports_to") {
            b.parents = names.compactMap { name in
                guard let parent = named(name, in: ws) else {
                    r.refuse("reports_to", "no body \"\(name)\" yet; list a body before the bodies that report to it")
                    return nil
                }
                if parent.id == b.id { r.refuse("reports_to", "\(b.name) cannot report to itself"); return nil }
                return parent.id
            }
        }
        r.setText("chair", &b, \.chair)
        r.setText("vice_chair", &b, \.viceChair)
        r.setCadence("cadence", &b, \.cadence)
        r.setText("purpose", &b, \.purpose)
        if let tor = r.lines("terms_of_reference") { b.termsOfReference = tor }
        if let lines = r.lines("members") {
            let members = MemberCells.read(lines, for: b, field: "members", reader: &r, ws: &ws)
            func seats(_ list: [Member]) -> [[String]] { list.map { [$0.role, $0.organisation, $0.person, $0.partner ?? ""] } }
            if seats(members) != seats(b.members) { b.members = members }
        }
        if b.name.isEmpty { r.refuse("name", "expected the body's name, found nothing") }
        if isNew { placeNew(&r, &b, ws: ws) }
        markBoard(&r, b, ws: &ws)
    }

    /// A new body's place when the sheet does not give it: one reporting to no body is the
    /// strategic board at tier 1 (unless its kind is given); one reporting to others sits a tier below them.
    func placeNew(_ r: inout RowReader, _ b: inout Body, ws: Workspace) {
        guard r.text("tier")?.isEmpty != false else { return }
        if b.parents.isEmpty {
            b.tier = 1
            if r.text("kind")?.isEmpty != false { b.kind = .strategicBoard }
        } else {
            b.tier = min(9, (b.parents.compactMap { find($0, in: ws)?.tier }.max() ?? 1) + 1)
        }
    }

    /// Makes the body the partnership board when its "Partnership board" cell says yes (and no longer
    /// when it says no); without that column, a strategic board is taken as the board while none is.
    func markBoard(_ r: inout RowReader, _ b: Body, ws: inout Workspace) {
        let flag = r.flag("partnership_board")
        guard r.reasons.isEmpty else { return }
        switch flag {
        case true?:
            ws.governance.partnershipBoard = b.id
        case false?:
            if ws.governance.partnershipBoard == b.id { ws.governance.partnershipBoard = nil }
        case nil:
            guard !r.has("partnership_board"), ws.governance.partnershipBoard == nil, b.kind == .strategicBoard else { return }
            ws.governance.partnershipBoard = b.id
            r.note("taken as the partnership board (the first strategic board); a \"Partnership board\" column says otherwise")
        }
    }
}
