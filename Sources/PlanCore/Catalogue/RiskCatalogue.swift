// The risk register's records, field by field: the one description that reading risks.json and
// the risk files, writing them, the register's sheet columns and import matching, and the risk
// forms all read. Adding a field to a risk means adding it here.

extension RiskScore: Catalogued {
    /// A likelihood and an impact, both required.
    public static let catalogue = RecordCatalogue<RiskScore>([
        CatalogueField("likelihood", json: "likelihood", "Likelihood", .int(\.likelihood), scale: .likelihood,
                       required: true, requiredInFile: true),
        CatalogueField("impact", json: "impact", "Impact", .int(\.impact), scale: .impact, required: true, requiredInFile: true),
    ], blank: { RiskScore(likelihood: 0, impact: 0) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension Mitigation: Catalogued {
    /// A mitigating action, edited as a record of its own under its risk.
    public static let catalogue = RecordCatalogue<Mitigation>([
        CatalogueField("description", json: "description", "Description", .text(\.description, .paragraph)),
        CatalogueField("action", json: "action", "Plan action", .reference(\.action, to: "action")),
        CatalogueField("owner", json: "owner", "Owner", .text(\.owner, .person)),
        CatalogueField("due", json: "due", "Due", .day(\.due)),
    ], blank: { Mitigation() })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension RiskReview: Catalogued {
    /// A review: its date and residual score are required. The form edits the residual score as its
    /// two levels, and a new target or first inherent score as "L×I" (custom fields of the form).
    public static let catalogue = RecordCatalogue<RiskReview>([
        CatalogueField("date", json: "date", "Date", .requiredDay(\.date), required: true, requiredInFile: true),
        CatalogueField("residual", json: "residual", "Residual score", .records(.one(\.residual)), required: true,
                       requiredInFile: true, inSheets: false, form: .hidden),
        CatalogueField("residual_likelihood", json: nil, "Residual likelihood", .int(\.residual.likelihood), scale: .likelihood,
                       required: true, help: "likelihood level", inSheets: false),
        CatalogueField("residual_impact", json: nil, "Residual impact", .int(\.residual.impact), scale: .impact,
                       required: true, help: "impact level", inSheets: false),
        CatalogueField("target", json: "target", "New target (L×I)", .records(.optional(\.target)),
                       help: "blank when the target did not change, e.g. 2x3", inSheets: false),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph)),
        CatalogueField("reviewer", json: "reviewer", "Reviewer", .text(\.reviewer, .line)),
        CatalogueField("inherent", json: "inherent", "First inherent (L×I)", .records(.optional(\.inherent)),
                       help: "only when the risk is not yet scored, e.g. 4x4; blank otherwise", inSheets: false),
    ], blank: { RiskReview(date: Day(dayNumber: 0), residual: RiskScore(likelihood: 0, impact: 0)) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension RiskStatusChange: Catalogued {
    /// A closing or reopening, with its reason.
    public static let catalogue = RecordCatalogue<RiskStatusChange>([
        CatalogueField("date", json: "date", "Date", .requiredDay(\.date), required: true, requiredInFile: true),
        CatalogueField("status", json: "status", "Status", .choice(.of(\.status, label: \.label)), required: true, requiredInFile: true),
        CatalogueField("reason", json: "reason", "Reason", .text(\.reason, .paragraph)),
    ], blank: { RiskStatusChange(date: Day(dayNumber: 0), status: .open, reason: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension Risk: Catalogued {
    /// Words councils put before "likelihood", "impact" or "score" for each of the three scores.
    static let stages: [(name: String, label: String, words: [String])] = [
        ("inherent", "Inherent", ["inherent", "gross", "raw", "original", "initial", "uncontrolled", "before controls"]),
        ("residual", "Residual", ["residual", "current", "net", "controlled", "revised", "after controls"]),
        ("target", "Target", ["target", "tolerable", "future", "desired", "acceptable"]),
    ]

    /// Every field of a risk, in the order the register's sheets list them.
    public static let catalogue = RecordCatalogue<Risk>(
        [
            CatalogueField("id", json: "id", "Id", .text(\.id, .line), synonyms: ["risk id", "internal id"], requiredInFile: true,
                           help: "SaferPlan's own id, unique across copies of the workspace; leave empty for a new risk", form: .hidden),
            CatalogueField("ref", json: "ref", "Ref", .optionalText(\.ref),
                           synonyms: ["reference", "ref no", "risk ref", "risk no", "risk number", "risk reference", "no", "number"],
                           help: "The reference people say aloud, e.g. R07; leave empty for a new risk and the next free one is given",
                           form: .hidden),
            CatalogueField("title", json: "title", "Risk", .text(\.title, .line),
                           synonyms: ["description", "risk description", "risk title", "risk name", "title", "risk identified"],
                           required: true, help: "What could happen, in a line", form: .labelled("Title")),
            CatalogueField("category", json: "category", "Category", .text(\.category, .suggested),
                           synonyms: ["type", "risk type", "risk category", "area"]),
            CatalogueField("owner", json: "owner", "Owner", .text(\.owner, .person),
                           synonyms: ["risk owner", "lead", "lead officer", "responsible officer", "responsible", "owned by"]),
            CatalogueField("status", json: "status", "Status", .choice(.of(\.status, label: \.label)),
                           synonyms: ["risk status", "open closed"], form: .hidden),
            CatalogueField("cause", json: "cause", "Cause", .text(\.cause, .paragraph), synonyms: ["causes", "trigger", "triggers"]),
            CatalogueField("event", json: "event", "Event", .text(\.event, .paragraph), synonyms: ["risk event"]),
            CatalogueField("consequence", json: "consequence", "Consequence", .text(\.consequence, .paragraph),
                           synonyms: ["consequences", "effect", "effects", "impact description"]),
        ]
        + scoreFields(.records(.optional(\.inherent)), json: "inherent", stage: stages[0], \.inherentLikelihood, \.inherentImpact)
        + scoreFields(.records(.optional(\.residual)), json: "residual", stage: stages[1], \.residualLikelihood, \.residualImpact)
        + [
            CatalogueField("residual_band", json: nil, "Residual band", .derived, synonyms: ["band", "rag", "risk rating", "rating band"],
                           form: .hidden),
        ]
        + scoreFields(.records(.optional(\.target)), json: "target", stage: stages[2], \.targetLikelihood, \.targetImpact)
        + [
            CatalogueField("direction", json: nil, "Direction", .derived, synonyms: ["trend", "direction of travel"], form: .hidden),
            CatalogueField("outside_appetite", json: nil, "Outside appetite", .derived, synonyms: ["appetite", "within appetite"],
                           form: .hidden),
            CatalogueField("controls", json: "controls", "Controls", .lines(\.controls),
                           synonyms: ["existing controls", "current controls", "controls in place", "mitigation",
                                      "existing mitigation", "mitigating controls"],
                           help: "One control per line", form: .labelled("Existing controls")),
            CatalogueField("mitigations", json: "mitigations", "Mitigations", .records(.list(\.mitigations)),
                           synonyms: ["further actions", "planned actions", "actions", "further mitigation"],
                           help: "One action per line: description | action id | owner | due date", form: .hidden),
            CatalogueField("raised_on", json: "raisedOn", "Raised", .day(\.raisedOn),
                           synonyms: ["raised on", "date raised", "date identified", "date added", "identified"], form: .labelled("Raised on")),
            CatalogueField("last_review", json: "lastReview", "Last review", .day(\.lastReview),
                           synonyms: ["last reviewed", "date last reviewed", "reviewed", "date reviewed"]),
            CatalogueField("next_review", json: "nextReview", "Next review", .day(\.nextReview),
                           synonyms: ["review date", "next review date", "review by", "due for review"]),
            CatalogueField("overdue", json: nil, "Overdue", .derived, synonyms: ["review overdue"], form: .hidden),
            CatalogueField("priorities", json: "priorities", "Priorities", .references(\.priorities, to: "priority"),
                           synonyms: ["priority", "linked priorities", "plan priority"],
                           help: "Priorities by id or title, separated by semicolons"),
            CatalogueField("bodies", json: "bodies", "Bodies", .references(\.bodies, to: "body"),
                           synonyms: ["body", "board", "group", "linked bodies", "forum", "owning group"],
                           help: "Boards or groups by id or name, separated by semicolons"),
            CatalogueField("reviews", json: "reviews", "Reviews", .records(.list(\.reviews)), inSheets: false, form: .hidden),
            CatalogueField("statusHistory", json: "statusHistory", "Status history", .records(.list(\.statusHistory)),
                           inSheets: false, form: .hidden),
        ],
        blank: { Risk(id: "") })

    /// A stored score (not itself a column) and its sheet columns: likelihood, impact and the
    /// derived score, each answering to the words councils use for that stage.
    private static func scoreFields(_ value: FieldValue<Risk>, json: StaticString,
                                     stage: (name: String, label: String, words: [String]),
                                     _ likelihood: RecordPath<Risk, Int?>, _ impact: RecordPath<Risk, Int?>) -> [CatalogueField<Risk>] {
        func names(_ part: String, _ extra: [String]) -> [String] {
            stage.words.flatMap { w in ([part] + extra).flatMap { p in ["\(w) \(p)", "\(p) \(w)", "\(w) risk \(p)"] } }
        }
        return [
            CatalogueField(stage.name, json: json, "\(stage.label) score", value, inSheets: false, form: .hidden),
            CatalogueField("\(stage.name)_likelihood", json: nil, "\(stage.label) likelihood", .level(likelihood),
                           synonyms: names("likelihood", ["probability", "l", "lhood"]), scale: .likelihood,
                           help: "give it with the impact"),
            CatalogueField("\(stage.name)_impact", json: nil, "\(stage.label) impact", .level(impact),
                           synonyms: names("impact", ["severity", "i", "consequence score"]), scale: .impact,
                           help: "give it with the likelihood"),
            CatalogueField("\(stage.name)_score", json: nil, "\(stage.label) score", .derived,
                           synonyms: names("score", ["rating", "risk score", "total", "l x i", "lxi"]),
                           help: "Likelihood × impact: checked on import, not stored", form: .hidden),
        ]
    }

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
