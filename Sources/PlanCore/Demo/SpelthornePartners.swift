extension SpelthorneDemo {
    static let partners: [Partner] = [
        Partner(id: "surrey-police", name: "Surrey Police", kind: .responsibleAuthority, authority: .police,
                role: "The Police has a statutory responsibility for crime and disorder. It is the lead crime enforcement "
                    + "agency and the visible presence of crime and disorder to the general public.",
                contribution: "Represented on the Board at senior command level; contributes funds; the Divisional "
                    + "Commander's Basic Command Unit fund partly funds the Action Plan."),
        Partner(id: "surrey-cc", name: "Surrey County Council", kind: .responsibleAuthority, authority: .council,
                role: "Statutory responsibility for crime and disorder, discharged in part through two representatives on "
                    + "each of the eleven borough/district CDRPs; a broader strategic and co-ordinating role through the "
                    + "LAA and the County Community Safety Agreement.",
                contribution: "Two representatives on the Board; funding contribution."),
        Partner(id: "spelthorne-bc", name: "Spelthorne Borough Council", kind: .responsibleAuthority, authority: .council,
                role: "Plays a lead role in the management of the CDRP; plans and delivers annually the crime and disorder "
                    + "programme and reports to the Board, County Council and Government agencies on performance and "
                    + "budgets; represents the Partnership across other Surrey boroughs.",
                contribution: "Employs the Community Safety Team that runs the Partnership; funding contribution."),
        Partner(id: "surrey-pa", name: "Surrey Police Authority", kind: .responsibleAuthority, authority: .policeAuthority,
                role: "An independent body that oversees the work of the police force; consults local people on the police "
                    + "budget, policing priorities and the force's 3 year strategy.",
                contribution: "Contributes to local CDRP strategies and has a representative on each CDRP Board."),
        Partner(id: "surrey-fire", name: "Surrey Fire and Rescue", kind: .responsibleAuthority, authority: .fireAndRescue,
                role: "Plays a key role in achieving Surrey County Council's aim of safer and stronger communities, and "
                    + "contributes to the Surrey Community Strategy through its Integrated Risk Management Plan.",
                contribution: "Prevention and protection work to maintain and improve community safety."),
        Partner(id: "surrey-pct", name: "Surrey Primary Care Trust", kind: .responsibleAuthority, authority: .health,
                role: "Improves local people's health with hospitals, doctors and other organisations and works with "
                    + "partnership agencies on the community safety agenda.",
                contribution: "Participates in the community safety agenda; health data."),
        Partner(id: "surrey-daat", name: "Surrey Drug & Alcohol Action Team", acronym: "DAAT", kind: .invitedMember,
                role: "A countywide forum for tackling substance misuse since 1995, driven by the Government's 10-year "
                    + "strategy 'Tackling Drugs to Build a Better Britain'.",
                contribution: "Substance misuse services and education."),
        Partner(id: "gose", name: "Government Office for the South East", acronym: "GOSE", kind: .invitedMember,
                role: "Supports CDRPs to reduce crime and the fear of crime and tackle the misuse of drugs; monitors "
                    + "performance against national targets and advises on performance management.",
                contribution: "Access to Home Office funding; information, training, conferences and seminars."),
        Partner(id: "bronzefield", name: "Bronzefield Prison", kind: .invitedMember,
                role: "The Director is a member of the Partnership Board and represents the secure estate of the "
                    + "criminal justice system.", contribution: "Board membership; resettlement links."),
        Partner(id: "magistrates", name: "Staines Magistrates", kind: .invitedMember,
                role: "A member of the Staines Magistrates Bench represents the Court Service at the Board.",
                contribution: "A joined-up approach to tackling local issues with the courts."),
        Partner(id: "lsp", name: "Spelthorne Together (Local Strategic Partnership)", acronym: "LSP", kind: .invitedMember,
                role: "Promotes the social, economic and environmental well being of the Borough through the Community "
                    + "Plan; oversees six action groups, of which the CDRP is one.",
                contribution: "Board representation; the Community Plan."),
        Partner(id: "cypp", name: "Children and Young People's Partnership", kind: .invitedMember,
                role: "Represents young people living in Spelthorne so they are engaged and given every opportunity to "
                    + "succeed; another action group of the LSP.", contribution: "Board representation."),
        Partner(id: "probation", name: "Surrey Probation Service", kind: .cooperatingBody, authority: .probation,
                role: "Works with offenders and is a co-operating body; its key area of work is the management of "
                    + "Prolific and Priority Offenders.", contribution: "Offender managers on the PPOMP."),
        Partner(id: "yjs", name: "Surrey Youth Justice Service", kind: .cooperatingBody,
                role: "Works with young offenders and is a co-operating body; works on prolific offenders, prevention "
                    + "schemes and young people at risk of offending.", contribution: "Youth justice workers."),
        Partner(id: "a2", name: "A2 Housing", kind: .cooperatingBody,
                role: "Registered Social Landlord working with the Partnership.",
                contribution: "Contributes towards the salaries of the Community Warden in Stanwell and the Anti Social "
                    + "Behaviour Officer."),
        Partner(id: "voluntary", name: "Voluntary sector", kind: .voluntarySector,
                role: "Delivers services which would not normally be undertaken by the statutory bodies.",
                contribution: "Neighbourhood Match, Mediation, Victim support and domestic violence work."),
    ]

    static let engagement: [EngagementMechanism] = [
        EngagementMechanism(id: "eng-panels", name: "Neighbourhood Policing Panels",
                            description: "Informal meetings where residents meet their PCSO and NSO and vote on the issues "
                                + "they are most concerned about; these become the local policing team's priorities for "
                                + "the following weeks.",
                            frequency: .monthly(1), audience: "Residents of each neighbourhood", owner: "Surrey Police"),
        EngagementMechanism(id: "eng-area-forums", name: "Area Forums",
                            description: "Open meetings, five in the Borough covering the five main towns: local ward "
                                + "issues with Borough and County Councillors, then topics of Borough-wide interest "
                                + "with presentations and questions; Surrey Police, Surrey County Council and the "
                                + "Surrey PCT now attend.",
                            frequency: .monthly(6, "twice a year"), audience: "Residents of the five towns",
                            owner: "Spelthorne Borough Council"),
        EngagementMechanism(id: "eng-action-days", name: "Partnership Action Days",
                            description: "Multi agency days around the borough tackling issues highlighted for that area, "
                                + "always with a chance for the public to meet police, fire, council and other officers.",
                            frequency: .asRequired, audience: "Residents of the area of each day",
                            owner: "Community Safety Team"),
        EngagementMechanism(id: "eng-written", name: "Surveys, newsletters and websites",
                            description: "Written forms of engagement.", frequency: .asRequired,
                            audience: "All residents", owner: "Community Safety Team"),
        EngagementMechanism(id: "eng-ccfa", name: "Community Calls for Action",
                            description: "New development: enhances the ward councillor's role to raise matters of "
                                + "concern with the partnership, with a scrutiny role on the work of the CDRP.",
                            frequency: .asRequired, audience: "Ward councillors", owner: "Spelthorne Borough Council"),
        EngagementMechanism(id: "eng-face-the-people", name: "Annual 'face the people' session",
                            description: "Senior officers from the partnership take questions from the public; informs "
                                + "the annual Strategic Assessment.",
                            frequency: .monthly(12, "annually"), audience: "The public", owner: "Board"),
    ]

    static let budget = Budget(
        fundingLines: [
            FundingLine(id: "fl-police", source: "Surrey Police", sourceKind: .partnerContribution, partner: "surrey-police",
                        year: H.fy(2008), amount: H.pounds(28_000), certainty: .projected, note: "Based on 2007-08"),
            FundingLine(id: "fl-scc", source: "Surrey County Council", sourceKind: .partnerContribution, partner: "surrey-cc",
                        year: H.fy(2008), amount: H.pounds(24_000), certainty: .projected, note: "Based on 2007-08"),
            FundingLine(id: "fl-sbc", source: "Spelthorne Borough Council", sourceKind: .partnerContribution,
                        partner: "spelthorne-bc", year: H.fy(2008), amount: H.pounds(28_000)),
            FundingLine(id: "fl-a2", source: "A2 Housing", sourceKind: .partnerContribution, partner: "a2",
                        year: H.fy(2008), amount: H.pounds(17_000)),
            FundingLine(id: "fl-laa-cap", source: "Local Area Agreement – capital", sourceKind: .areaGrant,
                        year: H.fy(2008), amount: H.pounds(34_466), nature: .capital),
            FundingLine(id: "fl-laa-rev", source: "Local Area Agreement – revenue", sourceKind: .areaGrant,
                        year: H.fy(2008), amount: H.pounds(46_600)),
            FundingLine(id: "fl-bcu", source: "Basic Command Unit fund", sourceKind: .governmentGrant, partner: "surrey-police",
                        year: H.fy(2008), amount: H.pounds(37_971)),
            FundingLine(id: "fl-asb", source: "Anti social behaviour fund", sourceKind: .governmentGrant,
                        year: H.fy(2008), amount: H.pounds(25_000)),
        ],
        carryForwards: [CarryForward(id: "cf-2008", year: H.fy(2008), amount: nil, certainty: .projected,
                                     note: "A planned sum carried forward from 2007/08; amount not yet known")],
        allocations: [])
}
