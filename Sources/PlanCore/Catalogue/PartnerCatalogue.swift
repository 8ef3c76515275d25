// A partner and its representatives, field by field: the one description that reading and writing
// partnership.json's partners, the partner sheet's columns and import matching, and the partner
// form all read. The words councils write for a partner's kind and authority stay in
// `PartnerKindWords` (custom), as does the form's "Name (Title)" line per representative.

extension Representative: Catalogued {
    /// A person who represents a partner; listed in sheets one a line, "name, title".
    public static let catalogue = RecordCatalogue<Representative>([
        CatalogueField("name", json: "name", "Name", .text(\.name, .line), inSheets: false),
        CatalogueField("title", json: "title", "Title", .text(\.title, .line), inSheets: false),
    ], blank: { Representative() })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension Partner: Catalogued {
    /// An organisation in the partnership, in the order the partner sheet lists its fields.
    public static let catalogue = RecordCatalogue<Partner>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("name", json: "name", "Organisation", .text(\.name, .line),
                       synonyms: ["name", "partner", "organisation name", "agency", "partner organisation"], required: true,
                       form: .labelled("Name")),
        CatalogueField("acronym", json: "acronym", "Acronym", .text(\.acronym, .line), synonyms: ["short name", "abbreviation"]),
        CatalogueField("kind", json: "kind", "Kind", .choice(.of(\.kind, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["type", "membership", "status"]),
        CatalogueField("authority", json: "authority", "Authority", .choice(.optional(\.authority, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["responsible authority", "authority type"]),
        CatalogueField("role", json: "role", "Role", .text(\.role, .paragraph), synonyms: ["role in the partnership", "responsibilities"]),
        CatalogueField("contribution", json: "contribution", "Contribution", .text(\.contribution, .paragraph),
                       synonyms: ["contributes", "resources", "what it contributes"]),
        CatalogueField("representatives", json: "representatives", "Representatives", .records(.list(\.representatives)),
                       synonyms: ["representative", "rep", "reps", "contact", "named contact"], help: "One per line: name, title",
                       sheetKind: .lines),
    ], blank: { Partner(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
