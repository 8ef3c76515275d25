/// The demos' meetings and papers, as the seeds state them.
extension HaringeyDemo {
    static let claire = "Claire Kowalska"
    static let claireRole = "Community Safety Strategic Manager"

    /// The meetings of the demo's bodies that the seeds date, with the source in the provenance
    /// (`DemoMeetingSources`): seed 000's timetable (Appendix 1), seed 001 (the report to the SCEB
    /// of 28 March 2008) and seed 004 (the governance report of 1 March 2012). The council's
    /// meetings the timetable names (CEMB, CAB, Cabinet) are not bodies of the partnership's
    /// structure, so they stay in the timetable. Between the SCEB of March 2008 and the as-at date
    /// no seed dates a board meeting: the quarterly SCEBs of `exampleBoardMeetings` are example
    /// data, marked as such.
    static let meetings: [Meeting] = [
        Meeting(id: "strategy-group-2007-11-19", body: "strategy-group", date: H.day(2007, 11, 19), status: .held, agenda: [
            AgendaItem(id: "strategy-group-2007-11-19-1",
                       title: "Findings from the strategic assessment; outline plan and responsibilities"),
        ], note: timetableNote),
        Meeting(id: "csp-2008-03-28", body: "csp", date: H.day(2008, 3, 28), status: .held, agenda: [
            AgendaItem(id: "csp-2008-03-28-1", title: "Safer for All – Three-Year Partnership Plan (Draft)",
                       paper: "paper-plan-draft"),
        ], note: "The decision taken is not recorded in the paper."),
    ] + exampleBoardMeetings + [
        Meeting(id: "csp-2012-03-01", body: "csp", date: H.day(2012, 3, 1), status: .held, agenda: [
            AgendaItem(id: "csp-2012-03-01-1", title: "Community Safety Partnership – Governance Report",
                       paper: "paper-governance-2012"),
        ], note: "The date of the governance report put to the CSP; the decision taken is not recorded. The report "
            + "also speaks of the previous CSP in October 2011, a day not given, so not recorded here."),
    ]

    /// The timetable in seed 000 set this meeting; the plan reached the SCEB on 28 March 2008 as
    /// timetabled (seed 001), so it is taken as held.
    static let timetableNote = "Set by the plan's timetable (seed 000, Appendix 1); the plan reached the SCEB on "
        + "28 March 2008 as timetabled, so this meeting is taken as held. Its decision is not recorded."

    /// The SCEB's quarterly meetings between March 2008 and the as-at date: no seed dates them, so
    /// they are example data (the board met four times a year: seed 004, 3.4, "the current 4").
    static let exampleBoardMeetings: [Meeting] = [
        (2008, 6, 26), (2008, 9, 25), (2008, 12, 11), (2009, 3, 26), (2009, 6, 25), (2009, 9, 24),
    ].map { y, m, d in
        Meeting(id: Governance.meetingID("csp", H.day(y, m, d)), body: "csp", date: H.day(y, m, d), status: .held)
    } + [Meeting(id: Governance.meetingID("csp", H.day(2009, 12, 10)), body: "csp", date: H.day(2009, 12, 10))]

    static let papers: [BoardPaper] = [
        // Seed 000: the report that set the requirements and the timetable (its date is not given).
        BoardPaper(id: "paper-plan-requirements", subject: "3-year Strategic Partnership Plan", author: claire,
                   role: claireRole, body: "csp",
                   purpose: ["To inform board members of the requirements and duties for the forthcoming 3-year "
                             + "partnership plan to cover 2008-2011 and to set out a timetable for completion of the "
                             + "process (Appendix 1)"],
                   recommendations: ["Endorsement of the timetable attached in Appendix 1",
                                     "Recognition by board members of their duties under section 3",
                                     "Establishment of a small strategy group (sub-group of the SCEB) and appointment of a Chair"],
                   implications: ["Risk: delays to sign-off of the Safer Communities LAA targets",
                                  "Risk: delays in the finalisation of the Drug Strategy",
                                  "Risk: reductions in resources for Safer Communities delivery",
                                  "Risk: loss of skilled staff and/or changes to key partner roles",
                                  "Risk: lack of required level of co-operation from all parts of the partnership and all "
                                    + "main service departments of the Council (section 17 mainstreaming duty)",
                                  "Risk: delays in the confirmation of future partnership funding (from April 08)"]),
        // Seed 001.
        BoardPaper(id: "paper-plan-draft", subject: "Safer for All – Three-Year Partnership Plan (Draft)", author: claire,
                   role: claireRole, body: "csp", meeting: "csp-2008-03-28", date: H.day(2008, 3, 28),
                   purpose: ["For the Safer Communities Executive Board to agree the content, priorities and approach of "
                             + "the statutory 3-year partnership plan (attached)"]),
        // Seed 004.
        BoardPaper(id: "paper-governance-2012", subject: "Community Safety Partnership – Governance Report",
                   role: "Community Safety and Engagement Manager, Single Frontline", body: "csp",
                   meeting: "csp-2012-03-01", date: H.day(2012, 3, 1),
                   purpose: ["To agree on an amended structure to reflect the outcome of Haringey's review of "
                             + "partnership governance"],
                   note: "Attached: report with background, current structure, proposed structure, membership of a "
                    + "reinstated performance management group."),
    ]
}

extension HerefordshireDemo {
    /// Seed 002 is the report to Cabinet of 1 May 2008.
    static let meetings: [Meeting] = [
        Meeting(id: "cabinet-2008-05-01", body: "cabinet", date: H.day(2008, 5, 1), status: .held, agenda: [
            AgendaItem(id: "cabinet-2008-05-01-1",
                       title: "Herefordshire Community Safety and Drugs Partnership – Partnership Plan",
                       paper: "paper-cabinet-plan"),
        ], note: "The decision taken is not recorded in the paper."),
    ]

    static let papers: [BoardPaper] = [
        BoardPaper(id: "paper-cabinet-plan", subject: "Herefordshire Community Safety and Drugs Partnership – Partnership Plan",
                   body: "cabinet", meeting: "cabinet-2008-05-01", date: H.day(2008, 5, 1),
                   purpose: ["To inform Cabinet that the Strategy Group of the Herefordshire Community Safety and Drugs "
                             + "Partnership (HCSDP) has approved the Partnership Plan (2008-2011)",
                             "To request that Cabinet considers the contents and adopts the plan"],
                   recommendations: ["It be recommended to Council that the Herefordshire Community Safety and Drugs "
                                     + "Partnership Plan be adopted"],
                   implications: ["Legal: non-adoption of this plan will put the council in breach of a statutory "
                                    + "requirement and may consequently be the subject of a judicial review",
                                  "Financial: the funding of the activity is largely from external sources and partner "
                                    + "contributions",
                                  "Risk: the resources available to address the priority areas and ensuring an effective "
                                    + "partnership is continued"],
                   note: "Portfolio responsibility: Economic Development and Community Services. A Key Decision, "
                    + "included on the Forward Plan."),
    ]
}
