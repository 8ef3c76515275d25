import PlanCore

/// The kinds of record the app can show, add, edit and delete through forms.
public enum RecordKind: String, CaseIterable, Sendable {
    case plan, partnership, strategicLink, approvalStep, revision, nationalPriority, checklistNote
    case partner, engagement, glossaryTerm, milestone
    case body, member, bodyLink, decisionRule, meeting, agendaItem, boardPaper
    case priority, actionPlan, action, progressUpdate
    case indicator, yearTarget, quarterActual
    case fundingLine, carryForward, allocation
    case risk, mitigation, riskReview, appetite, band, likelihoodLevel, impactLevel
}

/// A record in the workspace: its kind, its id, and for nested records the id of its parent
/// (a member's body, an update's action). Nested records without ids of their own use their
/// position in the parent's list.
public struct RecordRef: Hashable, Sendable, CustomStringConvertible {
    /// What kind of record.
    public var kind: RecordKind
    /// Its id, or its position in its parent's list.
    public var id: String
    /// The id of the record it is kept in, for nested records.
    public var parent: String?

    /// A reference to the record of `kind` with `id`, inside `parent` when nested.
    public init(_ kind: RecordKind, _ id: String, parent: String? = nil) {
        self.kind = kind
        self.id = id
        self.parent = parent
    }

    /// `kind:parent/id`, or `kind:id`.
    public var description: String { parent.map { "\(kind.rawValue):\($0)/\(id)" } ?? "\(kind.rawValue):\(id)" }

    /// The position for records identified by their place in a list.
    var index: Int? { Int(id) }
}

/// Where a new record goes: its kind and, for nested records, its parent.
public struct AddTarget: Hashable, Sendable {
    /// What kind of record is added.
    public var kind: RecordKind
    /// The record it goes into, for nested records.
    public var parent: String?

    /// A new record of `kind`, inside `parent` when nested.
    public init(_ kind: RecordKind, parent: String? = nil) {
        self.kind = kind
        self.parent = parent
    }
}
