/// Red, amber or green.
public enum RAG: String, Codable, Sendable, CaseIterable, Comparable {
    /// Green is on track; red and amber count as off track for an open action; red sorts first.
    case red, amber, green

    /// The word as shown and as sheets write it: "Red", "Amber" or "Green".
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
    /// The first two are open (still to be delivered); the other three are not.
    case notStarted, inProgress, complete, deferred, cancelled

    /// The status as shown and as sheets write it, e.g. "Not started".
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
    /// What progress is measured by, in words ("number of first-time entrants"); empty when not yet set,
    /// which makes the action not SMART.
    public var measure: String
    /// Where the measure starts, as the plan words it (a figure or a sentence); may be empty.
    public var baseline: String
    /// Where the measure must get to, as the plan words it; empty makes the action not SMART.
    public var target: String
    /// The day the target is to be met; the action's `due` date stands in for it when nil.
    public var deadline: Day?

    /// A target with the given parts; every part defaults to empty (a target not yet set).
    public init(measure: String = "", baseline: String = "", target: String = "", deadline: Day? = nil) {
        self.measure = measure
        self.baseline = baseline
        self.target = target
        self.deadline = deadline
    }
}

/// What an action needs: money from a funding line, and staff.
public struct ActionResources: Codable, Sendable, Equatable {
    /// The money the action needs, in pounds held as pence; nil when no sum is given.
    public var amount: Money?
    /// The funding line, by id.
    public var fundingLine: String?
    /// Staff time or posts the action needs, in words; empty when none are named.
    public var staff: String

    /// Resources with the given parts; by default none.
    public init(amount: Money? = nil, fundingLine: String? = nil, staff: String = "") {
        self.amount = amount
        self.fundingLine = fundingLine
        self.staff = staff
    }
}

/// A quarterly progress update on an action.
public struct ProgressUpdate: Codable, Sendable, Equatable {
    /// The financial-year quarter the update reports on; one update a quarter is expected, and papers
    /// and imports use the first for a quarter.
    public var quarter: Quarter
    /// The owner's rating for the quarter.
    public var rag: RAG
    /// What was done and what is next, in the owner's words; may run to several paragraphs.
    public var commentary: String
    /// The measured value this quarter, when the measure is numeric.
    public var value: Double?
    /// The day the update was given, when known.
    public var date: Day?

    /// An update for `quarter` rated `rag`, with optional commentary, measured value and date.
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
    /// The stable id other records (mitigations, carried-forward actions) refer to it by; unique across
    /// every action plan in the workspace and never changed once made.
    public var id: String
    /// The number the plan prints for it, e.g. "1.3"; empty when the plan numbers none, and then
    /// papers show the id instead.
    public var code: String
    /// What is to be done, in a line.
    public var title: String
    /// The named owner.
    public var owner: String
    /// Partner organisations involved (names or partner ids).
    public var partners: [String]
    /// The day the action is to be finished; past it an open action is overdue.
    public var due: Day?
    /// Its measure, baseline, target and target deadline.
    public var smart: SmartTarget
    /// The money, funding line and staff it needs.
    public var resources: ActionResources
    /// Where the action stands; only not-started and in-progress actions are open, and only open
    /// actions are carried into the next year.
    public var status: ActionStatus
    /// The owner's current RAG rating.
    public var rag: RAG?
    /// Quarterly progress updates in the order they were added (`latestUpdate` picks by quarter).
    public var updates: [ProgressUpdate]
    /// The action this one was carried forward from at an annual revision.
    public var carriedFrom: String?

    /// An action with id `id`; the rest defaults to empty, not started and unrated.
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
    /// In the order a plan passes through them.
    case draft, agreed, closed
}

/// A priority's action plan for one financial year.
public struct ActionPlan: Codable, Sendable, Equatable, Identifiable {
    /// The plan's stable id, unique among action plans.
    public var id: String
    /// The priority, by id.
    public var priority: String
    /// The financial year (April to March) the plan is for.
    public var year: FinancialYear
    /// The officer leading the plan; empty when the priority's own lead leads it.
    public var lead: String
    /// Draft until agreed; closed, and otherwise kept unchanged, when the plan rolls into the next year.
    public var status: ActionPlanStatus
    /// The plan's actions, in the plan's order.
    public var actions: [PlanAction]

    /// A plan for `priority` in `year`, a draft with no actions unless told otherwise.
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
