/// A paper put to a body, as its own record: who wrote it, for which meeting, what it is for,
/// what it recommends and what it says of its implications (seeds 000–002 are such papers).
public struct BoardPaper: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var subject: String
    public var author: String
    /// The author's role, e.g. "Community Safety Strategic Manager".
    public var role: String
    /// The body it goes to, by id.
    public var body: String?
    /// The meeting it goes to, by id, when that meeting is recorded.
    public var meeting: String?
    public var date: Day?
    public var purpose: [String]
    public var recommendations: [String]
    /// What it says of financial, legal, equality and risk implications, one line each.
    public var implications: [String]
    public var note: String

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
