/// Where the demos' meetings, agenda items, papers and approval steps come from: each note cites
/// the seed, the place in it and its words. Meetings no seed dates (Haringey's quarterly SCEBs
/// between March 2008 and the as-at date) have no note, so they are example data.
enum DemoMeetingSources {
    static func n(_ seed: Int, _ record: String, _ field: String?, _ place: String, _ quote: String) -> SourceNote {
        DemoSources.note(seed, record, field, place, quote)
    }

    /// Seed 000's timetable (Appendix 1), seed 001 (the SCEB of 28 March 2008) and seed 004 (1 March 2012).
    static let haringey: [SourceNote] = haringeyMeetings + haringeyPapers + haringeySteps + [
        n(1, "plan", "versionLabel", "Subject", "(Draft)"),
    ]

    static let timetable = "Appendix 1, timetable"

    static let haringeyMeetings: [SourceNote] = [
        n(0, "meeting:strategy-group-2007-11-19", nil, timetable,
          "Strategy Group meeting (findings from strategic assessment outline plan/responsibilities)"),
        n(0, "agendaItem:strategy-group-2007-11-19-1", nil, timetable,
          "findings from strategic assessment outline plan/responsibilities"),
        n(1, "meeting:csp-2008-03-28", nil, "Meeting, Date", "Meeting: Safer Communities Executive Board"),
        n(1, "meeting:csp-2008-03-28", nil, "Date", "Date: 28 March 2008"),
        n(0, "meeting:csp-2008-03-28", nil, timetable, "Despatch to SCEB for 28/03/08"),
        n(1, "agendaItem:csp-2008-03-28-1", "title", "Subject", "Safer for All – Three-Year Partnership Plan (Draft)"),
        n(4, "meeting:csp-2012-03-01", nil, "Date", "Date: 1st March 2012"),
        n(4, "agendaItem:csp-2012-03-01-1", "title", "title", "Community Safety Partnership - Governance Report"),
    ]

    static let haringeyPapers: [SourceNote] = [
        n(0, "boardPaper:paper-plan-requirements", "subject", "Subject", "3-year Strategic Partnership Plan"),
        n(0, "boardPaper:paper-plan-requirements", "author", "Author", "Claire Kowalska"),
        n(0, "boardPaper:paper-plan-requirements", "role", "Author", "Community Safety Strategic Manager"),
        n(0, "boardPaper:paper-plan-requirements", "purpose", "§1, Purpose",
          "to inform board members of the requirements and duties"),
        n(0, "boardPaper:paper-plan-requirements", "recommendations", "§4, steps to completion",
          "Endorsement of the timetable attached in Appendix 1"),
        n(0, "boardPaper:paper-plan-requirements", "implications", "§5, risks to delivery",
          "Delays to sign-off of the Safer Communities LAA targets"),
        n(1, "boardPaper:paper-plan-draft", "subject", "Subject", "Safer for All – Three-Year Partnership Plan (Draft)"),
        n(1, "boardPaper:paper-plan-draft", "author", "Author", "Claire Kowalska"),
        n(1, "boardPaper:paper-plan-draft", "purpose", "§1.1", "to agree the content, priorities and approach"),
        n(4, "boardPaper:paper-governance-2012", "subject", "title", "Community Safety Partnership - Governance Report"),
        n(4, "boardPaper:paper-governance-2012", "role", "Report of",
          "Community Safety and Engagement Manager, Single Frontline"),
        n(4, "boardPaper:paper-governance-2012", "purpose", "Purpose",
          "To agree on an amended structure to reflect the outcome of Haringey's review of partnership governance"),
        n(4, "boardPaper:paper-governance-2012", "note", "Attached", "membership of a reinstated performance management group"),
    ]

    static let haringeySteps: [SourceNote] = [
        n(1, "approvalStep:step-1", "words", "§1.1", "to agree the content, priorities and approach"),
        n(1, "approvalStep:step-1", "body", "§1.1", "Safer Communities Executive Board"),
        n(1, "approvalStep:step-2", nil, "§2.3", "endorsed by Cabinet on 22 April"),
        n(1, "approvalStep:step-2", "note", "§2.3", "A final draft of the partnership plan"),
        n(1, "approvalStep:step-3", "to", "§2.3", "Government Office"),
        n(1, "approvalStep:step-3", nil, "§2.3", "Government Office is now expecting a final version of this plan by 2nd June"),
        n(1, "approvalStep:step-3", "note", "§2.3", "to fit in with the sign off of the LAA in June"),
        n(1, "approvalStep:step-4", nil, "§2.3", "publication of a summary document for general distribution by July 2008"),
        n(1, "approvalStep:step-4", "dateWords", "§2.3", "by July 2008"),
    ]

    /// Seed 002, the report to Cabinet of 1 May 2008.
    static let herefordshire: [SourceNote] = [
        n(2, "meeting:cabinet-2008-05-01", nil, "heading", "CABINET 1 MAY 2008"),
        n(2, "agendaItem:cabinet-2008-05-01-1", "title", "title",
          "HEREFORDSHIRE COMMUNITY SAFETY AND DRUGS PARTNERSHIP - PARTNERSHIP PLAN"),
        n(2, "boardPaper:paper-cabinet-plan", "subject", "title",
          "HEREFORDSHIRE COMMUNITY SAFETY AND DRUGS PARTNERSHIP - PARTNERSHIP PLAN"),
        n(2, "boardPaper:paper-cabinet-plan", "purpose", "Purpose", "has approved the Partnership Plan (2008-2011)"),
        n(2, "boardPaper:paper-cabinet-plan", "recommendations", "Recommendation",
          "It be recommended to Council that the Herefordshire Community Safety and Drugs Partnership Plan be adopted"),
        n(2, "boardPaper:paper-cabinet-plan", "implications", "Legal Implications ¶10",
          "may consequently be the subject of a judicial review"),
        n(2, "boardPaper:paper-cabinet-plan", "note", "Key Decision", "included on the Forward Plan"),
        n(2, "approvalStep:step-1", nil, "Purpose", "has approved the Partnership Plan (2008-2011)"),
        n(2, "approvalStep:step-2", "to", "Recommendation", "It be recommended to Council"),
        n(2, "approvalStep:step-2", "note", "Key Decision", "included on the Forward Plan"),
    ]

    /// Seed 003, the plan's final draft v.2 of January 2008: the second step is its final draft;
    /// the first (a draft by the Community Safety Team in December 2007) no seed states.
    static let spelthorne: [SourceNote] = [
        n(3, "approvalStep:step-2", "words", "cover", "FINAL DRAFT"),
        n(3, "approvalStep:step-2", "note", "cover", "FINAL DRAFT v.2"),
    ]
}

extension Provenance {
    /// The provenance with more notes (the demos' meetings, papers and approval steps).
    func adding(_ more: [SourceNote]) -> Provenance {
        var p = self
        p.notes += more
        return p
    }
}

extension Workspace {
    /// The provenance keys of the meetings, their agenda items, the papers and the approval steps.
    var meetingRecordKeys: [String] {
        func keys(_ kind: String, _ ids: [String]) -> [String] { ids.map { Provenance.key(kind, $0) } }
        return keys("meeting", governance.meetings.map(\.id))
            + keys("agendaItem", governance.meetings.flatMap { $0.agenda.map(\.id) })
            + keys("boardPaper", governance.papers.map(\.id)) + keys("approvalStep", plan.approval.map(\.id))
    }
}
