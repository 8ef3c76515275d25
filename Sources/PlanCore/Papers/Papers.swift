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
    /// The paper for `subject` as structure.
    public static func paper(_ subject: ExportSubject, of ws: Workspace, options: PaperOptions) throws -> Paper {
        switch subject {
        case .risks:
            return RiskPaper.brief(ws, since: options.since ?? ChairBrief.defaultSince(today: options.today), today: options.today)
        case .governance:
            return GovernancePaper.paper(ws, today: options.today)
        case .plan:
            return options.summary ? PlanPaper.summary(ws, today: options.today) : PlanPaper.document(ws, today: options.today)
        case .actions:
            return PerformancePaper.actions(ws, quarter: options.quarter ?? PerformancePaper.defaultQuarter(ws, today: options.today),
                                            today: options.today)
        case .indicators:
            return PerformancePaper.indicators(ws, quarter: options.quarter ?? PerformancePaper.defaultQuarter(ws, today: options.today),
                                               today: options.today)
        case .budget:
            return PlanPaper.budget(ws, today: options.today)
        }
    }

    /// The paper for `subject` in `format` (md or html).
    public static func render(_ subject: ExportSubject, format: ExportFormat, of ws: Workspace,
                              options: PaperOptions) throws -> String {
        let p = try paper(subject, of: ws, options: options)
        switch format {
        case .md: return MarkdownPaper.render(p)
        case .html: return HTMLPaper.render(p)
        default: throw ExportError("\(format.rawValue) is not a paper format; use md or html")
        }
    }
}
