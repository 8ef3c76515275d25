/// A likelihood × impact pair on the register's matrix.
public struct RiskScore: Codable, Sendable, Hashable {
    /// The likelihood level, from 1 (the matrix's lowest, "Rare" on the standard one) up to the
    /// matrix's likelihood size; the validator flags a score off the matrix.
    public var likelihood: Int
    /// The impact level, from 1 (the matrix's lowest, "Negligible" on the standard one) up to the
    /// matrix's impact size.
    public var impact: Int

    /// The pair of levels as given; nothing is checked against a matrix here.
    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    /// Likelihood × impact.
    public var value: Int { likelihood * impact }
}

/// Open or closed.
public enum RiskStatus: String, Codable, Sendable, CaseIterable {
    /// An open risk is managed and reviewed; a closed one keeps its history.
    case open, closed
    /// "Open" or "Closed".
    public var label: String { rawValue.capitalizedFirst }
}

/// An action that mitigates a risk, optionally linked to an action in the action plans.
public struct Mitigation: Codable, Sendable, Equatable {
    /// What will be done, in words.
    public var description: String
    /// The linked plan action, by id.
    public var action: String?
    /// The person who will do it; empty when not named.
    public var owner: String
    /// The day it is to be done by, when set.
    public var due: Day?

    /// A mitigation with the given parts; by default empty and unlinked.
    public init(description: String = "", action: String? = nil, owner: String = "", due: Day? = nil) {
        self.description = description
        self.action = action
        self.owner = owner
        self.due = due
    }
}

/// One review of a risk: the scores it was given and why.
public struct RiskReview: Codable, Sendable, Equatable {
    /// The day of the review; a risk's reviews are kept in date order.
    public var date: Day
    /// The residual score the review gave; it becomes the risk's residual score when it is the latest.
    public var residual: RiskScore
    /// The target score, when the review changed it.
    public var target: RiskScore?
    /// The inherent score, given by the first review of a risk raised without scores.
    public var inherent: RiskScore?
    /// Why the score is what it is, in the reviewer's words.
    public var note: String
    /// Who reviewed it; empty when not recorded.
    public var reviewer: String

    /// A review on `date` scoring the residual risk at `residual`, with the optional parts given.
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
    /// The day the risk was closed or reopened.
    public var date: Day
    /// The status the risk changed to.
    public var status: RiskStatus
    /// Why, in the officer's words; never empty when made by closing or reopening a risk.
    public var reason: String

    /// A change to `status` on `date` for `reason`.
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
    /// What could happen, in a line.
    public var title: String
    /// What could bring the risk about (the "cause" of a cause–event–consequence description).
    public var cause: String
    /// What could happen if the cause comes about.
    public var event: String
    /// What the event would do to the partnership and its priorities.
    public var consequence: String
    /// A free-text category, e.g. "Financial"; matched without regard to case against the register's
    /// appetite, and offered from the register's categories when edited.
    public var category: String
    /// The person accountable for the risk; an open risk without one is flagged.
    public var owner: String
    /// Before any controls; nil while the risk is not yet scored.
    public var inherent: RiskScore?
    /// With the existing controls, as last reviewed; nil while the risk is not yet scored.
    public var residual: RiskScore?
    /// Where the mitigating actions should bring it; nil while the risk is not yet scored.
    public var target: RiskScore?
    /// The controls already in place, one per entry; they are what the residual score allows for.
    public var controls: [String]
    /// Further actions planned to bring the risk to its target score.
    public var mitigations: [Mitigation]
    /// Open or closed; a closed risk keeps its history but is no longer flagged as overdue for review,
    /// unscored or above appetite.
    public var status: RiskStatus
    /// The day the risk was raised; a risk not yet scored is flagged once the register's scoring
    /// allowance has run from it (at once when the day is not known).
    public var raisedOn: Day?
    /// The day of the latest review, set when a review is recorded.
    public var lastReview: Day?
    /// The day the next review is due, set from the band's review interval when a review is recorded;
    /// when nil it is reckoned from the last review (or the day raised).
    public var nextReview: Day?
    /// Every review; recording one keeps the list in date order, oldest first.
    public var reviews: [RiskReview]
    /// Every closing and reopening, in the order they were recorded.
    public var statusHistory: [RiskStatusChange]
    /// Linked priorities, by id.
    public var priorities: [String]
    /// Linked bodies, by id.
    public var bodies: [String]

    /// An open risk with id `id`, not yet scored; the rest defaults to empty.
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
