/// Where the Herefordshire demo's values come from: the Cabinet paper of 1 May 2008 (seed 002).
enum HerefordshireSources {
    static func n(_ record: String, _ field: String?, _ place: String, _ quote: String) -> SourceNote {
        DemoSources.note(2, record, field, place, quote)
    }

    static let provenance = Provenance(
        documents: [SourceDocument(id: DemoSources.seed(2), title: "Herefordshire Community Safety and Drugs Partnership "
                                   + "– Partnership Plan, report to Cabinet, 1 May 2008")],
        notes: partnership + partners + governance + plan + priorities + risks + other)

    static let partnership: [SourceNote] = [
        n("partnership", "name", "title", "HEREFORDSHIRE COMMUNITY SAFETY AND DRUGS PARTNERSHIP"),
        n("partnership", "shortName", "Reasons ¶1", "Herefordshire Community Safety and Drugs Partnership (HCSDP)"),
        n("partnership", "area", "Wards Affected", "County-wide"),
        n("partnership", "storyOfPlace", "Considerations ¶5",
          "interviews and consultations with local communities via focus groups, annual surveys and public meetings"),
        n("partnership", "lessonsLearnt", "Reasons ¶1", "performance of the partnership against the 2005-2008 strategy"),
        n("partnership", "keyChallenges", "Risk Management ¶12", "the resources available to address the priority areas"),
        n("strategicLink:link-laa", "relationship", "Reasons ¶1",
          "aligned with other planning cycles, most notably, the Local Area Agreement planning process"),
    ]

    static let partners: [SourceNote] = [
        ("council", "Herefordshire Council"), ("fire", "Hereford & Worcester Fire and Rescue Service"),
        ("housing", "Herefordshire Housing (representing the Registered Social Landlords Forum)"),
        ("pct", "Herefordshire Primary Care Trust"), ("yos", "Worcestershire and Herefordshire Youth Offending Service"),
        ("police", "West Mercia Constabulary"), ("police-authority", "West Mercia Police Authority"),
        ("probation", "West Mercia Probation Trust"),
    ].map { n("partner:" + $0.0, "name", "Considerations ¶8, key partners", $0.1) } + [
        n("partner:council", "role", "Reasons ¶4", "formally adopt the Partnership Plan and support its delivery"),
    ]

    static let governance: [SourceNote] = [
        n("body:cabinet", "name", "heading", "CABINET"),
        n("body:strategy-group", "name", "Purpose", "Strategy Group"),
        n("body:strategy-group", "purpose", "Considerations ¶6",
          "the key partnership priorities"),
        n("body:strategy-group", nil, "Considerations ¶9",
          "strategic level membership from each of these agencies on the Strategy Group"),
        n("body:g-offender", nil, "Considerations ¶7", "considered within each of the other 5 groups individually"),
        n("body:g-drugs", nil, "Considerations ¶7", "considered within each of the other 5 groups individually"),
        n("body:g-roads", nil, "Considerations ¶7", "considered within each of the other 5 groups individually"),
        n("body:g-reassurance", nil, "Considerations ¶7", "considered within each of the other 5 groups individually"),
        n("body:g-tasking", nil, "Considerations ¶7", "considered within each of the other 5 groups individually"),
    ]

    static let plan: [SourceNote] = [
        n("plan", "title", "title", "HEREFORDSHIRE COMMUNITY SAFETY AND DRUGS PARTNERSHIP - PARTNERSHIP PLAN"),
        n("plan", "period", "Purpose", "Partnership Plan (2008-2011)"),
        n("plan", "strategicAssessment", "Reasons ¶1", "against the 2005-2008 strategy"),
        n("plan", "crimeStrategy", "Reasons ¶1",
          "aligned with other planning cycles, most notably, the Local Area Agreement"),
        n("plan", "resourcing", "Financial Implications ¶11",
          "The funding of the activity is largely from external sources and partner contributions"),
    ]

    static let priorities: [SourceNote] = [
        ("p-a", "Reducing Crime through Offender Management and other interventions"),
        ("p-b", "Reducing Drug and Alcohol Harm"), ("p-c", "Promoting and Delivering increased Road Safety"),
        ("p-d", "Providing Community Reassurance in Anti-Social Behaviour, Disorder and Crime"),
        ("p-e", "Multi-Agency and Community Dynamic Tasking and Co-ordination"),
    ].map { n("priority:" + $0.0, "title", "Considerations ¶6, five broad priorities", $0.1) } + [
        n("priority:t-f", "title", "Considerations ¶7, two other themes", "Young People (victims and offenders)"),
        n("priority:t-g", "title", "Considerations ¶7, two other themes", "Violent Crime"),
        n("priority:t-f", "description", "Considerations ¶7", "considered within each of the other 5 groups individually"),
        n("priority:t-g", "description", "Considerations ¶7", "considered within each of the other 5 groups individually"),
    ]

    static let risks: [SourceNote] = [
        n("risk:R01", "title", "Risk Management ¶12", "the resources available to address the priority areas"),
        n("risk:R01", "cause", "Financial Implications ¶11",
          "largely from external sources and partner contributions"),
        n("risk:R02", "cause", "Risk Management ¶12", "be solved by a single organisation approach"),
        n("risk:R02", nil, "Risk Management ¶12", "ensuring an effective partnership is continued"),
        n("risk:R03", "title", "Legal Implications ¶10", "the council in breach of a statutory requirement"),
        n("risk:R03", "consequence", "Legal Implications ¶10", "be the subject of a judicial review"),
    ]

    static let other: [SourceNote] = [
        n("glossaryTerm:term-cdrp", "meaning", "Reasons ¶1", "Crime and Disorder Reduction Partnership"),
        n("glossaryTerm:term-dat", "meaning", "Reasons ¶1", "Drug Action Team"),
        n("glossaryTerm:term-hcsdp", "meaning", "Reasons ¶1", "Herefordshire Community Safety and Drugs Partnership"),
        n("engagement:eng-focus-groups", "name", "Considerations ¶5", "focus groups"),
        n("engagement:eng-surveys", "name", "Considerations ¶5", "annual surveys"),
        n("engagement:eng-public-meetings", "name", "Considerations ¶5", "public meetings"),
    ]
}
