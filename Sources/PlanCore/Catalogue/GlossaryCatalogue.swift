// A glossary term, field by field: the one description that reading and writing
// partnership.json's glossary, the glossary sheet's columns and the term form all read.

extension GlossaryTerm: Catalogued {
    /// The term and what it means, both required of a new term.
    public static let catalogue = RecordCatalogue<GlossaryTerm>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("term", json: "term", "Term", .text(\.term, .line), synonyms: ["acronym", "abbreviation", "short form"],
                       required: true),
        CatalogueField("meaning", json: "meaning", "Meaning", .text(\.meaning, .line),
                       synonyms: ["definition", "stands for", "description", "full name", "explanation"], required: true),
    ], blank: { GlossaryTerm(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
