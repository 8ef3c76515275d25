extension DemoWorkspaces {
    /// Herefordshire: the Partnership Plan 2008–2011 as put to Cabinet on 1 May 2008 (seed 002).
    public static var herefordshire: Workspace {
        Workspace(info: HerefordshireDemo.info, partnership: HerefordshireDemo.partnership,
                  partners: HerefordshireDemo.partners, engagement: HerefordshireDemo.engagement,
                  glossary: HerefordshireDemo.glossary, governance: HerefordshireDemo.governance,
                  plan: HerefordshireDemo.plan, priorities: HerefordshireDemo.priorities,
                  actionPlans: [], indicators: [], budget: Budget(), risks: HerefordshireDemo.risks)
            .sourced(HerefordshireSources.provenance.adding(DemoMeetingSources.herefordshire))
    }
}

enum HerefordshireDemo {
    typealias H = DemoHelpers

    static let info = WorkspaceInfo(
        description: """
            Herefordshire Community Safety and Drugs Partnership (HCSDP), the county's merged CDRP and DAT, as at \
            1 May 2008, when Cabinet considered the Partnership Plan 2008–2011 approved by the Strategy Group. From \
            the Cabinet paper: the five priorities and the two cross-cutting themes, the eight key partners, the \
            Strategy Group with strategic membership from each, the plan's approval and adoption steps, the \
            statutory basis, the sources of the strategic assessment, and the key risk the paper names. Filled in \
            plausibly: leads, the five priority groups' names and chairs, risk scores and owners. The paper gives no \
            funding figures, indicators or action plans, so those parts are empty.
            """,
        sources: ["Herefordshire Community Safety and Drugs Partnership – Partnership Plan, report to Cabinet, 1 May 2008"],
        asOf: H.day(2008, 5, 1))

    static let partnership = Partnership(
        name: "Herefordshire Community Safety and Drugs Partnership",
        shortName: "HCSDP",
        area: "Herefordshire (county-wide)",
        vision: "",
        storyOfPlace: """
            A large, rural county where the merged Crime and Disorder Reduction Partnership and Drug Action Team \
            work together. The first Strategic Assessment drew on interviews and consultations with local \
            communities via focus groups, annual surveys and public meetings, and on data from West Mercia \
            Constabulary, Herefordshire Council, Hereford & Worcester Fire and Rescue Service and other partners.
            """,
        communityStrategyLink: "",
        lessonsLearnt: ["The Strategic Assessment evaluated the performance of the partnership against the 2005-2008 strategy"],
        keyChallenges: ["The resources available to address the priority areas",
                        "Continuing an effective partnership for issues that cannot be solved by a single organisation"],
        strategicLinks: [
            StrategicLink(id: "link-laa", plan: "Local Area Agreement", kind: .localAreaAgreement, owner: "Herefordshire Council",
                          relationship: "Priorities aligned with other planning cycles, most notably the Local Area "
                            + "Agreement planning process"),
        ])

    static let partners: [Partner] = [
        Partner(id: "council", name: "Herefordshire Council", kind: .responsibleAuthority, authority: .council,
                role: "As a partner within HCSDP, needs to formally adopt the Partnership Plan and support its delivery.",
                contribution: "Strategic membership of the Strategy Group; partner contribution."),
        Partner(id: "fire", name: "Hereford & Worcester Fire and Rescue Service", kind: .responsibleAuthority,
                authority: .fireAndRescue, role: "Strategic membership of the Strategy Group.",
                contribution: "Data for the Strategic Assessment; prevention work."),
        Partner(id: "housing", name: "Herefordshire Housing (representing the Registered Social Landlords Forum)",
                kind: .cooperatingBody, role: "Represents the Registered Social Landlords Forum.",
                contribution: "Housing management and tenancy enforcement."),
        Partner(id: "pct", name: "Herefordshire Primary Care Trust", kind: .responsibleAuthority, authority: .health,
                role: "Strategic membership of the Strategy Group.", contribution: "Drug and alcohol treatment."),
        Partner(id: "yos", name: "Worcestershire and Herefordshire Youth Offending Service", kind: .cooperatingBody,
                role: "Works with young people as victims and offenders.", contribution: "Youth justice services."),
        Partner(id: "police", name: "West Mercia Constabulary", kind: .responsibleAuthority, authority: .police,
                role: "Strategic membership of the Strategy Group.", contribution: "Crime data and policing."),
        Partner(id: "police-authority", name: "West Mercia Police Authority", kind: .responsibleAuthority,
                authority: .policeAuthority, role: "Strategic membership of the Strategy Group.", contribution: ""),
        Partner(id: "probation", name: "West Mercia Probation Trust", kind: .responsibleAuthority, authority: .probation,
                role: "Strategic membership of the Strategy Group.", contribution: "Offender management."),
    ]

