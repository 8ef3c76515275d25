extension DemoWorkspaces {
    /// Haringey: the 2008–2011 "Safer for All" plan (seeds 000 and 001) with the 2012 governance
    /// paper (seed 004) as a proposal against the former themed-board structure.
    public static var haringey: Workspace {
        Workspace(info: HaringeyDemo.info, partnership: HaringeyDemo.partnership, partners: HaringeyDemo.partners,
                  engagement: HaringeyDemo.engagement, glossary: HaringeyDemo.glossary,
                  governance: HaringeyDemo.governance, plan: HaringeyDemo.plan, priorities: HaringeyDemo.priorities,
                  actionPlans: HaringeyDemo.actionPlans, indicators: HaringeyDemo.indicatorsWithAgreedTargets,
                  budget: HaringeyDemo.budget, risks: HaringeyDemo.risks)
            .sourced(HaringeySources.provenance.adding(DemoMeetingSources.haringey))
    }
}

enum HaringeyDemo {
    typealias H = DemoHelpers

    static let info = WorkspaceInfo(
        description: """
            Haringey Safer Communities Partnership, viewed as at 16 November 2009, the second year of its \
            2008–2011 plan. From the papers: the plan's requirements and the timetable to sign-off exactly as \
            written (including the step dated 11/03/2007), the six risks to delivery, the six priorities, lessons \
            learnt and key challenges, the six National Indicators and the stretch and local targets, and the \
            March 2012 governance paper: the former themed-board structure as the current one and the proposed \
            structure as a proposal, with the performance management group's remit and membership, cadences and \
            decision and escalation rules. Filled in plausibly, because the papers do not give them: leads, \
            chairs other than the CSP's, indicator baselines, targets and quarterly actuals, risk scores, owners \
            and review history, action plans and their progress, funding lines, engagement mechanisms, the \
            story of place and strategic links.
            """,
        sources: ["3-year Strategic Partnership Plan, report to the board (C. Kowalska), autumn 2007",
                  "Safer for All – Three-Year Partnership Plan (Draft), SCEB, 28 March 2008",
                  "Community Safety Partnership – Governance Report, 1 March 2012"],
        asOf: H.day(2009, 11, 16))

    static let partnership = Partnership(
        name: "Haringey Safer Communities Partnership",
        shortName: "Haringey SCP",
        area: "London Borough of Haringey",
        vision: "Safer for All: a borough where everyone can live, work and visit without fear of crime.",
        storyOfPlace: """
            Haringey is a diverse, young and fast-changing north London borough, with wealth in the west and \
            some of London's most deprived wards in the east around Tottenham. Crime has fallen under the \
            2005-08 Safer Communities Strategy, but serious violence, robbery and domestic violence remain \
            above the London average, and concern about anti-social behaviour, drugs and young people's safety \
            shapes how residents feel about their neighbourhoods.
            """,
        communityStrategyLink: """
            The plan supports Haringey's Community Strategy and its Safer Communities outcomes, and delivers six \
            of the borough's 35 Local Area Agreement improvement targets. Progress is reported quarterly to the \
            Haringey Strategic Partnership through the corporate performance management framework.
            """,
        lessonsLearnt: [
            "Youth crime prevention and services for young people require strong co-ordination",
            "Solutions need to be long-term and holistic – early intervention is key",
            "Intelligence and strategic analysis is vital, as is information sharing",
            "Dynamic problem-solving needs to be understood and applied across the partnership",
            "Good communication, consultation and engagement is important",
            "Collaborative working must be at the core of planning",
        ],
        keyChallenges: [
            "Co-ordinating effort across Council and partner services to achieve the best outcomes and value for "
                + "money for vulnerable adults, young people and families",
            "Sustaining crime reduction across all categories of serious crime",
            "Delivering effective and co-ordinated communications as a whole partnership",
            "Improving the strategic analytical capacity of the partnership in order to further steer activity and "
                + "investment",
            "Maintaining the recent reduction in concern about crime, drugs and ASB and delivering on perception targets",
            "Achieving reductions in re-offending rates of young people and adults",
        ],
        strategicLinks: [
            StrategicLink(id: "link-scs", plan: "Haringey Community Strategy", kind: .communityStrategy,
                          owner: "Haringey Strategic Partnership", relationship: "The plan delivers its Safer Communities outcomes"),
            StrategicLink(id: "link-laa", plan: "Haringey Local Area Agreement 2008–2011", kind: .localAreaAgreement,
                          owner: "Haringey Council", relationship: "Six of the 35 LAA targets are the partnership's"),
            StrategicLink(id: "link-yj", plan: "Youth Justice Plan", kind: .youthOffending, owner: "Haringey YOS",
                          relationship: "Shares the NI 111 first-time entrants target"),
            StrategicLink(id: "link-policing", plan: "Haringey Borough Policing Plan", kind: .localPolicingPlan,
                          owner: "Haringey MPS", relationship: "Policing priorities set jointly through tasking"),
            StrategicLink(id: "link-daat", plan: "DAAT Adult Treatment Plan", kind: .drugTreatmentPlan,
                          owner: "Haringey DAAT", relationship: "Delivers NI 40, drug users in effective treatment"),
            StrategicLink(id: "link-cutting-crime", plan: "Cutting Crime – A new partnership 2008-2011", kind: .other,
                          owner: "Home Office", relationship: "A key development to be built into the plan"),
            StrategicLink(id: "link-alcohol", plan: "Safe, Sensible, Social – Next steps in the national alcohol strategy",
                          kind: .other, owner: "Government", relationship: "A key development to be built into the plan"),
            StrategicLink(id: "link-drug-strategy", plan: "New Draft Drug Strategy", kind: .other, owner: "Government",
                          relationship: "A key development to be built into the plan; currently out for consultation"),
            StrategicLink(id: "link-delivering-safer", plan: "Delivering Safer Communities – A guide to effective "
                            + "partnership working", kind: .other, owner: "",
                          relationship: "A key development to be built into the plan"),
        ])

