extension DemoWorkspaces {
    /// Spelthorne: the 2008–2011 Partnership Plan, final draft v.2, January 2008 (seed 003).
    public static var spelthorne: Workspace {
        Workspace(info: SpelthorneDemo.info, partnership: SpelthorneDemo.partnership, partners: SpelthorneDemo.partners,
                  engagement: SpelthorneDemo.engagement, glossary: SpelthorneDemo.glossary,
                  governance: SpelthorneDemo.governance, plan: SpelthorneDemo.plan,
                  priorities: SpelthorneDemo.priorities, actionPlans: SpelthorneDemo.actionPlans,
                  indicators: SpelthorneDemo.indicators, budget: SpelthorneDemo.budget, risks: RiskRegister())
            .sourced(SpelthorneSources.provenance.adding(DemoMeetingSources.spelthorne))
    }
}

enum SpelthorneDemo {
    typealias H = DemoHelpers

    static let info = WorkspaceInfo(
        description: """
            Spelthorne Safer Stronger Partnership's 2008–2011 Partnership Plan as its final draft (v.2, January \
            2008), viewed as at 15 February 2008 while the 2008-09 action plans are drafted. From the plan: the \
            vision, the three priority areas and nine areas for action, the three-tier governance (Board, \
            Operational Management Group, the JAG, CIAG and PPOMP, the new priority working groups) with its \
            links to Spelthorne Together and the county board, the 2008-09 funding lines with the projected \
            ones (italics in the plan) marked projected, the planned carry-forward, the engagement mechanisms, \
            the four PSA areas, every partner and its role, and the glossary. Filled in plausibly: the named \
            leads, chairs, draft actions (some not yet SMART, as a draft would be), indicator baselines, and the \
            timetable of the annual cycle. The plan has no risk register and its headline targets were still to \
            be agreed, so the register is empty and the indicators have no targets.
            """,
        sources: ["Spelthorne Together 2008–2011 Partnership Plan, FINAL DRAFT v.2, Jan 08"],
        asOf: H.day(2008, 2, 15))

    static let partnership = Partnership(
        name: "Spelthorne Safer Stronger Partnership",
        shortName: "Spelthorne SSP",
        area: "Borough of Spelthorne, Surrey",
        vision: "To build a safer community",
        storyOfPlace: """
            The members of the Spelthorne Safer Stronger Partnership are committed to working together to reduce \
            crime and disorder in the Borough. This first Plan runs for 2008–2011 but is a living document: an \
            annual strategic assessment each autumn determines whether there are new priorities and whether \
            existing ones are still relevant and important.
            """,
        communityStrategyLink: """
            The CDRP links into Spelthorne Together as a theme group of the Local Strategic Partnership, which \
            produces the Community Plan; at county level it is represented on the Surrey Safer Stronger \
            Partnership Board, which oversees the county Community Safety Agreement.
            """,
        lessonsLearnt: [],
        keyChallenges: [],
        strategicLinks: [
            StrategicLink(id: "link-community-plan", plan: "Spelthorne Together Community Plan", kind: .communityStrategy,
                          owner: "Spelthorne Together (LSP)", relationship: "The CDRP is one of the LSP's six action groups"),
            StrategicLink(id: "link-ccsa", plan: "County Community Safety Agreement", kind: .countyAgreement,
                          owner: "Surrey Safer Stronger Partnership Board", relationship: "Appendix C (currently awaited)"),
            StrategicLink(id: "link-laa", plan: "Surrey Local Area Agreement", kind: .localAreaAgreement,
                          owner: "Surrey County Council",
                          relationship: "Through it the partnership receives the bulk of its funding, with targets and "
                            + "outcomes for its activity"),
            StrategicLink(id: "link-drugs", plan: "Surrey DAAT strategy ('Tackling Drugs to Build a Better Britain')",
                          kind: .drugTreatmentPlan, owner: "Surrey DAAT", relationship: "Substance misuse area for action"),
        ])

    static let glossary = H.glossary([
        ("APACS", "Assessments of Policing and Community Safety"),
        ("CIAG", "Community Incident Action Group"),
        ("CDRP", "Crime and Disorder Reduction Partnership"),
        ("DAAT", "Drug and Alcohol Action team"),
        ("GOSE", "Government Office for the South East"),
        ("JAG", "Joint Action Group"),
        ("LSP", "Local Strategic Partnership"),
        ("PCT", "Primary Care Trust"),
        ("PPOMP", "Prolific and Priority Offender Management Panel"),
        ("SMART", "Specific, measurable, achievable, realistic, timely (targets)"),
    ])

