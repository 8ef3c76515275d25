/// Whether the body is asked to decide or only to note a paper.
public enum PaperStatus: String, Sendable, CaseIterable {
    /// For decision, or for information.
    case decision, information

    /// "For decision" or "For information".
    public var label: String { self == .decision ? "For decision" : "For information" }
}

/// The cover fields a committee report opens with (seeds 000–002): who it goes to, when, by whom,
/// for which area and for what. Each is nil until the author, the papers config or the workspace
/// supplies it; a missing field is printed as missing, never guessed.
public struct PaperCoverFields: Sendable, Equatable {
    /// The meeting: the body the paper goes to, e.g. "Safer Communities Executive Board".
    public var meeting: String?
    /// The date of the meeting.
    public var date: Day?
    /// The author's name.
    public var author: String?
    /// The author's role, e.g. "Community Safety Strategic Manager".
    public var role: String?
    /// The wards or area the paper affects; defaults to the partnership's area.
    public var wards: String?
    /// For decision or for information; each paper has a default.
    public var status: PaperStatus?
    /// What the author says about each implication, by kind ("none identified" is a statement).
    public var implications: [ImplicationKind: String]

    /// Cover fields as given; a field left nil is unset, so a default or a field laid over it applies.
    public init(meeting: String? = nil, date: Day? = nil, author: String? = nil, role: String? = nil,
                wards: String? = nil, status: PaperStatus? = nil, implications: [ImplicationKind: String] = [:]) {
        self.meeting = meeting
        self.date = date
        self.author = author
        self.role = role
        self.wards = wards
        self.status = status
        self.implications = implications
    }

    /// These fields with every field `other` holds laid over them.
    public func overlaid(by other: PaperCoverFields) -> PaperCoverFields {
        var f = self
        f.meeting = other.meeting ?? meeting
        f.date = other.date ?? date
        f.author = other.author ?? author
        f.role = other.role ?? role
        f.wards = other.wards ?? wards
        f.status = other.status ?? status
        f.implications.merge(other.implications) { _, new in new }
        return f
    }
}

/// The implications every committee report states.
public enum ImplicationKind: String, Sendable, CaseIterable, Comparable {
    /// Financial, legal, equality and risk implications.
    case financial, legal, equality, risk

    /// "Financial", "Legal", …
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// Orders kinds as declared, the order the cover lists them in.
    public static func < (a: ImplicationKind, b: ImplicationKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// What a paper says around its body in the committee-report shape: purpose, recommendations,
/// background and the implications the data holds.
public struct PaperFraming: Sendable, Equatable {
    /// The default status when the author names none.
    public var status: PaperStatus
    /// Sentences saying what the paper is for.
    public var purpose: [String]
    /// What the body is asked to resolve, each completing "That the BODY …", by the paper's status.
    public var recommendations: [PaperStatus: [String]]
    /// Paragraphs of background.
    public var background: [String]
    /// Implications the workspace's data supports, by kind.
    public var implications: [ImplicationKind: String]

    /// A framing from its parts; by default a paper for information with nothing to say around it.
    public init(status: PaperStatus = .information, purpose: [String] = [], recommendations: [PaperStatus: [String]] = [:],
                background: [String] = [], implications: [ImplicationKind: String] = [:]) {
        self.status = status
        self.purpose = purpose
        self.recommendations = recommendations
        self.background = background
        self.implications = implications
    }
}

/// An appendix: a titled part printed after the paper and listed under "Appendices".
public struct PaperAppendix: Sendable, Equatable {
    /// The appendix's title.
    public var title: String
    /// What the appendix holds, in order.
    public var blocks: [PaperBlock]
    /// An appendix titled `title` holding `blocks`.
    public init(title: String, blocks: [PaperBlock]) {
        self.title = title
        self.blocks = blocks
    }
}