    static let partners: [Partner] = [
        Partner(id: "council", name: "Haringey Council", acronym: "LBH", kind: .responsibleAuthority, authority: .council,
                role: "Leads the partnership through the Safer Communities Service and the Single Frontline.",
                contribution: "Community safety team, ASB enforcement, youth and housing services, analysts."),
        Partner(id: "mps", name: "Metropolitan Police Service, Haringey", acronym: "MPS", kind: .responsibleAuthority,
                authority: .police, role: "Lead crime enforcement agency; co-chairs tasking.",
                contribution: "Safer Neighbourhood Teams, Borough Intelligence Unit, BCU fund."),
        Partner(id: "mpa", name: "Metropolitan Police Authority", acronym: "MPA", kind: .responsibleAuthority,
                authority: .policeAuthority, role: "Oversees policing and consults on local policing priorities.",
                contribution: "Community engagement through the policing consultative group."),
        Partner(id: "tpct", name: "Haringey Teaching Primary Care Trust", acronym: "TPCT", kind: .responsibleAuthority,
                authority: .health, role: "Commissions drug and alcohol treatment and health services for victims.",
                contribution: "Pooled treatment budget through the DAAT; public health intelligence."),
        Partner(id: "lfb", name: "London Fire Brigade, Haringey", acronym: "LFB", kind: .responsibleAuthority,
                authority: .fireAndRescue, role: "Fire prevention and arson reduction.",
                contribution: "Home fire safety visits and youth engagement programmes."),
        Partner(id: "probation", name: "London Probation Area, Haringey", acronym: "LPA", kind: .cooperatingBody,
                authority: .probation, role: "Manages adult offenders and leads on reducing re-offending.",
                contribution: "Offender managers in the integrated offender management scheme."),
        Partner(id: "yos", name: "Haringey Youth Offending Service", acronym: "YOS", kind: .cooperatingBody,
                role: "Works with young offenders and prevention schemes.",
                contribution: "Youth justice workers; first-time entrants prevention."),
        Partner(id: "daat", name: "Haringey Drug and Alcohol Action Team", acronym: "DAAT", kind: .cooperatingBody,
                role: "Commissions and co-ordinates drug and alcohol services.",
                contribution: "Treatment commissioning; NI 40 delivery."),
    ]

    static let glossary = H.glossary([
        ("APACS", "Assessment of Police and Community Safety"),
        ("ASB", "Anti-social behaviour"),
        ("CAB", "Cabinet Advisory Board"),
        ("CEMB", "Chief Executive's Management Board"),
        ("CSP", "Community Safety Partnership"),
        ("CYPS", "Children and Young People's Service"),
        ("DAAT", "Drug and Alcohol Action Team"),
        ("DV", "Domestic violence"),
        ("GAG", "Gang Action Group"),
        ("HSP", "Haringey Strategic Partnership"),
        ("IOM", "Integrated Offender Management"),
        ("JLG", "Joint Leadership Group"),
        ("LAA", "Local Area Agreement"),
        ("MPS", "Metropolitan Police Service"),
        ("NI", "National Indicator"),
        ("PMG", "Performance Management Group"),
        ("SCEB", "Safer Communities Executive Board"),
        ("SCP", "Safer Communities Partnership"),
        ("TPCT", "Teaching Primary Care Trust"),
        ("YOS", "Youth Offending Service"),
    ])

