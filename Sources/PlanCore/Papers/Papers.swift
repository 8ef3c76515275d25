/// Options for board papers.
public struct PaperOptions: Sendable {
    /// The date of the last meeting, for "what changed since".
    public var since: Day?
    /// The quarter a performance report is for.
    public var quarter: Quarter?
    /// For the plan: the short public summary.
    public var summary: Bool
    /// The date the paper is written on.
    public var today: Day
    /// Cover fields from the papers config with the author's options laid over them.
    public var cover: PaperCoverFields

    /// Options for a paper dated `today`; the others default to none.
    public init(since: Day? = nil, quarter: Quarter? = nil, summary: Bool = false, today: Day,
                cover: PaperCoverFields = PaperCoverFields()) {
        self.since = since
        self.quarter = quarter
        self.summary = summary
        self.today = today
        self.cover = cover
    }
}

/// Board papers in Markdown, HTML and Word, in the committee-report shape.
public enum Papers {
    /// The paper for `subject` as structure, with its cover and framing.
    public static func paper(_ subject: ExportSubject, of ws: Workspace, options: PaperOptions) throws -> Paper {
        var p: Paper
        switch subject {
        case .risks:
            let since = options.since ?? ws.briefSince(today: options.today)
            p = RiskPaper.brief(ws, since: since, today: options.today)
            p.framing = PaperFramings.risks(ws, since: since, today: options.today)
        case .governance:
            p = GovernancePaper.paper(ws, today: options.today)
            p.framing = PaperFramings.governance(ws)
        case .plan:
            if options.summary {
                p = PlanPaper.summary(ws, today: options.today)
                p.framing = PaperFramings.summary(ws)
            } else {
                p = PlanPaper.document(ws, today: options.today)
                p.framing = PaperFramings.plan(ws, title: p.title)
                p.appendices.append(ChecklistPaper.appendix(ws, today: options.today))
            }
        case .actions:
            let q = options.quarter ?? PerformancePaper.defaultQuarter(ws, today: options.today)
            p = PerformancePaper.actions(ws, quarter: q, today: options.today)
            p.framing = PaperFramings.actions(ws, quarter: q)
        case .indicators:
            let q = options.quarter ?? PerformancePaper.defaultQuarter(ws, today: options.today)
            p = PerformancePaper.indicators(ws, quarter: q, today: options.today)
            p.framing = PaperFramings.indicators(ws, quarter: q)
        case .budget:
            p = PlanPaper.budget(ws, today: options.today)
            p.framing = PaperFramings.budget(ws)
        case .partners, .engagement, .timetable, .glossary:
            throw ExportError("there is no board paper of the \(subject.rawValue); export it as csv, xlsx or json")
        }
        p.partnership = ws.partnership.name
        let area = ws.partnership.area.trimmingSpaces()
        p.cover = PaperCoverFields(wards: area.isEmpty ? nil : area).overlaid(by: options.cover)
        if p.cover.meeting == nil, let next = ws.nextBoardMeeting(onOrAfter: options.today),
           let from = ws.cover(fromMeeting: next.id) {
            p.cover.meeting = from.meeting
            p.cover.date = p.cover.date ?? from.date
        }
        return ExampleMarks.apply(p, ws)
    }

    /// The paper for `subject` in `format` (md or html) as text.
    public static func render(_ subject: ExportSubject, format: ExportFormat, of ws: Workspace,
                              options: PaperOptions) throws -> String {
        let p = try paper(subject, of: ws, options: options)
        switch format {
        case .md: return MarkdownPaper.render(p)
        case .html: return HTMLPaper.render(p)
        default: throw ExportError("\(format.rawValue) is not a text paper format; use md or html")
        }
    }

    /// The paper for `subject` in `format` (md, html or docx) as the bytes of its file.
    public static func file(_ subject: ExportSubject, format: ExportFormat, of ws: Workspace,
                            options: PaperOptions) throws -> [UInt8] {
        switch format {
        case .docx: return try DocxPaper.render(try paper(subject, of: ws, options: options))
        case .md, .html: return Array(try render(subject, format: format, of: ws, options: options).utf8)
        default: throw ExportError("\(format.rawValue) is not a paper format; use md, html, docx or pdf")
        }
    }
}
