// The plan timetable's milestones and the partnership's engagement mechanisms, field by field: the
// one description that reading and writing plan.json's timetable and partnership.json's
// engagement, their sheets' columns and import matching, and their forms all read.

extension Milestone: Catalogued {
    /// A step of the timetable, its date as written. The form checks that the date can be read as
    /// one (custom); a new row of the sheet needs its step.
    public static let catalogue = RecordCatalogue<Milestone>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("date", json: "date", "Date", .text(\.date, .line), synonyms: ["when", "by", "deadline", "target date", "due"],
                       help: "As the timetable words it: \"By 18/12/2027\""),
        CatalogueField("step", json: "step", "Step", .text(\.step, .paragraph), synonyms: ["milestone", "stage", "activity", "task", "what"],
                       required: true, requiredOnForm: false),
        CatalogueField("body", json: "body", "Body", .text(\.body, .line), synonyms: ["who", "board", "group", "responsible", "meeting"]),
        CatalogueField("done", json: "done", "Done", .flag(\.done), synonyms: ["complete", "completed", "status"]),
        CatalogueField("done_on", json: "doneOn", "Done on", .day(\.doneOn), synonyms: ["completed on", "date completed"]),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph), synonyms: ["notes", "comments"]),
    ], blank: { Milestone(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension EngagementMechanism: Catalogued {
    /// A way the partnership engages with communities. Its frequency is a cadence typed in words;
    /// the form also edits the frequency's own wording and a known date, which sheets leave out.
    public static let catalogue = RecordCatalogue<EngagementMechanism>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("name", json: "name", "Mechanism", .text(\.name, .line), synonyms: ["name", "activity", "engagement", "method", "forum"],
                       required: true, form: .labelled("Name")),
        CatalogueField("description", json: "description", "Description", .text(\.description, .paragraph), synonyms: ["details", "what"]),
        CatalogueField("frequency", json: "frequency", "Frequency", .cadence(\.frequency), synonyms: ["how often", "cadence", "when"],
                       help: "e.g. monthly, quarterly, six times a year, as required"),
        CatalogueField("frequency_wording", json: nil, "Frequency wording", .text(\.frequency.text, .line),
                       help: "As the plan words it, if different", inSheets: false),
        CatalogueField("frequency_anchor", json: nil, "A known date", .day(\.frequency.anchor), inSheets: false),
        CatalogueField("audience", json: "audience", "Audience", .text(\.audience, .line), synonyms: ["who", "target audience", "community"]),
        CatalogueField("owner", json: "owner", "Lead", .text(\.owner, .line), synonyms: ["owner", "lead officer", "responsible"],
                       form: .labelled("Owner")),
    ], blank: { EngagementMechanism(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
