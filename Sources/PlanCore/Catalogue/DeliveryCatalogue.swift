// The action plans' records, field by field: the one description that reading and writing
// actions.json, the action sheet's columns and import matching, and the action plan, action and
// progress update forms all read. Adding a field to an action means adding it here.

extension SmartTarget: Catalogued {
    /// What an action is measured by; its sheet columns are the action's (`measure`, `deadline`).
    public static let catalogue = RecordCatalogue<SmartTarget>([
        CatalogueField("measure", json: "measure", "Measure", .text(\.measure, .line)),
        CatalogueField("baseline", json: "baseline", "Baseline", .text(\.baseline, .line)),
        CatalogueField("target", json: "target", "Target", .text(\.target, .line)),
        CatalogueField("deadline", json: "deadline", "Target deadline", .day(\.deadline)),
    ], blank: { SmartTarget() })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension ActionResources: Catalogued {
    /// What an action needs; its sheet columns are the action's (`amount`, `funding_line`, `staff`).
    public static let catalogue = RecordCatalogue<ActionResources>([
        CatalogueField("amount", json: "amount", "Amount (£)", .money(\.amount)),
        CatalogueField("funding_line", json: "fundingLine", "Funding line", .reference(\.fundingLine, to: "funding line")),
        CatalogueField("staff", json: "staff", "Staff", .text(\.staff, .line)),
    ], blank: { ActionResources() })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension ProgressUpdate: Catalogued {
    /// A quarter's update: its quarter and RAG are required.
    public static let catalogue = RecordCatalogue<ProgressUpdate>([
        CatalogueField("quarter", json: "quarter", "Quarter", .quarter(\.quarter), required: true, requiredInFile: true),
        CatalogueField("rag", json: "rag", "RAG", .choice(.of(\.rag, label: \.label, sheetsUseLabels: true)), required: true,
                       requiredInFile: true),
        CatalogueField("commentary", json: "commentary", "Commentary", .text(\.commentary, .paragraph)),
        CatalogueField("value", json: "value", "Value", .number(\.value)),
        CatalogueField("date", json: "date", "Date", .day(\.date)),
    ], blank: { ProgressUpdate(quarter: Quarter(containing: Day(dayNumber: 0)), rag: .red) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension PlanAction: Catalogued {
    /// Every field of an action, in the order the action sheet lists them after its plan's columns.
    /// The SMART target and resources are stored as records of their own and shown in sheets and on
    /// the form as the action's columns; the update columns (one quarterly update a row) are read
    /// and written by `ActionSchema` (custom).
    public static let catalogue = RecordCatalogue<PlanAction>([
        CatalogueField("id", json: "id", "Ref", .text(\.id, .line),
                       synonyms: ["action ref", "action id", "action no", "action number", "reference", "no", "number"],
                       requiredInFile: true, form: .hidden),
        CatalogueField("code", json: "code", "Code", .text(\.code, .line), synonyms: ["action code"]),
        CatalogueField("title", json: "title", "Action", .text(\.title, .line),
                       synonyms: ["title", "action description", "description", "activity", "what", "task", "actions"],
                       required: true, form: .labelled("Title")),
        CatalogueField("owner", json: "owner", "Lead", .text(\.owner, .person),
                       synonyms: ["owner", "action owner", "lead officer", "responsible officer", "responsible", "who", "named lead"],
                       form: .labelled("Owner")),
        CatalogueField("partners", json: "partners", "Partners", .lines(\.partners),
                       synonyms: ["partner", "partners involved", "delivery partners", "lead agency", "agencies"]),
        CatalogueField("due", json: "due", "Due", .day(\.due),
                       synonyms: ["due date", "deadline date", "by when", "target date", "completion date", "timescale", "end date"]),
        CatalogueField("smart", json: "smart", "SMART target", .records(.one(\.smart)), inSheets: false, form: .hidden),
        CatalogueField("measure", json: nil, "Measure", .text(\.smart.measure, .line),
                       synonyms: ["success measure", "performance measure", "measure of success", "how measured", "kpi"],
                       form: .labelled("SMART measure")),
        CatalogueField("baseline", json: nil, "Baseline", .text(\.smart.baseline, .line), synonyms: ["starting point", "current position"]),
        CatalogueField("target", json: nil, "Target", .text(\.smart.target, .line), synonyms: ["smart target", "target outcome", "milestone"]),
        CatalogueField("deadline", json: nil, "Target deadline", .day(\.smart.deadline), synonyms: ["smart deadline", "target by"],
                       form: .labelled("Deadline")),
        CatalogueField("resources", json: "resources", "Resources", .records(.one(\.resources)), inSheets: false, form: .hidden),
        CatalogueField("amount", json: nil, "Amount (£)", .money(\.resources.amount),
                       synonyms: ["amount", "budget", "cost", "funding", "resources £", "budget £", "cost £"], form: .labelled("Amount")),
        CatalogueField("funding_line", json: nil, "Funding line", .reference(\.resources.fundingLine, to: "funding line"),
                       synonyms: ["funding source", "funding stream", "funded by", "source of funding"]),
        CatalogueField("staff", json: nil, "Staff", .text(\.resources.staff, .line), synonyms: ["staffing", "resources", "staff time"]),
        CatalogueField("status", json: "status", "Status", .choice(.of(\.status, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["progress status", "action status"]),
        CatalogueField("rag", json: "rag", "RAG", .choice(.optional(\.rag, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["rag status", "rating", "rag rating", "overall rag"]),
        CatalogueField("updates", json: "updates", "Progress updates", .records(.list(\.updates)), inSheets: false, form: .hidden),
        CatalogueField("latest_quarter", json: nil, "Quarter", .custom, synonyms: ["latest quarter", "update quarter", "period"],
                       help: "The quarter the RAG and commentary are for, e.g. 2026-27 Q2 (default: the current one)", form: .hidden),
        CatalogueField("latest_rag", json: nil, "Quarter RAG", .custom, synonyms: ["latest rag", "update rag"], form: .hidden,
                       sheetKind: .choice(RAG.allCases.map(\.label))),
        CatalogueField("latest_commentary", json: nil, "Commentary", .custom,
                       synonyms: ["latest commentary", "progress", "update", "comments", "progress update", "progress commentary",
                                  "narrative"], form: .hidden),
        CatalogueField("overdue", json: nil, "Overdue", .derived, form: .hidden),
        CatalogueField("smart_gaps", json: nil, "SMART gaps", .derived, synonyms: ["not smart"], form: .hidden),
        CatalogueField("carried_from", json: "carriedFrom", "Carried from", .optionalText(\.carriedFrom), form: .hidden,
                       sheetKind: .derived),
    ], blank: { PlanAction(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension ActionPlan: Catalogued {
    /// A priority's plan for a year: the priority and year are required. The action sheet starts
    /// with the plan's columns in `sheetOrder`.
    public static let catalogue = RecordCatalogue<ActionPlan>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, inSheets: false, form: .hidden),
        CatalogueField("priority_code", json: nil, "Priority code", .derived, synonyms: ["priority ref", "priority no"], form: .hidden),
        CatalogueField("priority", json: "priority", "Priority", .text(\.priority, .line),
                       synonyms: ["priority area", "theme", "objective", "outcome", "strand"], required: true, requiredInFile: true,
                       help: "The priority by id, code or title", sheetKind: .references("priority")),
        CatalogueField("year", json: "year", "Year", .year(\.year), synonyms: ["financial year", "plan year"], requiredInFile: true,
                       help: "The plan year, e.g. 2026-27 (default: the current one)"),
        CatalogueField("lead", json: "lead", "Lead", .text(\.lead, .line), inSheets: false),
        CatalogueField("status", json: "status", "Status", .choice(.of(\.status, label: \.rawValue.capitalizedFirst)), inSheets: false),
        CatalogueField("actions", json: "actions", "Actions", .records(.list(\.actions)), inSheets: false, form: .hidden),
    ], blank: { ActionPlan(id: "", priority: "", year: FinancialYear(0)) })

    /// The plan's columns at the head of the action sheet, in the order it lists them.
    public static let sheetOrder = ["year", "priority_code", "priority"]

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
