/// The funding table: one row per funding line (source, year, amount, confirmed or projected).
/// Totals are worked out, never rows: a row whose source says "Total" is left out with a note.
public struct FundingSchema: TableSchema {
    /// The funding table's schema; make one for each import, as it keeps that import's new ids and lookups.
    public init() {}
    private let ids = NumberedIDs(prefix: "fund-")
    /// By id, or by source (ignoring case) and year.
    private let lookup = RecordLookup<FundingLine>(id: { [$0.id, sourceKey($0.source, $0.year)] }, title: [])

    static func sourceKey(_ source: String, _ year: FinancialYear) -> String { "\u{1}\(source.lowercased())\u{1}\(year)" }
    /// "funding line", for messages.
    public var noun: String { "funding line" }

    /// The funding line catalogue's sheet columns ("Amount not yet known" after the amount).
    public func fields(_ ws: Workspace) -> [FieldDescription] { FundingLine.catalogue.columns() }

    /// Headers that name who funds a line rather than a partner: a name in them that is no
    /// partner is kept in the note instead of refusing the row.
    static let funderHeaders: Set<String> = Set(["funder", "funded by", "funding body", "funding organisation", "from"]
                                                    .map(FieldDescription.normalise))

    /// True when the row's partner column is headed as a funder ("Funder", "Funded by").
    static func isFunderColumn(_ r: RowReader) -> Bool {
        guard let c = r.match.column("partner") else { return false }
        return funderHeaders.contains(FieldDescription.normalise(r.match.headers[c]))
    }

    /// The note's line naming a funder who is no partner: "Funder: Home Office".
    static func funderLine(_ name: String) -> String { "Funder: \(name)" }

    /// Puts the line naming `kept` in `note` in place of any funder's line there; with no funder
    /// kept (the cell empty, or naming a partner now linked), takes the funder's lines out.
    static func keepFunder(_ kept: String?, in note: inout String) {
        var lines = note.isEmpty ? [] : note.components(separatedBy: "\n")
        lines.removeAll { $0.hasPrefix(funderLine("")) }
        if let kept { lines.append(funderLine(kept)) }
        note = lines.joined(separator: "\n")
    }

    /// What people write for a sum not yet known, compared as `FieldDescription.normalise` leaves them.
    static let notYetKnownWords: Set<String> = Set(["not yet known", "not known", "unknown", "tbc", "tba", "to be confirmed",
                                                    "to be agreed", "tbd"].map(FieldDescription.normalise))

    /// A bid awaiting its outcome, as councils' status columns word it: the nearest is Projected.
    static let bidWords: Set<String> = Set(["bid submitted", "bid", "bid made", "bid in", "bidding", "applied", "applied for",
                                            "application submitted", "application made", "submitted", "pending", "pending decision",
                                            "awaiting decision", "awaiting outcome", "awaiting approval"].map(FieldDescription.normalise))

    /// The words of a funding line's status column, each taken as Confirmed or Projected.
    static let certaintyWords: [(words: [String], value: Certainty)] = [
        (["confirmed", "yes", "agreed", "secured", "actual", "approved", "awarded", "committed"], .confirmed),
        (["projected", "no", "estimated", "estimate", "expected", "forecast", "tbc", "indicative", "provisional"] + bidWords.sorted(),
         .projected),
    ]

    /// True when the row's "Amount not yet known" column says so ("not yet known", TBC, yes);
    /// refused when it holds other words.
    static func saysNotKnown(_ r: inout RowReader) -> Bool {
        guard let t = r.text("amount_not_known"), !t.isEmpty else { return false }
        let key = FieldDescription.normalise(t)
        if notYetKnownWords.contains(key) || ["yes", "y", "true", "x"].contains(key) { return true }
        if ["no", "n", "false", "known"].contains(key) { return false }
        r.refuse("amount_not_known", "expected \"not yet known\" or nothing, found \"\(t)\"")
        return false
    }