    static let plan = Plan(
        title: "Safer for All – Three-Year Partnership Plan 2008–2011",
        period: PlanPeriod(startYear: 2008, endYear: 2011),
        currentYear: H.fy(2009),
        // Seed 001's subject: "Safer for All – Three-Year Partnership Plan (Draft)", to the SCEB of 28 March 2008.
        versionLabel: "Draft, to the SCEB on 28 March 2008",
        approval: [
            // Seed 001, Purpose: for the Board "to agree the content, priorities and approach".
            ApprovalStep(id: "step-1", action: .other, state: .asked, body: "Safer Communities Executive Board",
                         meeting: "csp-2008-03-28", date: H.day(2008, 3, 28),
                         words: "asked to agree the content, priorities and approach"),
            // Seed 001, 2.3: the targets the paper sets out.
            ApprovalStep(id: "step-2", action: .endorsed, state: .planned, body: "Cabinet", date: H.day(2008, 4, 22),
                         note: "A final draft of the partnership plan"),
            ApprovalStep(id: "step-3", action: .submitted, state: .planned, to: "Government Office", date: H.day(2008, 6, 2),
                         dateWords: "by 2 June 2008", note: "The final version, to fit in with the sign off of the LAA in June"),
            ApprovalStep(id: "step-4", action: .other, state: .planned, date: H.day(2008, 7, 31), dateWords: "by July 2008",
                         words: "a summary document to be published for general distribution"),
        ],
        revisions: [
            PlanRevision(id: "rev-2009", year: H.fy(2009), date: H.day(2009, 3, 26),
                         summary: "Annual refresh after the autumn 2008 strategic assessment",
                         changes: ["Action plans rolled forward to 2009-10",
                                   "Gang-related violence added to the serious crime priority",
                                   "NI 111 target revised after the first year's outturn"]),
        ],
        timetable: [
            Milestone(id: "ms-1", date: "19/11/2007",
                      step: "Strategy Group meeting (findings from strategic assessment outline plan/responsibilities)",
                      body: "Strategy Group", done: true),
            Milestone(id: "ms-2", date: "By 18/12/2007", step: "Pre-xmas Stakeholder Consultation", body: "", done: true),
            Milestone(id: "ms-3", date: "By 31/01/2008", step: "First Draft", body: "", done: true),
            Milestone(id: "ms-4", date: "By 15/02/2008", step: "Second draft following consultation with partners",
                      body: "", done: true),
            Milestone(id: "ms-5", date: "20/02/2008", step: "Despatch to CEMB for meeting on 26/02/08", body: "CEMB",
                      done: true),
            Milestone(id: "ms-6", date: "29/02/2008", step: "Despatch to CAB for Meeting on 06/03/8", body: "CAB",
                      done: true),
            Milestone(id: "ms-7", date: "11/03/2007", step: "Despatch to Cabinet for 18/03/08", body: "Cabinet",
                      done: true),
            Milestone(id: "ms-8", date: "21/03/2008", step: "Despatch to SCEB for 28/03/08", body: "SCEB", done: true),
            Milestone(id: "ms-9", date: "28/03/2008",
                      step: "Sign off by SECB and agreement on publication and summary", body: "SCEB", done: true),
        ],
        strategicAssessment: StrategicAssessment(
            date: H.day(2007, 11, 19),
            summary: """
                The 2007 strategic assessment, with partnership data assessments and consultation with \
                professionals and the public, found serious violence, acquisitive crime, domestic violence, \
                youth offending and drug-related harm to be the issues that matter most, and concern about \
                anti-social behaviour to be the strongest driver of residents' perceptions.
                """),
        crimeStrategy: """
            Six priority areas, chosen from the strategic assessment and aligned with LAA outcomes, with six \
            improvement indicators as the partnership's contribution to the borough's 35 LAA targets. Detailed \
            action plans with SMART objectives and delivery responsibilities across the partnership, revised \
            each year after the autumn strategic assessment.
            """,
        performanceFramework: """
            A new corporate performance management framework tracks progress against targets for all HSP theme \
            boards. The Safer Communities Service links area-based working with borough-wide performance and \
            reports quarterly progress to the HSP. The partnership already has an effective evaluation system and \
            closely monitors project development and spend. Its six improvement areas were chosen from 198 new \
            national targets across Government and 35 core targets across Haringey.
            """,
        resourcing: "",
        engagementApproach: """
            The community engagement plan is being developed with partners: ward panels, consultation on \
            priorities, and communications delivered as a whole partnership.
            """,
        businessProcesses: """
            The partnership follows the Guidance for Effective Partnership Working: minimum standards, an annual \
            strategic assessment, information sharing protocols, and decision and escalation rules set out for \
            each board.
            """,
        nationalPriorities: [],
        publicSummary: "")
}
