/// The three kinds of priority a plan sets.
public enum PriorityKind: String, Codable, Sendable, CaseIterable {
    case priorityArea, areaForAction, crossCuttingTheme

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
    case active, retired
}

/// A priority area, area for action or cross-cutting theme.
public struct Priority: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// A short reference, e.g. "P1" or "A4".
    public var code: String
    public var title: String
    public var kind: PriorityKind
    public var description: String
    /// The named lead officer.
    public var lead: String
    /// The body that owns it, by id.
    public var owningBody: String?
    /// Further bodies it runs across, by id: a theme each of them considers in its own work.
    public var bodies: [String]
    /// Linked indicators, by id.
    public var indicators: [String]
    public var status: PriorityStatus
    /// The year it entered the plan.
    public var since: FinancialYear?
    /// The year it was retired, when it was.
    public var retiredIn: FinancialYear?

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
