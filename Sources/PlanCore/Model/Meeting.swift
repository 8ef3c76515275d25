/// Whether a meeting is still to come, took place, or was called off.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case planned, held, cancelled

    /// The status as a word for screens and papers.
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

    /// The outcome in the words screens and papers use.
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
    /// The record's id, unique in the workspace.
    public var id: String
    /// What the item is about, as the agenda words it.
    public var title: String
    /// The paper taken, by id (see ``BoardPaper``).
    public var paper: String?
    /// The decision, nil until one is recorded.
    public var outcome: DecisionOutcome?
    /// The body recommended to, for `recommended`.
    public var to: String
    /// The decision in the minutes' words (required for `other`, kept beside the others).
    public var words: String

    /// An agenda item; every field but the id may be filled in later.
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
    /// The record's id, unique in the workspace.
    public var id: String
    /// The body that meets, by id.
    public var body: String
    /// The day of the meeting.
    public var date: Day
    /// The time as written, e.g. "18:30" or "2pm".
    public var time: String
    /// Where the meeting is held, or empty.
    public var place: String
    /// Planned, held or cancelled.
    public var status: MeetingStatus
    /// The items on the agenda, in order.
    public var agenda: [AgendaItem]
    /// Anything else worth keeping about the meeting.
    public var note: String

    /// A meeting of `body` on `date`, planned unless said otherwise.
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