    static let glossary = H.glossary([
        ("CDRP", "Crime and Disorder Reduction Partnership"),
        ("DAT", "Drug Action Team"),
        ("HCSDP", "Herefordshire Community Safety and Drugs Partnership"),
    ])

    static let engagement: [EngagementMechanism] = [
        EngagementMechanism(id: "eng-focus-groups", name: "Focus groups",
                            description: "Consultation with local communities for the Strategic Assessment.",
                            frequency: .monthly(12), audience: "Local communities", owner: "HCSDP"),
        EngagementMechanism(id: "eng-surveys", name: "Annual surveys",
                            description: "Surveys of residents' concerns about crime and drugs.",
                            frequency: .monthly(12), audience: "Residents", owner: "HCSDP"),
        EngagementMechanism(id: "eng-public-meetings", name: "Public meetings",
                            description: "Open meetings with partners.", frequency: .asRequired,
                            audience: "The public", owner: "HCSDP"),
    ]

    static let governance = Governance(partnershipBoard: "strategy-group", bodies: [
        Body(id: "cabinet", name: "Herefordshire Council Cabinet", kind: .external, tier: 0,
             purpose: "Considers the Partnership Plan and recommends it to Council for adoption.",
             chair: "Leader of the Council"),
        Body(id: "strategy-group", name: "HCSDP Strategy Group", kind: .strategicBoard, tier: 1,
             purpose: "Determines the key partnership priorities from the Strategic Assessment; approves the "
                + "Partnership Plan; monitors spend with reporting arrangements to funders.",
             termsOfReference: ["Determine the partnership priorities from the Strategic Assessment",
                                "Approve the Partnership Plan", "Monitor spend and report to funders"],
             cadence: .monthly(3), chair: "Chair, HCSDP",
             members: H.members("sg", [
                ("Strategic member", "council", "Herefordshire Council"),
                ("Strategic member", "fire", "Hereford & Worcester Fire and Rescue Service"),
                ("Strategic member", "housing", "Herefordshire Housing"),
                ("Strategic member", "pct", "Herefordshire Primary Care Trust"),
                ("Strategic member", "yos", "Worcestershire and Herefordshire Youth Offending Service"),
                ("Strategic member", "police", "West Mercia Constabulary"),
                ("Strategic member", "police-authority", "West Mercia Police Authority"),
                ("Strategic member", "probation", "West Mercia Probation Trust"),
             ]),
             parents: ["cabinet"],
             decisionRules: [DecisionRule(id: "sg-r1", matter: "The Partnership Plan",
                                          rule: "Approved by the Strategy Group",
                                          escalation: "Adopted by Herefordshire Council on Cabinet's recommendation")]),
    ] + HerefordshireDemo.priorityGroups, meetings: HerefordshireDemo.meetings, papers: HerefordshireDemo.papers)

    static let priorityGroups: [Body] = [
        ("offender", "Offender Management Group"), ("drugs", "Drug and Alcohol Harm Group"),
        ("roads", "Road Safety Group"), ("reassurance", "Community Reassurance Group"),
        ("tasking", "Dynamic Tasking and Co-ordination Group"),
    ].map { id, name in
        Body(id: "g-" + id, name: name, kind: id == "tasking" ? .taskingGroup : .workingGroup, tier: 3,
             purpose: "Delivers the priority, considering young people and violent crime within it.",
             cadence: .monthly(2), chair: "Group lead", parents: ["strategy-group"])
    }

    static let plan = Plan(
        title: "Herefordshire Community Safety and Drugs Partnership – Partnership Plan 2008–2011",
        period: PlanPeriod(startYear: 2008, endYear: 2011),
        currentYear: H.fy(2008),
        versionLabel: "Approved by the Strategy Group; to Cabinet on 1 May 2008 to recommend its adoption to Council",
        approval: [
            // Seed 002, Purpose: the Strategy Group "has approved the Partnership Plan (2008-2011)".
            ApprovalStep(id: "step-1", action: .approved, body: "the HCSDP Strategy Group"),
            // Seed 002, Recommendation: "It be recommended to Council that the … Plan be adopted."
            ApprovalStep(id: "step-2", action: .recommended, state: .asked, body: "Cabinet", to: "Council",
                         meeting: "cabinet-2008-05-01", date: H.day(2008, 5, 1),
                         note: "A Key Decision, included on the Forward Plan"),
        ],
        strategicAssessment: StrategicAssessment(
            date: H.day(2008, 1, 31),
            summary: """
                Herefordshire's first Strategic Assessment evaluated the partnership's performance against the \
                2005-2008 strategy and proposed future priorities, from interviews and consultations with local \
                communities and analysis of partner data.
                """),
        crimeStrategy: """
            Five broad priorities and two cross-cutting themes, set out in a three-year plan aligned with other \
            planning cycles, most notably the Local Area Agreement, and revised annually as new priorities emerge \
            from the annual Strategic Assessment.
            """,
        resourcing: """
            The funding of the activity is largely from external sources and partner contributions, targeted at the \
            priority areas, with spend monitored through the Strategy Group and reporting arrangements to funders.
            """)

