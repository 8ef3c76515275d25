// A body of the governance structure and its members, links and decision rules, field by field:
// the one description that reading and writing governance.json's bodies, the body sheet's columns
// and import matching, and the body, member, link and decision rule forms all read. Which body is
// the partnership board (a sheet column), the members' "role | organisation | person" lines and
// the form's loop-refusing "Reports to" stay custom code, pointed at by name.

extension Member: Catalogued {
    /// A seat on a body; listed in the body sheet one a line, "role | organisation | person".
    public static let catalogue = RecordCatalogue<Member>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, inSheets: false, form: .hidden),
        CatalogueField("role", json: "role", "Role", .text(\.role, .line), required: true, inSheets: false),
        CatalogueField("partner", json: "partner", "Partner", .reference(\.partner, to: "partner"), inSheets: false),
        CatalogueField("organisation", json: "organisation", "Organisation", .text(\.organisation, .line),
                       help: "When not one of the partners", inSheets: false),
        CatalogueField("person", json: "person", "Person", .text(\.person, .line), inSheets: false),
    ], blank: { Member(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension BodyLink: Catalogued {
    /// A link to another body that is not a reporting line; the linked body is required.
    public static let catalogue = RecordCatalogue<BodyLink>([
        CatalogueField("target", json: "target", "Linked body", .text(\.target, .line), required: true, requiredInFile: true,
                       inSheets: false),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph), inSheets: false),
    ], blank: { BodyLink(target: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension DecisionRule: Catalogued {
    /// Who decides a matter and where it escalates.
    public static let catalogue = RecordCatalogue<DecisionRule>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, inSheets: false, form: .hidden),
        CatalogueField("matter", json: "matter", "Matter", .text(\.matter, .line), required: true, inSheets: false),
        CatalogueField("rule", json: "rule", "Decided by", .text(\.rule, .paragraph), inSheets: false),
        CatalogueField("escalation", json: "escalation", "Escalation", .text(\.escalation, .paragraph), inSheets: false),
    ], blank: { DecisionRule(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension Body: Catalogued {
    /// A board or group, in the order the body sheet lists its fields. Its members, links and
    /// decision rules are records of their own, edited under the body.
    public static let catalogue = RecordCatalogue<Body>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("name", json: "name", "Body", .text(\.name, .line),
                       synonyms: ["name", "board", "group", "board or group", "board / group", "meeting", "forum"], required: true,
                       form: .labelled("Name")),
        CatalogueField("acronym", json: "acronym", "Acronym", .text(\.acronym, .line), synonyms: ["short name", "abbreviation"]),
        CatalogueField("kind", json: "kind", "Kind", .choice(.of(\.kind, label: \.label, sheetsUseLabels: true)), synonyms: ["type", "body type"]),
        CatalogueField("tier", json: "tier", "Tier", .int(\.tier), synonyms: ["level"],
                       help: "0 for the standing partnership, 1 for the strategic board, 2, 3… below it"),
        CatalogueField("status", json: "status", "Status", .choice(.of(\.status, label: \.label, sheetsUseLabels: true))),
        CatalogueField("partnership_board", json: nil, "Partnership board", .custom, synonyms: ["is the partnership board", "the board"],
                       help: "Yes for the body that is the partnership's strategic board", form: .hidden, sheetKind: .choice(["Yes", "No"])),
        CatalogueField("reports_to", json: "parents", "Reports to", .references(\.parents, to: "body"),
                       synonyms: ["parent", "accountable to", "reporting to", "reports into"],
                       help: "Bodies by name, acronym or id, separated by semicolons"),
        CatalogueField("chair", json: "chair", "Chair", .text(\.chair, .line), synonyms: ["chaired by", "chairperson"]),
        CatalogueField("vice_chair", json: "viceChair", "Vice chair", .text(\.viceChair, .line), synonyms: ["vice-chair", "deputy chair"],
                       form: .labelled("Vice-chair")),
        CatalogueField("cadence", json: "cadence", "Meets", .cadence(\.cadence), synonyms: ["cadence", "frequency", "meeting frequency", "how often"],
                       form: .labelled("Cadence")),
        CatalogueField("cadence_wording", json: nil, "Cadence wording", .text(\.cadence.text, .line), help: "As the paper words it, if different",
                       inSheets: false),
        CatalogueField("cadence_anchor", json: nil, "A meeting date", .day(\.cadence.anchor), inSheets: false),
        CatalogueField("purpose", json: "purpose", "Purpose", .text(\.purpose, .paragraph), synonyms: ["remit", "role", "function"]),
        CatalogueField("members", json: "members", "Members", .records(.list(\.members)), synonyms: ["membership", "attendees", "seats"],
                       help: "One per line: role | organisation | person", form: .hidden, sheetKind: .lines),
        CatalogueField("terms_of_reference", json: "termsOfReference", "Terms of reference", .lines(\.termsOfReference),
                       synonyms: ["tor", "terms"]),
        CatalogueField("links", json: "links", "Links", .records(.list(\.links)), synonyms: ["linked bodies", "links to"], form: .hidden,
                       sheetKind: .derived),
        CatalogueField("meetings_per_year", json: nil, "Meetings a year", .derived, form: .hidden),
        CatalogueField("member_count", json: nil, "Member count", .derived, synonyms: ["number of members"], form: .hidden),
        CatalogueField("decisionRules", json: "decisionRules", "Decision rules", .records(.list(\.decisionRules)), inSheets: false,
                       form: .hidden),
        CatalogueField("notes", json: "notes", "Notes", .text(\.notes, .paragraph), inSheets: false),
    ], blank: { Body(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
