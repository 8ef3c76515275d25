/// Where the Haringey demo's values come from: the autumn 2007 report on the plan (seed 000), the
/// SCEB paper of 28 March 2008 (seed 001) and the governance report of 1 March 2012 (seed 004).
enum HaringeySources {
    static func n(_ seed: Int, _ record: String, _ field: String?, _ place: String, _ quote: String) -> SourceNote {
        DemoSources.note(seed, record, field, place, quote)
    }

    static let provenance = Provenance(
        documents: [
            SourceDocument(id: DemoSources.seed(0), title: "3-year Strategic Partnership Plan, report to the board "
                           + "(C. Kowalska), autumn 2007"),
            SourceDocument(id: DemoSources.seed(1), title: "Safer for All – Three-Year Partnership Plan (Draft), "
                           + "SCEB, 28 March 2008"),
            SourceDocument(id: DemoSources.seed(4), title: "Community Safety Partnership – Governance Report, 1 March 2012"),
        ],
        notes: partnership + plan + timetable + priorities + indicators + risks + governance + proposal + glossary)

    static let partnership: [SourceNote] = [
        n(1, "partnership", "name", "§4.1", "Safer Communities Partnership"),
        n(1, "partnership", "shortName", "§4.1", "(SCP)"),
        n(1, "partnership", "communityStrategyLink", "§2.2", "supports Haringey's Community Strategy"),
        n(1, "partnership", "lessonsLearnt", "§3.2, lessons learnt",
          "youth crime prevention and services for young people require strong co-ordination"),
        n(1, "partnership", "keyChallenges", "§5, key challenges",
          "Sustaining crime reduction across all categories of serious crime"),
        n(0, "strategicLink:link-cutting-crime", "plan", "§2.2, key developments", "Cutting Crime – A new partnership' 2008-2011"),
        n(0, "strategicLink:link-alcohol", "plan", "§2.2, key developments",
          "Safe, Sensible, Social – Next steps in the national alcohol strategy"),
        n(0, "strategicLink:link-drug-strategy", "plan", "§2.2, key developments", "New Draft Drug Strategy"),
        n(0, "strategicLink:link-drug-strategy", "relationship", "§2.2, key developments", "currently out for consultation"),
        n(0, "strategicLink:link-delivering-safer", "plan", "§2.2, key developments",
          "Delivering Safer Communities – A guide to effective partnership working"),
    ]

    static let plan: [SourceNote] = [
        n(1, "plan", "title", "Subject", "Safer for All – Three-Year Partnership Plan"),
        n(0, "plan", "period", "§1, Purpose", "to cover 2008-2011"),
        n(1, "plan", "strategicAssessment", "§2.2",
          "partnership data assessments, and consultation with professionals and the public"),
        n(1, "plan", "crimeStrategy", "§2.2", "contribution to the borough's 35 LAA targets"),
        n(1, "plan", "performanceFramework", "§4.1", "progress against targets for all HSP theme boards"),
        n(1, "plan", "performanceFramework", "§4.1",
          "already has an effective evaluation system and closely monitors project development and spend"),
        n(1, "plan", "performanceFramework", "§4.2", "198 new national targets across Government and 35 core targets across Haringey"),
        n(1, "plan", "engagementApproach", "§2.3", "The community engagement plan"),
        n(1, "plan", "businessProcesses", "§2.1", "Guidance for Effective Partnership Working"),
    ]

    /// Appendix 1 of seed 000, written exactly, including the step dated 11/03/2007.
    static let timetable: [SourceNote] = [
        ("ms-1", "19/11/2007", "Strategy Group meeting (findings from strategic assessment outline plan/responsibilities)"),
        ("ms-2", "By 18/12/2007", "Pre-xmas Stakeholder Consultation"), ("ms-3", "By 31/01/2008", "First Draft"),
        ("ms-4", "By 15/02/2008", "Second draft following consultation with partners"),
        ("ms-5", "20/02/2008", "Despatch to CEMB for meeting on 26/02/08"),
        ("ms-6", "29/02/2008", "Despatch to CAB for Meeting on 06/03/8"),
        ("ms-7", "11/03/2007", "Despatch to Cabinet for 18/03/08"), ("ms-8", "21/03/2008", "Despatch to SCEB for 28/03/08"),
        ("ms-9", "28/03/2008", "Sign off by SECB and agreement on publication and summary"),
    ].flatMap { id, date, step in
        [n(0, "milestone:" + id, "date", "Appendix 1, timetable", date),
         n(0, "milestone:" + id, "step", "Appendix 1, timetable", step)]
    }

    static let priorities: [SourceNote] = [
        ("p-young-people", "Young people – prevention and support"),
        ("p-serious-crime", "Reduction in serious crime – violence, acquisitive crime and domestic violence"),
        ("p-asb", "Prevention and reduction of anti-social behaviour – focusing on young people, families, housing and "
            + "the public realm"),
        ("p-drugs", "Drugs and alcohol – prevention, effective treatment and reintegration"),
        ("p-reoffending", "Reducing re-offending – adults and young people"),
        ("p-confidence", "Increasing confidence in the Criminal Justice System"),
    ].map { n(1, "priority:" + $0.0, "title", "§3.1, priority areas", $0.1) }