    static let plan = Plan(
        title: "Spelthorne Together 2008 – 2011 Partnership Plan",
        period: PlanPeriod(startYear: 2008, endYear: 2011),
        currentYear: H.fy(2008),
        versionLabel: "FINAL DRAFT v.2 Jan 08",
        approval: [
            ApprovalStep(id: "step-1", action: .other, body: "Community Safety Team", date: H.day(2007, 12, 1), words: "draft"),
            ApprovalStep(id: "step-2", action: .other, body: "Board", date: H.day(2008, 1, 31), words: "final draft",
                         note: "Final draft v.2"),
        ],
        timetable: [
            Milestone(id: "ms-1", date: "31/01/2008", step: "Final draft v.2 of the Plan", body: "Community Safety Team",
                      done: true),
            Milestone(id: "ms-2", date: "By 31/03/2008", step: "Board agrees the Plan and the 2008-09 budget (Appendix B)",
                      body: "Board"),
            Milestone(id: "ms-3", date: "By 30/04/2008", step: "Action plans for 2008-09 with SMART targets and named leads",
                      body: "Operational Management Group"),
            Milestone(id: "ms-4", date: "By 31/07/2008", step: "First quarterly performance report to the Board",
                      body: "Operational Management Group"),
            Milestone(id: "ms-5", date: "By 30/11/2008", step: "Autumn strategic assessment", body: "Board"),
            Milestone(id: "ms-6", date: "By 31/03/2009", step: "Plan revised and 2009-10 action plans agreed", body: "Board"),
        ],
        strategicAssessment: StrategicAssessment(
            date: H.day(2007, 11, 1),
            summary: """
                The 2007 Strategic Assessment, undertaken in the autumn of 2007, identified 3 priorities and 9 \
                areas for action; the Board agreed that this list of 12 would form the basis of the Plan for the \
                coming year.
                """),
        crimeStrategy: """
            Individual action plans for each of the 12 areas, for 2008-09 only, each with a named lead, SMART \
            targets, and the financial and human resources identified; a communications strategy used throughout \
            the partnership.
            """,
        performanceFramework: """
            Each action plan will contain SMART targets and a performance management system will allow the Board \
            to monitor progress on a quarterly basis. The partnership reports on its top 3 priorities to the \
            Spelthorne Together Executive through its new performance management framework; APACS operates from \
            April 2008. There are a proposed 198 national indicators of which 30 of these are community safety \
            related; many of these will be included in the Local Area Agreement.
            """,
        resourcing: """
            All the partner organisations have staff who help deliver actions related to the priorities. The \
            Community Safety Team at the Borough Council offices is employed to run the Partnership, and other post \
            holders are funded through the partnership for specific roles. Partners (Police, County Council, Borough \
            Council and A2 Housing) contribute funds for staffing, the running of the partnership and the Domestic \
            Violence Outreach service; LAA funding is drawn down as capital and revenue; the BCU fund partly funds \
            the Action Plan; A2 Housing contributes to the Stanwell Community Warden and the ASB Officer.
            """,
        engagementApproach: """
            The Partnership uses various means to engage with the local community, including formal meet the people \
            sessions and written forms of engagement through surveys, newsletters and websites.
            """,
        businessProcesses: "",
        nationalPriorities: [
            NationalPriority(id: "psa-1", framework: "Safer Communities PSA", title: "Reduce most serious violence"),
            NationalPriority(id: "psa-2", framework: "Safer Communities PSA", title: "Make progress on serious acquisitive crime"),
            NationalPriority(id: "psa-3", framework: "Safer Communities PSA",
                             title: "Tackle crime, disorder and anti social behaviour issues of greatest importance in the locality"),
            NationalPriority(id: "psa-4", framework: "Safer Communities PSA", title: "Reduce re offending by management of offenders"),
        ],
        publicSummary: "")

    static let priorities: [Priority] = {
        let areas: [(String, String, String, String)] = [
            ("Prolific offenders", "Probation Service PPO lead", "ppomp", "A1"),
            ("Elderly victims of burglary", "Crime Prevention Officer, Surrey Police", "jag", "A2"),
            ("Promotion of responsible behaviour", "Community Safety Officer", "omg", "A3"),
            ("Domestic abuse", "Domestic Abuse Forum chair", "da-forum", "A4"),
            ("Arson prevention", "Station Manager, Surrey Fire and Rescue", "jag", "A5"),
            ("Parks and open spaces", "Parks Manager, Spelthorne Borough Council", "jag", "A6"),
            ("Education and awareness of substance misuse", "Substance Misuse Group chair", "sm-group", "A7"),
            ("Business crime and building relationships with business", "Business Crime Co-ordinator", "omg", "A8"),
            ("Improving the environment", "Head of Environmental Services", "omg", "A9"),
        ]
        let top: [Priority] = [
            Priority(id: "p-alcohol-violence", code: "P1", title: "Alcohol and related violent crime", kind: .priorityArea,
                     lead: "Chief Inspector, Spelthorne", owningBody: "wg-alcohol", indicators: ["ni-20"], since: H.fy(2008)),
            Priority(id: "p-vehicle-crime", code: "P2", title: "Theft of and from motor vehicles", kind: .priorityArea,
                     lead: "Detective Inspector, Spelthorne", owningBody: "wg-vehicle", indicators: ["vehicle-crime"],
                     since: H.fy(2008)),
            Priority(id: "p-reassurance", code: "P3", title: "Crime Prevention and reassurance", kind: .priorityArea,
                     lead: "Community Safety Manager", owningBody: "wg-reassurance", indicators: ["ni-21"], since: H.fy(2008)),
        ]
        return top + areas.enumerated().map { i, a in
            Priority(id: "a-\(i + 1)", code: a.3, title: a.0, kind: .areaForAction, lead: a.1, owningBody: a.2,
                     since: H.fy(2008))
        }
    }()

    static let indicators: [Indicator] = [
        Indicator(id: "ni-20", code: "NI 20", title: "Assault with injury crime rate", polarity: .lowerIsBetter,
                  unit: "offences per 1,000 population", baseline: 6.1, baselinePeriod: "2007-08 (estimate)",
                  source: "Surrey Police"),
        Indicator(id: "vehicle-crime", code: "LOCAL V1", title: "Theft of and from motor vehicles", polarity: .lowerIsBetter,
                  unit: "offences", baseline: 1_020, baselinePeriod: "2006-07", source: "Surrey Police"),
        Indicator(id: "ni-21", code: "NI 21",
                  title: "Dealing with local concerns about ASB and crime by the local council and police",
                  polarity: .higherIsBetter, unit: "% agreeing", baselinePeriod: "Place Survey 2008 (awaited)",
                  laa: true, source: "Place Survey"),
    ]
}
