/// A likelihood × impact pair on the register's matrix.
public struct RiskScore: Codable, Sendable, Hashable {
    public var likelihood: Int
    public var impact: Int

    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    /// Likelihood × impact.
    public var value: Int { likelihood * impact }
}

/// Open or closed.
public enum RiskStatus: String, Codable, Sendable, CaseIterable {
    case open, closed
    public var label: String { rawValue.capitalizedFirst }
}

/// An action that mitigates a risk, optionally linked to an action in the action plans.
public struct Mitigation: Codable, Sendable, Equatable {
    public var description: String
    /// The linked plan action, by id.
    public var action: String?
    public var owner: String
    public var due: Day?

    public init(description: String = "", action: String? = nil, owner: String = "", due: Day? = nil) {
        self.description = description
        self.action = action
        self.owner = owner
        self.due = due
    }
}

/// One review of a risk: the scores it was given and why.
public struct RiskReview: Codable, Sendable, Equatable {
    public var date: Day
    public var residual: RiskScore
    /// The target score, when the review changed it.
    public var target: RiskScore?
    /// The inherent score, given by the first review of a risk raised without scores.
    public var inherent: RiskScore?
    public var note: String
    public var reviewer: String

    public init(date: Day, residual: RiskScore, target: RiskScore? = nil, inherent: RiskScore? = nil, note: String = "",
                reviewer: String = "") {
        self.date = date
        self.residual = residual
        self.target = target
        self.inherent = inherent
        self.note = note
        self.reviewer = reviewer
    }
}

/// A change of a risk's status: closing or reopening it, with the reason.
public struct RiskStatusChange: Codable, Sendable, Equatable {
    public var date: Day
    public var status: RiskStatus
    public var reason: String

    public init(date: Day, status: RiskStatus, reason: String) {
        self.date = date
        self.status = status
        self.reason = reason
    }
}

/// A risk in the register.
public struct Risk: Codable, Sendable, Equatable, Identifiable {
    /// The stable internal id that links point at. Risks from before shared working have their
    /// reference as id ("R01"); new ones get an id unique without coordination (`IDs.unique`).
    public var id: String
    /// The reference people say aloud, e.g. "R07", when it differs from the id.
    public var ref: String?
    public var title: String
    public var cause: String
    public var event: String
    public var consequence: String
    public var category: String
    public var owner: String
    /// Before any controls; nil while the risk is not yet scored.
    public var inherent: RiskScore?
    /// With the existing controls, as last reviewed; nil while the risk is not yet scored.
    public var residual: RiskScore?
    /// Where the mitigating actions should bring it; nil while the risk is not yet scored.
    public var target: RiskScore?
    public var controls: [String]
    public var mitigations: [Mitigation]
    public var status: RiskStatus
    public var raisedOn: Day?
    public var lastReview: Day?
    public var nextReview: Day?
    public var reviews: [RiskReview]
    public var statusHistory: [RiskStatusChange]
    /// Linked priorities, by id.
    public var priorities: [String]
    /// Linked bodies, by id.
    public var bodies: [String]

    public init(id: String, title: String = "", cause: String = "", event: String = "", consequence: String = "",
                category: String = "", owner: String = "",
                inherent: RiskScore? = nil, residual: RiskScore? = nil, target: RiskScore? = nil,
                controls: [String] = [], mitigations: [Mitigation] = [], status: RiskStatus = .open,
                raisedOn: Day? = nil, lastReview: Day? = nil, nextReview: Day? = nil, reviews: [RiskReview] = [],
                statusHistory: [RiskStatusChange] = [], priorities: [String] = [], bodies: [String] = []) {
        self.id = id
        self.title = title
        self.cause = cause
        self.event = event
        self.consequence = consequence
        self.category = category
        self.owner = owner
        self.inherent = inherent
        self.residual = residual
        self.target = target
        self.controls = controls
        self.mitigations = mitigations
        self.status = status
        self.raisedOn = raisedOn
        self.lastReview = lastReview
        self.nextReview = nextReview
        self.reviews = reviews
        self.statusHistory = statusHistory
        self.priorities = priorities
        self.bodies = bodies
    }

    /// The reference people say aloud: `ref`, else the id.
    public var reference: String { ref ?? id }
}