    static let indicators: [SourceNote] = [
        ("ni-15", "Reducing serious violent crime (NI 15)"),
        ("ni-16", "Reducing serious acquisitive crime (robbery, burglary and vehicle crime)"),
        ("ni-21", "Dealing with local concerns about anti-social behaviour and crime by the local council and the police (NI 21)"),
        ("ni-35", "Building resilience to violent extremism (NI 35)"),
        ("ni-40", "Getting drug users into effective drug treatment (NI 40)"),
        ("ni-111", "Preventing young people aged 10 – 17 from entering the Youth Justice System (NI 111)"),
    ].flatMap { id, words in
        [n(1, "indicator:" + id, "title", "§4.2, six improvement areas", words)]
    } + [
        n(1, "indicator:ni-15", "code", "§4.2", "(NI 15)"), n(1, "indicator:ni-21", "code", "§4.2", "(NI 21)"),
        n(1, "indicator:ni-35", "code", "§4.2", "(NI 35)"), n(1, "indicator:ni-40", "code", "§4.2", "(NI 40)"),
        n(1, "indicator:ni-111", "code", "§4.2", "(NI 111)"),
        n(1, "indicator:stretch-robbery", nil, "§4.2", "Existing stretch targets for robbery"),
        n(1, "indicator:stretch-dv", nil, "§4.2", "repeat victimisation of domestic violence"),
        n(1, "indicator:local-yp-victims", nil, "§4.2", "a local target for victim support services to young people"),
    ]

    static let risks: [SourceNote] = [
        ("R01", "Delays to sign-off of the Safer Communities LAA targets", "§5.1"),
        ("R02", "Delays in the finalisation of the Drug Strategy", "§5.2"),
        ("R03", "Reductions in resources for Safer Communities delivery", "§5.3"),
        ("R04", "Loss of skilled staff and/or changes to key partner roles", "§5.4"),
        ("R05", "Lack of required level of co-operation from all parts of the partnership and all main service "
            + "departments of the Council", "§5.5"),
        ("R06", "Delays in the confirmation of future partnership funding (from April 08)", "§5.6"),
    ].map { n(0, "risk:" + $0.0, "title", $0.2 + ", risks to delivery", $0.1) } + [
        n(0, "risk:R05", "cause", "§5.5", "section 17 mainstreaming duty"),
    ]

    /// The former structure as seed 004 describes it (§2) and as seed 000 names its bodies.
    static let governance: [SourceNote] = [
        n(1, "body:hsp", nil, "§4.1", "will report quarterly progress to the HSP"),
        n(1, "body:csp", "name", "Meeting", "Safer Communities Executive Board"),
        n(4, "body:csp", "chair", "§3.3, proposed membership", "Cabinet Member for Communities"),
        n(4, "body:csp", "viceChair", "§4.3", "Cabinet Member and Borough Commander respectively"),
        n(4, "body:csp", "decisionRules", "§4.1", "All key strategic decisions will be taken by the full CSP members"),
        n(4, "body:pmg", "purpose", "§2.2",
          "a forum for sharing intelligence, managing resources, monitoring progress and overseeing project delivery "
            + "across all priorities"),
        n(4, "body:pmg", "purpose", "§2.2",
          "provided a joint picture to officer leads and the Cabinet Member with responsibility across disciplines, "
            + "including domestic violence, drugs and alcohol and youth offending"),
        n(4, "body:acb", nil, "§2.1", "The themes were linked to crime types such as acquisitive crime"),
        n(4, "body:vcb", nil, "§2.1", "violent crime"),
        n(4, "body:asbb", nil, "§2.1", "antisocial behaviour"),
        n(0, "body:strategy-group", nil, "§4.3", "Establishment of a small strategy group (sub-group of the SCEB)"),
        n(0, "body:strategy-group", "chair", "§4.3", "Chaired by the Head of Service"),
        n(0, "body:strategy-group", "purpose", "§4.3", "advisory group, linked to priorities and LAA outcomes"),
        n(4, "body:ttg", "cadence", "§3.3", "the Tactical Tasking Group that is held every two weeks"),
    ]

