// The budget's records, field by field: the one description that reading and writing budget.json,
// the funding sheet's columns and import matching, and the funding line, carry-forward and
// allocation forms all read. Stated totals keep their own reading and writing (written only when
// there are some).

extension FundingLine: Catalogued {
    /// A line of funding, in the order the funding sheet lists its fields. A missing or null
    /// amount is a sum not yet known, never £0; the form takes "not yet known" (custom).
    public static let catalogue = RecordCatalogue<FundingLine>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), synonyms: ["line id", "ref"], requiredInFile: true, form: .hidden),
        CatalogueField("year", json: "year", "Year", .year(\.year), synonyms: ["financial year", "fy", "funding year"],
                       requiredInFile: true, help: "e.g. 2026-27 (default: the current year)"),
        CatalogueField("source", json: "source", "Source", .text(\.source, .line),
                       synonyms: ["funding stream", "funding source", "funder", "fund", "grant", "stream", "funding"], required: true),
        CatalogueField("source_kind", json: "sourceKind", "Kind", .choice(.of(\.sourceKind, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["source kind", "type", "funding type"], form: .labelled("Source kind")),
        CatalogueField("partner", json: "partner", "Partner", .reference(\.partner, to: "partner"),
                       synonyms: ["contributing partner", "organisation", "agency", "from", "funder"]),
        CatalogueField("nature", json: "nature", "Nature", .choice(.of(\.nature, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["revenue capital", "revenue or capital"], form: .labelled("Capital or revenue")),
        CatalogueField("certainty", json: "certainty", "Status", .choice(.of(\.certainty, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["certainty", "confirmed", "confirmed or projected"], form: .labelled("Certainty")),
        CatalogueField("amount", json: "amount", "Amount (£)", .money(\.amount),
                       synonyms: ["amount", "£", "value", "allocation", "total £", "sum", "budget"], required: true,
                       requiredOnForm: false, form: .labelled("Amount")),
        // The sheet's own column saying the amount is not yet known, so the amount column holds
        // only numbers (empty while not known) and the sheet reads back as it was written;
        // `FundingSchema` reads and writes it (custom).
        CatalogueField("amount_not_known", json: nil, "Amount not yet known", .custom,
                       synonyms: ["not yet known", "amount unknown", "amount tbc"],
                       help: "\"not yet known\" while the amount is not known (the amount left empty)", form: .hidden),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph), synonyms: ["notes", "comments", "comment"]),
    ], blank: { FundingLine(id: "", year: FinancialYear(0), amount: nil) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension CarryForward: Catalogued {
    /// Money carried into a year; a missing or null amount is not yet known.
    public static let catalogue = RecordCatalogue<CarryForward>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("year", json: "year", "Year", .year(\.year), requiredInFile: true, form: .labelled("Into year")),
        CatalogueField("amount", json: "amount", "Amount (£)", .money(\.amount), form: .labelled("Amount")),
        CatalogueField("certainty", json: "certainty", "Certainty", .choice(.of(\.certainty, label: \.label, sheetsUseLabels: true))),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph)),
    ], blank: { CarryForward(id: "", year: FinancialYear(0), amount: nil) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension Allocation: Catalogued {
    /// Money given to a priority for a year, perhaps from a funding line.
    public static let catalogue = RecordCatalogue<Allocation>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("priority", json: "priority", "Priority", .text(\.priority, .line), required: true, requiredInFile: true,
                       sheetKind: .references("priority")),
        CatalogueField("funding_line", json: "fundingLine", "Funding line", .reference(\.fundingLine, to: "funding line")),
        CatalogueField("year", json: "year", "Year", .year(\.year), requiredInFile: true),
        CatalogueField("amount", json: "amount", "Amount (£)", .requiredMoney(\.amount), required: true, form: .labelled("Amount")),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph)),
    ], blank: { Allocation(id: "", priority: "", year: FinancialYear(0)) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
