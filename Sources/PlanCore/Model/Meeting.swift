/// Whether a meeting is still to come, took place, or was called off.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case planned, held, cancelled

    public var label: String { rawValue.capitalizedFirst }
}

/// What a body decided on an agenda item, in the words commonly minuted.
public enum DecisionOutcome: String, Codable, Sendable, CaseIterable {
    case approved, endorsed
    /// Recommended to another body (`AgendaItem.to`).
    case recommended
    case noted, deferred
    /// In the words used (`AgendaItem.words`).
    case other

    public var label: String {
        switch self {
        case .recommended: return "Recommended to a body"
        case .other: return "In other words"
        default: return rawValue.capitalizedFirst
        }
    }
}

/// An item on a meeting's agenda: its title, the paper it takes, and the decision recorded.
public struct AgendaItem: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    /// The paper taken, by id (see ``BoardPaper``).
    public var paper: String?
    /// The decision, nil until one is recorded.
    public var outcome: DecisionOutcome?
    /// The body recommended to, for `recommended`.
    public var to: String
    /// The decision in the minutes' words (required for `other`, kept beside the others).
    public var words: String

    public init(id: String, title: String = "", paper: String? = nil, outcome: DecisionOutcome? = nil,
                to: String = "", words: String = "") {
        self.id = id
        self.title = title
        self.paper = paper
        self.outcome = outcome
        self.to = to
        self.words = words
    }
}

/// A dated meeting of a body.
public struct Meeting: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The body that meets, by id.
    public var body: String
    public var date: Day
    /// The time as written, e.g. "18:30" or "2pm".
    public var time: String
    public var place: String
    public var status: MeetingStatus
    public var agenda: [AgendaItem]
    public var note: String

    public init(id: String, body: String, date: Day, time: String = "", place: String = "",
                status: MeetingStatus = .planned, agenda: [AgendaItem] = [], note: String = "") {
        self.id = id
        self.body = body
        self.date = date
        self.time = time
        self.place = place
        self.status = status
        self.agenda = agenda
        self.note = note
    }
}
