/// A paper put to a body, as its own record: who wrote it, for which meeting, what it is for,
/// what it recommends and what it says of its implications (seeds 000–002 are such papers).
public struct BoardPaper: Codable, Sendable, Equatable, Identifiable {
    /// The record's id, unique in the workspace.
    public var id: String
    /// The paper's title, as its cover gives it.
    public var subject: String
    /// Who wrote it, as the cover names them.
    public var author: String
    /// The author's role, e.g. "Community Safety Strategic Manager".
    public var role: String
    /// The body it goes to, by id.
    public var body: String?
    /// The meeting it goes to, by id, when that meeting is recorded.
    public var meeting: String?
    /// The paper's date, when it gives one.
    public var date: Day?
    /// The purpose of the report, a paragraph an item.
    public var purpose: [String]
    /// The recommendations, one an item.
    public var recommendations: [String]
    /// What it says of financial, legal, equality and risk implications, one line each.
    public var implications: [String]
    /// Anything else worth keeping about the paper.
    public var note: String

    /// A paper; every field but the id may be filled in later.
    public init(id: String, subject: String = "", author: String = "", role: String = "", body: String? = nil,
                meeting: String? = nil, date: Day? = nil, purpose: [String] = [], recommendations: [String] = [],
                implications: [String] = [], note: String = "") {
        self.id = id
        self.subject = subject
        self.author = author
        self.role = role
        self.body = body
        self.meeting = meeting
        self.date = date
        self.purpose = purpose
        self.recommendations = recommendations
        self.implications = implications
        self.note = note
    }
}
