import PlanCore

/// A choice offered by a field: the value stored and the label shown.
public struct Option: Sendable, Equatable {
    /// The value as stored in the record.
    public var value: String
    /// The value as the user sees it.
    public var label: String

    /// An option storing `value` and showing `label`.
    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// What a reference field points at; the picker lists these records.
public enum ReferenceTarget: String, Sendable, CaseIterable {
    /// The kinds of record a reference can point at.
    case body, partner, priority, indicator, fundingLine, action, meeting, paper

    /// Candidates as options: id and a readable label.
    public func options(in ws: Workspace) -> [Option] {
        switch self {
        case .body: return ws.governance.bodies.map { Option($0.id, Self.label($0)) }
        case .partner: return ws.partners.map { Option($0.id, $0.name) }
        case .priority: return ws.priorities.map { Option($0.id, Self.label($0)) }
        case .indicator: return ws.indicators.map { Option($0.id, [$0.code, $0.title].filter { !$0.isEmpty }.joined(separator: " ")) }
        case .fundingLine: return ws.budget.fundingLines.map { Option($0.id, Self.label($0)) }
        case .action: return ws.allActions.map { Option($0.action.id, Self.label($0.plan, $0.action)) }
        case .meeting: return ws.governance.meetings.map { Option($0.id, ws.describe($0)) }
        case .paper: return ws.governance.papers.map { Option($0.id, $0.subject) }
        }
    }

    /// The label of the record with this id, found without listing every option (a form draws its
    /// fields on every key); nil when there is none.
    public func label(of id: String, in ws: Workspace) -> String? {
        switch self {
        case .body: return ws.body(id).map(Self.label)
        case .partner: return ws.partner(id)?.name
        case .priority: return ws.priority(id).map(Self.label)
        case .indicator: return ws.indicator(id).map { [$0.code, $0.title].filter { !$0.isEmpty }.joined(separator: " ") }
        case .fundingLine: return ws.budget.fundingLines.first { $0.id == id }.map(Self.label)
        case .action: return ws.action(id).map { Self.label($0.plan, $0.action) }
        case .meeting: return ws.governance.meeting(id).map { ws.describe($0) }
        case .paper: return ws.governance.papers.first { $0.id == id }?.subject
        }
    }

    static func label(_ b: Body) -> String { b.acronym.isEmpty ? b.name : "\(b.acronym) – \(b.name)" }
    static func label(_ p: Priority) -> String { [p.code, p.title].filter { !$0.isEmpty }.joined(separator: " ") }
    static func label(_ f: FundingLine) -> String { "\(f.year) \(f.source) (\(Money.text(f.amount)))" }
    static func label(_ plan: ActionPlan, _ a: PlanAction) -> String { "\(plan.year) \(a.code) \(a.title)" }
}

/// What kind of value a field holds, which decides how it is edited, checked and shown.
public enum FieldKind: Sendable, Equatable {
    /// One line of text.
    case text
    /// Text over several lines.
    case longText
    /// One item per line.
    case list
    /// A date (YYYY-MM-DD or DD/MM/YYYY as typed); `optional` lets it be empty.
    case date(optional: Bool)
    /// A number; `optional` lets it be empty.
    case number(optional: Bool)
    /// A whole number from `min` to `max`.
    case integer(min: Int, max: Int)
    /// An amount in pounds; `optional` lets it be empty.
    case money(optional: Bool)
    /// One of the field's options.
    case choice
    /// Yes or no.
    case bool
    /// The id of one record of `target`; `optional` lets it be empty.
    case reference(ReferenceTarget, optional: Bool)
    /// Several references, one id per line.
    case references(ReferenceTarget)
    /// A meeting cadence in words ("monthly", "every 2 weeks", "as required").
    case cadence
    /// A financial year; `optional` lets it be empty.
    case year(optional: Bool)
    /// A quarter of a financial year.
    case quarter

