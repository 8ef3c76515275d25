/// The three kinds of priority a plan sets.
public enum PriorityKind: String, Codable, Sendable, CaseIterable {
    /// Papers list priorities by kind in this order.
    case priorityArea, areaForAction, crossCuttingTheme

    /// The kind in words, e.g. "Cross-cutting theme".
    public var label: String {
        switch self {
        case .priorityArea: return "Priority area"
        case .areaForAction: return "Area for action"
        case .crossCuttingTheme: return "Cross-cutting theme"
        }
    }
}

/// Whether a priority is in the current plan or was retired at a revision.
public enum PriorityStatus: String, Codable, Sendable, CaseIterable {
    /// Active priorities are in the current plan; retired ones are kept for the record.
    case active, retired
}

/// A priority area, area for action or cross-cutting theme.
public struct Priority: Codable, Sendable, Equatable, Identifiable {
    /// The stable id other records refer to it by (action plans, allocations, risks); unique among
    /// priorities and never changed once made.
    public var id: String
    /// A short reference, e.g. "P1" or "A4".
    public var code: String
    /// The priority's name, e.g. "Reducing re-offending".
    public var title: String
    /// Whether it is a priority area, an area for action or a cross-cutting theme; papers group
    /// priorities by kind.
    public var kind: PriorityKind
    /// What the priority covers and why it was chosen, in the plan's words; may run to paragraphs.
    public var description: String
    /// The named lead officer.
    public var lead: String
    /// The body that owns it, by id.
    public var owningBody: String?
    /// Further bodies it runs across, by id: a theme each of them considers in its own work.
    public var bodies: [String]
    /// Linked indicators, by id.
    public var indicators: [String]
    /// Active while it is in the plan; retired ones are kept for the record but get no new action plans
    /// when the plan rolls into the next year.
    public var status: PriorityStatus
    /// The year it entered the plan.
    public var since: FinancialYear?
    /// The year it was retired, when it was.
    public var retiredIn: FinancialYear?

    /// An active priority area with id `id`; the rest defaults to empty.
    public init(id: String, code: String = "", title: String = "", kind: PriorityKind = .priorityArea,
                description: String = "", lead: String = "", owningBody: String? = nil,
                bodies: [String] = [], indicators: [String] = [], status: PriorityStatus = .active, since: FinancialYear? = nil,
                retiredIn: FinancialYear? = nil) {
        self.id = id
        self.code = code
        self.title = title
        self.kind = kind
        self.description = description
        self.lead = lead
        self.owningBody = owningBody
        self.bodies = bodies
        self.indicators = indicators
        self.status = status
        self.since = since
        self.retiredIn = retiredIn
    }
}