    static let priorities: [Priority] = [
        Priority(id: "p-a", code: "a", title: "Reducing Crime through Offender Management and other interventions",
                 kind: .priorityArea, lead: "West Mercia Probation Trust", owningBody: "g-offender", since: H.fy(2008)),
        Priority(id: "p-b", code: "b", title: "Reducing Drug and Alcohol Harm", kind: .priorityArea,
                 lead: "Herefordshire PCT", owningBody: "g-drugs", since: H.fy(2008)),
        Priority(id: "p-c", code: "c", title: "Promoting and Delivering increased Road Safety", kind: .priorityArea,
                 lead: "Hereford & Worcester Fire and Rescue Service", owningBody: "g-roads", since: H.fy(2008)),
        Priority(id: "p-d", code: "d", title: "Providing Community Reassurance in Anti-Social Behaviour, Disorder and Crime",
                 kind: .priorityArea, lead: "Herefordshire Council", owningBody: "g-reassurance", since: H.fy(2008)),
        Priority(id: "p-e", code: "e", title: "Multi-Agency and Community Dynamic Tasking and Co-ordination",
                 kind: .priorityArea, lead: "West Mercia Constabulary", owningBody: "g-tasking", since: H.fy(2008)),
        Priority(id: "t-f", code: "f", title: "Young People (victims and offenders)", kind: .crossCuttingTheme,
                 description: "Considered within each of the other 5 groups individually.", lead: "Youth Offending Service",
                 bodies: ["g-offender", "g-drugs", "g-roads", "g-reassurance", "g-tasking"],
                 since: H.fy(2008)),
        Priority(id: "t-g", code: "g", title: "Violent Crime", kind: .crossCuttingTheme,
                 description: "Considered within each of the other 5 groups individually.", lead: "West Mercia Constabulary",
                 bodies: ["g-offender", "g-drugs", "g-roads", "g-reassurance", "g-tasking"],
                 since: H.fy(2008)),
    ]

    static let risks = RiskRegister(
        matrix: .standard,
        categories: ["Financial", "Partnership", "Legal"],
        risks: [
            Risk(id: "R01", title: "Resources available to address the priority areas",
                 cause: "Funding is largely from external sources and partner contributions",
                 event: "Resources are not enough to address the priority areas",
                 consequence: "Priorities are not delivered", category: "Financial",
                 owner: "Chair, HCSDP", inherent: H.score(4, 4), residual: H.score(3, 4), target: H.score(2, 3),
                 controls: ["Funds targeted at the priority areas", "Spend monitored through the Strategy Group"],
                 raisedOn: H.day(2008, 5, 1), lastReview: H.day(2008, 5, 1),
                 priorities: ["p-a", "p-b", "p-c", "p-d", "p-e"], bodies: ["strategy-group"]),
            Risk(id: "R02", title: "An effective partnership is not continued",
                 cause: "Issues cannot be solved by a single organisation approach",
                 event: "Partners withdraw from joint working", consequence: "Multi-agency issues go unaddressed",
                 category: "Partnership", owner: "Chair, HCSDP", inherent: H.score(3, 4), residual: H.score(2, 4),
                 target: H.score(2, 3), controls: ["Strategic membership from each agency on the Strategy Group"],
                 raisedOn: H.day(2008, 5, 1), lastReview: H.day(2008, 5, 1), bodies: ["strategy-group"]),
            Risk(id: "R03", title: "Non-adoption of the plan puts the council in breach of a statutory requirement",
                 cause: "The Council does not adopt the plan",
                 event: "Breach of the statutory requirement to produce the strategy",
                 consequence: "May be the subject of a judicial review", category: "Legal",
                 owner: "Director of Economic Development and Community Services", inherent: H.score(2, 5),
                 residual: H.score(1, 5), target: H.score(1, 5), controls: ["Cabinet recommendation to Council"],
                 raisedOn: H.day(2008, 5, 1), lastReview: H.day(2008, 5, 1)),
        ])
}