    /// Refuses a header without both a source column and an amount column.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["source"] != nil && match.columns["amount"] != nil ? nil
            : "the header needs a column for the funding source (\"Source\", \"Funding stream\") and one for the amount (\"Amount\", \"£\")"
    }

    /// The funding line with this id.
    public func find(_ reference: String, in ws: Workspace) -> FundingLine? { lookup.find(reference, in: ws.budget.fundingLines) }

    /// By id, else by source and year.
    public func locate(_ reader: RowReader, in ws: Workspace) -> FundingLine? {
        if let id = reader.text("id"), !id.isEmpty { return find(id, in: ws) }
        guard let source = reader.text("source")?.lowercased(), !source.isEmpty else { return nil }
        let year = reader.text("year").flatMap { FinancialYear(text: $0) } ?? ws.plan.currentYear
        return lookup.find(Self.sourceKey(source, year), in: ws.budget.fundingLines)
    }

    /// The next free "fund-" number after the ids in use and those the sheet gives, e.g. "fund-7".
    public func newId(in ws: Workspace, reserved: Set<String>) -> String {
        ids.next(count: ws.budget.fundingLines.count, reserved: reserved) { ws.budget.fundingLines.map(\.id) }
    }

    /// A new funding line for the plan's current year, before the row's cells are applied.
    public func blank(id: String, in ws: Workspace) -> FundingLine { FundingLine(id: id, year: ws.plan.currentYear) }
    /// The line's stored id.
    public func id(of record: FundingLine) -> String { record.id }
    /// Every funding line, every year's, in the budget's order.
    public func records(in ws: Workspace) -> [FundingLine] { ws.budget.fundingLines }

    /// Replaces the line with the same id, or adds it at the end when it is new.
    public func store(_ record: consuming FundingLine, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.budget.fundingLines)
    }

    /// The field as the funding sheet shows it: the source kind, nature and certainty by their labels,
    /// the partner by name, the amount as a number of pounds or "not yet known" when it is not known.
    public func value(_ field: String, of l: FundingLine, in ws: Workspace, today: Day) -> RawCell {
        func text(_ s: String?) -> RawCell { (s ?? "").isEmpty ? .empty : .text(s ?? "") }
        switch field {
        case "id": return text(l.id)
        case "year": return text(l.year.description)
        case "source": return text(l.source)
        case "source_kind": return text(l.sourceKind.label)
        case "partner": return text(ws.partner(l.partner)?.name ?? l.partner)
        case "nature": return text(l.nature.label)
        case "certainty": return text(l.certainty.label)
        case "amount": return l.amount.map { .number(Double($0.pence) / 100) } ?? .empty
        case "amount_not_known": return l.amount == nil ? .text(Money.notYetKnownText) : .empty
        case "note": return text(l.note)
        default: return .empty
        }
    }

    /// Applies a row: the year as a financial year (2026-27), the source, kind, partner (by id, name
    /// or acronym; one not known is refused unless `--create-missing` adds it), nature, certainty
    /// (confirmed, projected, or words such as "TBC" or "secured") and note. An amount of "TBC" or
    /// "not yet known" leaves the sum unknown, keeping the words as the note when there is none; an
    /// empty amount is refused unless the note says why. A row without a source is refused.
    public func apply(_ r: inout RowReader, to l: inout FundingLine, original: FundingLine, isNew: Bool, ws: inout Workspace) {
        if let t = r.text("year"), !t.isEmpty {
            if let y = FinancialYear(text: t) { l.year = y } else { r.refuse("year", "expected a financial year such as 2026-27, found \"\(t)\"") }
        }
        r.setText("source", &l, \.source)
        if let k = r.choice("source_kind", FundingSourceKind.allCases.map { ([$0.label, $0.rawValue], $0) }
                                + [(["partner", "contribution"], .partnerContribution), (["laa", "abg", "area based grant"], .areaGrant),
                                   (["government", "home office", "grant"], .governmentGrant)],
                            expected: "one of " + FundingSourceKind.allCases.map(\.label).joined(separator: ", ")) {
            l.sourceKind = k
        }
        var funderKept: String?
        if let name = r.text("partner") {
            if !name.isEmpty, FundingSchema.isFunderColumn(r), !r.options.createMissing, Reference.knownPartner(name, in: ws) == nil {
                // A "Funder" column names the Home Office as readily as a partner: a funder who is
                // no partner is kept in the line's note, said, rather than refusing the table.
                funderKept = name
                l.partner = nil
            } else {
                l.partner = name.isEmpty ? nil : Reference.partner(name, field: "partner", reader: &r, ws: &ws)
            }
        }
        if let n = r.choice("nature", FundingNature.allCases.map { ([$0.label, $0.rawValue], $0) }, expected: "Revenue or Capital") { l.nature = n }
        let certainty = r.choice("certainty", FundingSchema.certaintyWords, expected: "Confirmed or Projected (or words such as "
                                 + "Indicative, Estimate, Bid submitted, Pending)")
        if let c = certainty {
            l.certainty = c
            if let t = r.text("certainty"), FundingSchema.bidWords.contains(FieldDescription.normalise(t)) {
                r.note("\(r.match.place("certainty")): \"\(t)\" is taken as Projected (a line is Confirmed or Projected)")
            }
        }
        r.setText("note", &l, \.note)
        if let words = r.text("amount"), FundingSchema.notYetKnownWords.contains(FieldDescription.normalise(words)) {
            l.amount = nil
            if l.note.isEmpty && FieldDescription.normalise(words) != FieldDescription.normalise(Money.notYetKnownText) { l.note = words }
        } else {
            let flagged = FundingSchema.saysNotKnown(&r)
            switch r.money("amount") {
            case .some(let m?): l.amount = m
            case .some(nil) where flagged || !l.note.isEmpty: l.amount = nil
            case .none where flagged: l.amount = nil
            case .some(nil): r.refuse("amount", "expected the amount in pounds, found nothing; for a sum not yet known write TBC "
                                      + "or \"not yet known\", or say why in the note")
            case .none: break
            }
        }
        // The funder's line goes into the note after the amount is read, so it never stands for the
        // reason an amount is left empty.
        if FundingSchema.isFunderColumn(r) { FundingSchema.keepFunder(funderKept, in: &l.note) }
        if let funder = funderKept {
            r.note("\(r.match.place("partner")): \"\(funder)\" is no partner, so it is kept in the note "
                   + "(add it as a partner, or use --create-missing, to link the line to it)")
        }
        // A sum not known and a status not given is no confirmed line: taken as Projected, and said.
        if isNew && l.amount == nil && certainty == nil && l.certainty == .confirmed && r.reasons.isEmpty {
            l.certainty = .projected
            r.note("no status and the amount not known: taken as Projected")
        }
        if l.source.isEmpty { r.refuse("source", "expected the funding source, found nothing") }
    }
}