    /// True for fields edited over several lines.
    public var isMultiline: Bool {
        switch self {
        case .longText, .list, .references: return true
        default: return false
        }
    }
}

/// A field as the form sees it.
public struct FieldSpec: Sendable {
    /// The field's key, naming it in the record and the form's values.
    public var key: String
    /// The field's name as the form shows it.
    public var label: String
    /// What kind of value it holds.
    public var kind: FieldKind
    /// True when the record cannot be saved with the field empty.
    public var required: Bool
    /// A hint shown at the foot of the form while the field has the focus.
    public var help: String
    /// For choice fields: the options, which may depend on the workspace.
    public var options: (@Sendable (Workspace) -> [Option])?
    /// What the value means, shown beside it and updated as it is typed, e.g. "Likely (1–5)  = 12 High".
    public var describe: (@Sendable (String, FieldContext) -> String?)?
    /// What an empty value stands for, shown dimmed in its place and never stored, e.g. a risk's
    /// Next review "(due 30 Nov 2009 by band)"; nil when an empty value stands for nothing.
    public var blankMeans: (@Sendable (FieldContext) -> String?)? = nil

    /// The options of a choice or reference field.
    public func choices(in ws: Workspace) -> [Option] {
        switch kind {
        case .choice: return options?(ws) ?? []
        case .bool: return [Option("yes", "Yes"), Option("no", "No")]
        case .reference(let target, _), .references(let target): return target.options(in: ws)
        default: return []
        }
    }

    /// How the stored text is shown: a choice's label, a reference's name.
    public func display(_ value: String, in ws: Workspace) -> String {
        switch kind {
        case .choice:
            return choices(in: ws).first { $0.value == value }?.label ?? value
        case .reference(let target, _):
            return target.label(of: value, in: ws) ?? value
        case .references(let target):
            return value.split(separator: "\n").map { id in target.label(of: String(id), in: ws) ?? String(id) }
                .joined(separator: "; ")
        default:
            return value
        }
    }
}

/// What a field's description may look at: the form's other values by field key, and the record's parent.
public struct FieldContext: Sendable {
    /// Every field's current text by its key.
    public var values: [String: String]
    /// The parent record's id, for a nested record.
    public var parent: String?
    /// The workspace the record belongs to.
    public var workspace: Workspace

    /// A context of the form's `values`, the record's `parent` and the `workspace`.
    public init(values: [String: String], parent: String?, workspace: Workspace) {
        self.values = values
        self.parent = parent
        self.workspace = workspace
    }
}

/// Why a value was refused, said to the user at the field.
public struct FieldError: Error, Sendable, Equatable {
    /// The reason, said to the user.
    public var message: String
    /// An error with the reason `message`.
    public init(_ message: String) { self.message = message }
}

/// A field of a record of type `R`: how to show its value as text and how to set it from text.
public struct Field<R>: Sendable {
    /// The field as the form sees it.
    public var spec: FieldSpec
    let get: @Sendable (R, Workspace) -> String
    let set: @Sendable (inout R, String, Workspace) throws(FieldError) -> Void
}

/// Things enumerations need to be offered as choices.
public protocol ChoiceValue: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    var label: String { get }
}

extension BodyKind: ChoiceValue {}
extension BodyStatus: ChoiceValue {}
extension PartnerKind: ChoiceValue {}
extension AuthorityType: ChoiceValue {}
extension StrategicLinkKind: ChoiceValue {}
extension ApprovalAction: ChoiceValue {}
extension ApprovalState: ChoiceValue {}
extension MeetingStatus: ChoiceValue {}
extension DecisionOutcome: ChoiceValue {}
extension PriorityKind: ChoiceValue {}
extension ActionStatus: ChoiceValue {}
extension RAG: ChoiceValue {}
extension Polarity: ChoiceValue {}
extension FundingSourceKind: ChoiceValue {}
extension FundingNature: ChoiceValue {}
extension Certainty: ChoiceValue {}
extension RiskStatus: ChoiceValue {}
extension ProposalStatus: ChoiceValue { public var label: String { rawValue.capitalizedFirst } }
extension PriorityStatus: ChoiceValue { public var label: String { rawValue.capitalizedFirst } }
extension ActionPlanStatus: ChoiceValue { public var label: String { rawValue.capitalizedFirst } }
