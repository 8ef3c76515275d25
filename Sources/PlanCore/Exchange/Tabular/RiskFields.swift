/// The risk register's fields as sheets see them: one description that the CSV and workbook
/// columns, import matching and import messages all read.
public enum RiskFields {
    /// Words councils put before "likelihood", "impact" or "score" for each of the three scores.
    static let stages: [(name: String, label: String, words: [String])] = [
        ("inherent", "Inherent", ["inherent", "gross", "raw", "original", "initial", "uncontrolled", "before controls"]),
        ("residual", "Residual", ["residual", "current", "net", "controlled", "revised", "after controls"]),
        ("target", "Target", ["target", "tolerable", "future", "desired", "acceptable"]),
    ]

    /// Every field, in the order SaferPlan writes them.
    public static func all(matrix: RiskMatrix = .standard) -> [FieldDescription] {
        var out: [FieldDescription] = [
            FieldDescription("id", "Id", synonyms: ["risk id", "internal id"],
                             help: "SaferPlan's own id, unique across copies of the workspace; leave empty for a new risk"),
            FieldDescription("ref", "Ref", synonyms: ["reference", "ref no", "risk ref", "risk no", "risk number", "risk reference", "no", "number"],
                             help: "The reference people say aloud, e.g. R07; leave empty for a new risk and the next free one is given"),
            FieldDescription("title", "Risk", synonyms: ["description", "risk description", "risk title", "risk name", "title", "risk identified"],
                             required: true, help: "What could happen, in a line"),
            FieldDescription("category", "Category", synonyms: ["type", "risk type", "risk category", "area"]),
            FieldDescription("owner", "Owner", synonyms: ["risk owner", "lead", "lead officer", "responsible officer", "responsible", "owned by"]),
            FieldDescription("status", "Status", .choice(RiskStatus.allCases.map(\.rawValue)), synonyms: ["risk status", "open closed"]),
            FieldDescription("cause", "Cause", synonyms: ["causes", "trigger", "triggers"]),
            FieldDescription("event", "Event", synonyms: ["risk event"]),
            FieldDescription("consequence", "Consequence", synonyms: ["consequences", "effect", "effects", "impact description"]),
        ]
        for stage in stages {
            func names(_ part: String, _ extra: [String]) -> [String] {
                stage.words.flatMap { w in ([part] + extra).flatMap { p in ["\(w) \(p)", "\(p) \(w)", "\(w) risk \(p)"] } }
            }
            out.append(FieldDescription("\(stage.name)_likelihood", "\(stage.label) likelihood", .level(max: matrix.likelihoodSize),
                                        synonyms: names("likelihood", ["probability", "l", "lhood"]),
                                        help: "1 to \(matrix.likelihoodSize); give it with the impact"))
            out.append(FieldDescription("\(stage.name)_impact", "\(stage.label) impact", .level(max: matrix.impactSize),
                                        synonyms: names("impact", ["severity", "i", "consequence score"]),
                                        help: "1 to \(matrix.impactSize); give it with the likelihood"))
            out.append(FieldDescription("\(stage.name)_score", "\(stage.label) score", .derived,
                                        synonyms: names("score", ["rating", "risk score", "total", "l x i", "lxi"]),
                                        help: "Likelihood × impact: checked on import, not stored"))
            if stage.name == "residual" {
                out.append(FieldDescription("residual_band", "Residual band", .derived, synonyms: ["band", "rag", "risk rating", "rating band"]))
            }
        }
        out += [
            FieldDescription("direction", "Direction", .derived, synonyms: ["trend", "direction of travel"]),
            FieldDescription("outside_appetite", "Outside appetite", .derived, synonyms: ["appetite", "within appetite"]),
            FieldDescription("controls", "Controls", .lines, synonyms: ["existing controls", "current controls", "controls in place", "mitigation",
                                                                            "existing mitigation", "mitigating controls"],
                             help: "One control per line"),
            FieldDescription("mitigations", "Mitigations", .lines, synonyms: ["further actions", "planned actions", "actions", "further mitigation"],
                             help: "One action per line: description | action id | owner | due date"),
            FieldDescription("raised_on", "Raised", .date, synonyms: ["raised on", "date raised", "date identified", "date added", "identified"]),
            FieldDescription("last_review", "Last review", .date, synonyms: ["last reviewed", "date last reviewed", "reviewed", "date reviewed"]),
            FieldDescription("next_review", "Next review", .date, synonyms: ["review date", "next review date", "review by", "due for review"]),
            FieldDescription("overdue", "Overdue", .derived, synonyms: ["review overdue"]),
            FieldDescription("priorities", "Priorities", .references("priority"), synonyms: ["priority", "linked priorities", "plan priority"],
                             help: "Priorities by id or title, separated by semicolons"),
            FieldDescription("bodies", "Bodies", .references("body"), synonyms: ["body", "board", "group", "linked bodies", "forum", "owning group"],
                             help: "Boards or groups by id or name, separated by semicolons"),
        ]
        return out
    }
}