    /// The proposed structure of seed 004 (its Appendix 1), keyed as proposed bodies.
    static let proposal: [SourceNote] = [
        n(4, "proposal:proposal-2012", "description", "§1.5", "a clearer distinction between strategic boards"),
        n(4, "proposal:proposal-2012", "description", "§1.6",
          "the outcome should not affect this proposal"),
        n(4, "proposal:proposal-2012", "title", "Appendix 1", "COMMUNITY SAFETY PARTNERSHIP – PROPOSED GOVERNANCE"),
        n(4, "proposedBody:csp", "cadence", "§3.4", "three times a year"),
        n(4, "proposedBody:pmg", "purpose", "§3.3", "a streamlined performance management group"),
        n(4, "proposedBody:pmg", "decisionRules", "§4.2", "feedback to the relevant delivery groups"),
        n(4, "proposedBody:pmg", "links", "§3.3", "award winning 'SAFE' meetings"),
        n(4, "proposedBody:iom", "purpose", "§3.2", "on an ongoing basis"),
        n(4, "proposedBody:gag", "purpose", "§3.2", "on an ongoing basis"),
        n(4, "proposedBody:asb-casework", "purpose", "§3.2", "on an ongoing basis"),
        n(4, "proposedBody:jlg", "name", "§1.2", "Joint Leadership Group"),
        n(4, "proposedBody:jlg", "purpose", "§1.2", "the Cabinet, Directors and key partners"),
        n(4, "proposedBody:jlg", "cadence", "§1.2", "meeting 6-weekly"),
        n(4, "proposedBody:csp", "name", "§1.1", "Community Safety Partnership (CSP)"),
        n(4, "proposedBody:csp", "chair", "§3.3, proposed membership", "Cabinet Member for Communities"),
        n(4, "proposedBody:csp", "viceChair", "§4.3", "Cabinet Member and Borough Commander respectively"),
        n(4, "proposedBody:csp", "decisionRules", "§4.1", "All key strategic decisions will be taken by the full CSP members"),
        n(4, "proposedBody:hwb", "name", "§1.1", "a statutory Health and Wellbeing Board"),
        n(4, "proposedBody:sab", nil, "§1.1", "Two safeguarding boards also remain; one for adults and one for children"),
        n(4, "proposedBody:lscb", nil, "§1.1", "Two safeguarding boards also remain; one for adults and one for children"),
        n(4, "proposedBody:siwg", "name", "§1.1", "Social Inclusion and Worklessness Group"),
        n(4, "proposedBody:siwg", "purpose", "§1.1", "formerly managed by the Enterprise and Integrated Housing Boards"),
        n(4, "proposedBody:daat", nil, "§3.1", "the Drug and Alcohol Partnership (DAAT) Board"),
        n(4, "proposedBody:yopb", "name", "§3.1", "Youth Offending Partnership Board"),
        n(4, "proposedBody:dvb", "name", "§3.1", "the Domestic Violence Partnership Board"),
        n(4, "proposedBody:iom", "name", "§3.2", "(Integrated) Offender Management Group"),
        n(4, "proposedBody:gag", "name", "§3.2", "Gang Action Group (GAG)"),
        n(4, "proposedBody:asb-casework", "name", "§3.2", "Anti-social Behaviour/Harassment Casework Group"),
        n(4, "proposedBody:pmg", "cadence", "§3.3", "meets 6 times a year"),
        n(4, "proposedBody:pmg", "termsOfReference", "§3.3", "Assess the latest intelligence"),
        n(4, "proposedBody:pmg", "members", "§3.3, proposed membership", "Chief Inspector Partnerships (Haringey MPS)"),
        n(4, "proposedBody:ttg", "cadence", "§3.3", "the Tactical Tasking Group that is held every two weeks"),
        n(4, "proposedBody:tdb", "name", "§1.4", "Tottenham Delivery Board"),
        n(4, "proposedBody:tdb", "purpose", "§1.4", "sits outside the normal partnership structure"),
        n(4, "proposedBody:tfg", "name", "§1.3", "the Troubled Families Group"),
        n(4, "proposedBody:tfg", "purpose", "§1.3", "mental health, domestic violence, drugs and alcohol, employment and regeneration"),
    ]

    static let glossary: [SourceNote] = [
        n(0, "glossaryTerm:term-apacs", "meaning", "§2.2", "Assessment of Police and Community Safety"),
        n(1, "glossaryTerm:term-asb", "meaning", "§4.2", "anti-social behaviour"),
        n(4, "glossaryTerm:term-csp", "meaning", "§1.1", "Community Safety Partnership (CSP)"),
        n(1, "glossaryTerm:term-dv", "meaning", "§4.2", "domestic violence"),
        n(4, "glossaryTerm:term-gag", "meaning", "§3.2", "Gang Action Group (GAG)"),
        n(4, "glossaryTerm:term-iom", "meaning", "§3.2", "(Integrated) Offender Management Group IOM"),
        n(4, "glossaryTerm:term-jlg", "meaning", "§1.2", "Joint Leadership Group"),
        n(0, "glossaryTerm:term-laa", "meaning", "§2.2", "Local Area Agreements (LAAs)"),
        n(1, "glossaryTerm:term-sceb", "meaning", "Meeting", "Safer Communities Executive Board"),
        n(1, "glossaryTerm:term-scp", "meaning", "§4.1", "The Safer Communities Partnership (SCP)"),
    ]
}
