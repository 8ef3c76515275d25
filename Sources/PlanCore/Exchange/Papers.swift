/// Options for board papers.
public struct PaperOptions: Sendable {
    /// The date of the last meeting, for "what changed since".
    public var since: Day?
    /// The quarter a performance report is for.
    public var quarter: Quarter?
    /// For the plan: the short public summary.
    public var summary: Bool
    public var today: Day

    public init(since: Day? = nil, quarter: Quarter? = nil, summary: Bool = false, today: Day) {
        self.since = since
        self.quarter = quarter
        self.summary = summary
        self.today = today
    }
}

/// Board papers in Markdown and HTML.
public enum Papers {
    /// The paper for `subject` in `format` (md or html).
    public static func render(_ subject: ExportSubject, format: ExportFormat, of ws: Workspace,
                              options: PaperOptions) throws -> String {
        throw ExportError("a \(format.rawValue) paper for \(subject.rawValue) is not available yet; use json or csv")
    }
}
