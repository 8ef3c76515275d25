/// What a body did, or is to do, with the plan at one step of its approval.
public enum ApprovalAction: String, Codable, Sendable, CaseIterable {
    case approved, endorsed
    /// Recommended it to another body (`ApprovalStep.to`) for adoption.
    case recommended
    case adopted
    /// Submitted it to another body (`ApprovalStep.to`), e.g. Government Office.
    case submitted
    case published
    /// Anything else, in the words used (`ApprovalStep.words`).
    case other

    /// The action or state in the words screens and papers use.
    public var label: String {
        switch self {
        case .approved: return "Approved"
        case .endorsed: return "Endorsed"
        case .recommended: return "Recommended to a body for adoption"
        case .adopted: return "Adopted"
        case .submitted: return "Submitted to a body"
        case .published: return "Published"
        case .other: return "In other words"
        }
    }
}

/// Whether an approval step happened, was put to the body with no outcome recorded, or is a
/// timetable target.
public enum ApprovalState: String, Codable, Sendable, CaseIterable {
    case done, asked, planned

    /// The action or state in the words screens and papers use.
    public var label: String {
        switch self {
        case .done: return "Done"
        case .asked: return "Asked, outcome not recorded"
        case .planned: return "Planned (a timetable target)"
        }
    }
}

/// One step of the plan's approval: who, at which meeting or on which date, did what.
public struct ApprovalStep: Codable, Sendable, Equatable, Identifiable {
    /// The record's id, unique in the workspace.
    public var id: String
    /// What was done, or is to be done.
    public var action: ApprovalAction
    /// Whether the step was done, is asked of the body, or is planned.
    public var state: ApprovalState
    /// The body that acts, as the paper names it, e.g. "Cabinet" or "the HCSDP Strategy Group".
    public var body: String
    /// The body recommended or submitted to, e.g. "Council", "Government Office".
    public var to: String
    /// The meeting it was, or is to be, taken at, by id.
    public var meeting: String?
    /// The day it happened or is due, when known.
    public var date: Day?
    /// The date as the paper words it when it says more than a day, e.g. "by July 2008".
    public var dateWords: String
    /// For `other`: what was done, in the words used.
    public var words: String
    /// Anything else worth keeping about the step.
    public var note: String

    /// A step of the plan's approval; done unless said otherwise.
    public init(id: String, action: ApprovalAction, state: ApprovalState = .done, body: String = "", to: String = "",
                meeting: String? = nil, date: Day? = nil, dateWords: String = "", words: String = "", note: String = "") {
        self.id = id
        self.action = action
        self.state = state
        self.body = body
        self.to = to
        self.meeting = meeting
        self.date = date
        self.dateWords = dateWords
        self.words = words
        self.note = note
    }
}
