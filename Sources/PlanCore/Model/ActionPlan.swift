/// Red, amber or green.
public enum RAG: String, Codable, Sendable, CaseIterable, Comparable {
    case red, amber, green

    public var label: String { rawValue.capitalizedFirst }
    /// Single-letter form for narrow columns.
    public var letter: String { String(rawValue.prefix(1)).uppercased() }

    /// Red sorts first.
    public static func < (a: RAG, b: RAG) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// Where an action stands.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case notStarted, inProgress, complete, deferred, cancelled

    public var label: String {
        switch self {
        case .notStarted: return "Not started"
        case .inProgress: return "In progress"
        case .complete: return "Complete"
        case .deferred: return "Deferred"
        case .cancelled: return "Cancelled"
        }
    }

    /// Still to be delivered.
    public var isOpen: Bool { self == .notStarted || self == .inProgress }
}

/// The SMART target of an action: a measure, where it starts, where it must get to, and by when.
public struct SmartTarget: Codable, Sendable, Equatable {
    public var measure: String
    public var baseline: String
    public var target: String
    public var deadline: Day?

    public init(measure: String = "", baseline: String = "", target: String = "", deadline: Day? = nil) {
        self.measure = measure
        self.baseline = baseline
        self.target = target
        self.deadline = deadline
    }
}

/// What an action needs: money from a funding line, and staff.
public struct ActionResources: Codable, Sendable, Equatable {
    public var amount: Money?
    /// The funding line, by id.
    public var fundingLine: String?
    public var staff: String

    public init(amount: Money? = nil, fundingLine: String? = nil, staff: String = "") {
        self.amount = amount
        self.fundingLine = fundingLine
        self.staff = staff
    }
}

/// A quarterly progress update on an action.
public struct ProgressUpdate: Codable, Sendable, Equatable {
    public var quarter: Quarter
    public var rag: RAG
    public var commentary: String
    /// The measured value this quarter, when the measure is numeric.
    public var value: Double?
    public var date: Day?

    public init(quarter: Quarter, rag: RAG, commentary: String = "", value: Double? = nil, date: Day? = nil) {
        self.quarter = quarter
        self.rag = rag
        self.commentary = commentary
        self.value = value
        self.date = date
    }
}

/// An action in a year's action plan.
public struct PlanAction: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var code: String
    public var title: String
    /// The named owner.
    public var owner: String
    /// Partner organisations involved (names or partner ids).
    public var partners: [String]
    public var due: Day?
    public var smart: SmartTarget
    public var resources: ActionResources
    public var status: ActionStatus
    /// The owner's current RAG rating.
    public var rag: RAG?
    public var updates: [ProgressUpdate]
    /// The action this one was carried forward from at an annual revision.
    public var carriedFrom: String?

    public init(id: String, code: String = "", title: String = "", owner: String = "", partners: [String] = [],
                due: Day? = nil, smart: SmartTarget = SmartTarget(), resources: ActionResources = ActionResources(),
                status: ActionStatus = .notStarted, rag: RAG? = nil, updates: [ProgressUpdate] = [],
                carriedFrom: String? = nil) {
        self.id = id
        self.code = code
        self.title = title
        self.owner = owner
        self.partners = partners
        self.due = due
        self.smart = smart
        self.resources = resources
        self.status = status
        self.rag = rag
        self.updates = updates
        self.carriedFrom = carriedFrom
    }

    /// The newest progress update.
    public var latestUpdate: ProgressUpdate? { updates.max { $0.quarter < $1.quarter } }
}

/// Where an action plan is in its year.
public enum ActionPlanStatus: String, Codable, Sendable, CaseIterable {
    case draft, agreed, closed
}

/// A priority's action plan for one financial year.
public struct ActionPlan: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The priority, by id.
    public var priority: String
    public var year: FinancialYear
    public var lead: String
    public var status: ActionPlanStatus
    public var actions: [PlanAction]

    public init(id: String, priority: String, year: FinancialYear, lead: String = "",
                status: ActionPlanStatus = .draft, actions: [PlanAction] = []) {
        self.id = id
        self.priority = priority
        self.year = year
        self.lead = lead
        self.status = status
        self.actions = actions
    }
}
