/// Where the Spelthorne demo's values come from: the 2008–2011 Partnership Plan, final draft v.2 (seed 003).
enum SpelthorneSources {
    static func n(_ record: String, _ field: String?, _ place: String, _ quote: String) -> SourceNote {
        DemoSources.note(3, record, field, place, quote)
    }

    static let provenance = Provenance(
        documents: [SourceDocument(id: DemoSources.seed(3), title: "Spelthorne Together 2008–2011 Partnership Plan, "
                                   + "FINAL DRAFT v.2, Jan 08")],
        notes: partnership + plan + priorities + governance + partners + engagement + budget + glossary)

    static let partnership: [SourceNote] = [
        n("partnership", "name", "Our vision", "Spelthorne Safer Stronger Partnership"),
        n("partnership", "vision", "Our vision", "To build a safer community"),
        n("partnership", "storyOfPlace", "Our vision",
          "committed to working together to reduce crime and disorder in the Borough"),
        n("partnership", "communityStrategyLink", "Governance, after the diagram",
          "represented on the Surrey Safer Stronger Partnership Board"),
        n("strategicLink:link-ccsa", "plan", "Contents, Appendix C", "County Community Safety Agreement"),
        n("strategicLink:link-ccsa", "owner", "Governance, after the diagram", "Surrey Safer Stronger Partnership Board"),
        n("strategicLink:link-ccsa", "relationship", "Contents, Appendix C", "(Currently awaited)"),
        n("strategicLink:link-community-plan", "relationship", "Appendix A, Local Strategic Partnership", "six action groups"),
        n("strategicLink:link-drugs", "plan", "Appendix A, Surrey DAAT", "Tackling Drugs to Build a Better Britain"),
    ]

    static let plan: [SourceNote] = [
        n("plan", "title", "cover", "2008 - 2011 PARTNERSHIP PLAN"),
        n("plan", "period", "Introduction", "for the period 2008 – 2011"),
        n("plan", "versionLabel", "cover", "FINAL DRAFT v.2 Jan 08"),
        n("plan", "strategicAssessment", "2007 Strategic Assessment priorities",
          "The Board agreed that this list of 12 would form the basis of the Plan for the coming year"),
        n("plan", "crimeStrategy", "2007 Strategic Assessment priorities", "used throughout the partnership"),
        n("plan", "performanceFramework", "2007 Strategic Assessment priorities",
          "Each action plan will contain SMART targets and a performance management system will allow the Board to "
            + "monitor progress on a quarterly basis"),
        n("plan", "resourcing", "Resources, Personnel", "All the partner organisations have staff"),
        n("plan", "performanceFramework", "Performance management",
          "198 national indicators of which 30 of these are community safety related"),
        n("plan", "engagementApproach", "Community engagement",
          "formal meet the people sessions and written forms of engagement through surveys, newsletters and websites"),
        n("nationalPriority:psa-1", "title", "Performance management, PSA areas", "Reduce most serious violence"),
        n("nationalPriority:psa-2", "title", "Performance management, PSA areas", "Make progress on serious acquisitive crime"),
        n("nationalPriority:psa-3", "title", "Performance management, PSA areas",
          "Tackle crime, disorder and anti social behaviour issues of greatest importance in the locality"),
        n("nationalPriority:psa-4", "title", "Performance management, PSA areas", "Reduce re offending by management of offenders"),
    ]

    static let priorities: [SourceNote] = [
        ("p-alcohol-violence", "Alcohol and related violent crime"), ("p-vehicle-crime", "Theft of and from motor vehicles"),
        ("p-reassurance", "Crime Prevention and reassurance"),
    ].map { n("priority:" + $0.0, "title", "2007 Strategic Assessment priorities, Priority Areas", $0.1) }
        + ["Prolific offenders", "Elderly victims of burglary", "Promotion of responsible behaviour", "Domestic abuse",
           "Arson prevention", "Parks and open spaces", "Education and awareness of substance misuse",
           "Business crime and building relationships with business", "Improving the environment"]
        .enumerated().map { n("priority:a-\($0.offset + 1)", "title", "2007 Strategic Assessment priorities, Areas for action",
                              $0.element) }

    static let governance: [SourceNote] = [
        n("body:lsp", nil, "Appendix A, Local Strategic Partnership",
          "The LSP oversees the work of six action groups of which the CDRP is one"),
        n("body:county-board", "name", "Governance, after the diagram", "Surrey Safer Stronger Partnership Board"),
        n("body:board", "name", "Appendix A, Staines Magistrates", "Spelthorne Safer Stronger Partnership Board"),
        n("body:board", "purpose", "Governance, 1. Strategic", "the strategic lead for the partnership"),
        n("body:omg", "name", "Governance, 2. Performance & evaluation", "OPERATIONAL MANAGEMENT GROUP"),
        n("body:omg", "purpose", "Governance, 2. Performance & evaluation", "oversees the delivery of the action plan"),
        n("body:omg", "cadence", "Governance, 2. Performance & evaluation", "It meets quarterly prior to the Board"),
        n("body:community-issues", "purpose", "Governance, 3. Delivery",
          "the tasking and co-ordination role within the Partnership"),
        n("body:jag", "name", "Governance, 3. Delivery", "The Joint Action Group (JAG)"),
        n("body:jag", "purpose", "Governance, 3. Delivery", "addresses the crime and disorder issues"),
        n("body:board", "cadence", "Governance, 1. Strategic", "quarterly"),
        n("body:board", "termsOfReference", "Governance, 1. Strategic", "members holding each other to account"),
        n("body:community-issues", "cadence", "Governance, 3. Delivery", "the three groups meet monthly"),
        n("body:jag", "cadence", "Governance, 3. Delivery", "the three groups meet monthly"),
        n("body:ciag", "cadence", "Governance, 3. Delivery", "the three groups meet monthly"),
        n("body:ppomp", "cadence", "Governance, 3. Delivery", "the three groups meet monthly"),
        n("body:ciag", "purpose", "Governance, 3. Delivery", "who cause harm through their criminal or anti social behaviour"),
        n("body:wg-alcohol", "purpose", "Governance, Priorities", "in the medium to long term"),
        n("body:ciag", "name", "Governance, 3. Delivery", "Community Incident Action Group"),
        n("body:ppomp", "name", "Governance, 3. Delivery", "Prolific and Priority Offender Management Panel"),
        n("body:wg-alcohol", nil, "Governance, Priorities",
          "new working groups will be created to lead on the top 3 identified priority areas"),
        n("body:wg-vehicle", nil, "Governance, Priorities",
          "new working groups will be created to lead on the top 3 identified priority areas"),
        n("body:wg-reassurance", nil, "Governance, Priorities",
          "new working groups will be created to lead on the top 3 identified priority areas"),
        n("body:da-forum", nil, "Governance, Areas for action", "Some of these areas have existing groups (e.g. domestic abuse"),
        n("body:sm-group", nil, "Governance, Areas for action", "existing groups (e.g. domestic abuse and substance misuse)"),
    ]

    static let partners: [SourceNote] = [
        ("surrey-police", "Surrey Police"), ("surrey-cc", "Surrey County Council"),
        ("spelthorne-bc", "Spelthorne Borough Council"), ("surrey-pa", "Surrey Police Authority"),
        ("surrey-fire", "Surrey Fire and Rescue"), ("surrey-pct", "Surrey Primary Care Trust"),
        ("surrey-daat", "Surrey Drug & Alcohol Action Team"), ("gose", "Government Office for the South East"),
        ("bronzefield", "Bronzefield Prison"), ("magistrates", "Staines Magistrates"),
        ("cypp", "Children & Young People's Partnership"), ("probation", "Surrey Probation service"),
        ("yjs", "Surrey Youth Justice service"), ("a2", "A2 Housing"), ("voluntary", "Voluntary sector"),
    ].map { n("partner:" + $0.0, "name", "Appendix A, partner organisations", $0.1) } + [
        n("partner:lsp", nil, "Appendix A", "Local Strategic Partnership – Spelthorne Together"),
        n("partner:surrey-police", "role", "Appendix A, Surrey Police",
          "It is the lead crime enforcement agency and the visible presence of crime and disorder to the general public"),
        n("partner:surrey-cc", "role", "Appendix A, Surrey County Council",
          "two representatives on each of the eleven borough/district"),
        n("partner:spelthorne-bc", "role", "Appendix A, Spelthorne Borough Council", "a lead role in the management of the"),
        n("partner:surrey-pa", "role", "Appendix A, Surrey Police Authority",
          "an independent body that oversees the work of the police force"),
        n("partner:surrey-pa", "contribution", "Appendix A, Surrey Police Authority", "has a representative on each CDRP Board"),
        n("partner:surrey-fire", "role", "Appendix A, Surrey Fire and Rescue", "Integrated Risk Management Plan"),
        n("partner:surrey-pct", "role", "Appendix A, Surrey Primary Care Trust", "hospitals, doctors and other organisations"),
        n("partner:surrey-daat", "role", "Appendix A, Surrey DAAT", "Tackling Drugs to Build a Better Britain"),
        n("partner:gose", "role", "Appendix A, GOSE",
          "monitors performance against national targets and advises on performance management"),
        n("partner:bronzefield", "role", "Appendix A, Bronzefield Prison",
          "represents the secure estate of the criminal justice system"),
        n("partner:magistrates", "role", "Appendix A, Staines Magistrates", "represents the Court Service at the"),
        n("partner:lsp", "role", "Appendix A, Local Strategic Partnership",
          "the social, economic and environmental well being of the Borough"),
        n("partner:probation", "role", "Appendix A, Surrey Probation service",
          "management of Prolific and Priority Offenders"),
        n("partner:yjs", "role", "Appendix A, Surrey Youth Justice service",
          "prevention schemes and young people at risk of offending"),
        n("partner:a2", "contribution", "Resources, Financial",
          "towards the salaries of the Community Warden in Stanwell and the Anti Social Behaviour Officer"),
        n("partner:voluntary", "contribution", "Appendix A, Voluntary sector",
          "Neighbourhood Match, Mediation, Victim support and domestic violence work"),
    ]

    static let engagement: [SourceNote] = [
        n("engagement:eng-panels", "name", "Community engagement", "Neighbourhood Policing Panels"),
        n("engagement:eng-area-forums", "name", "Community engagement", "Area Forums"),
        n("engagement:eng-area-forums", "description", "Community engagement, Area Forums", "the five main towns"),
        n("engagement:eng-panels", "description", "Community engagement, Neighbourhood Policing Panels",
          "vote on the issues they are most concerned about"),
        n("engagement:eng-action-days", "description", "Community engagement, Partnership Action Days", "multi agency days"),
        n("engagement:eng-ccfa", "description", "Community engagement, New developments", "on the work of the CDRP"),
        n("engagement:eng-face-the-people", "frequency", "Community engagement, New developments", "annual"),
        n("engagement:eng-area-forums", "frequency", "Community engagement, Area Forums", "Each area forum meets twice a year"),
        n("engagement:eng-action-days", "name", "Community engagement", "Partnership Action Days"),
        n("engagement:eng-written", nil, "Community engagement", "surveys, newsletters and websites"),
        n("engagement:eng-ccfa", "name", "Community engagement, New developments", "Community Calls for Action"),
        n("engagement:eng-face-the-people", nil, "Community engagement, New developments",
          "an annual “face the people” session"),
    ]

    static let budget: [SourceNote] = [
        ("fl-police", "Surrey Police\t28000"), ("fl-scc", "Surrey County Council\t24000"),
        ("fl-sbc", "Spelthorne Borough Council\t28000"), ("fl-a2", "A2 Housing\t17000"),
        ("fl-laa-cap", "Local Area Agreement – capital\t34466"), ("fl-laa-rev", "Local Area Agreement – revenue\t46600"),
        ("fl-bcu", "Basic Command Unit fund\t37971"), ("fl-asb", "Anti social behaviour fund\t25000"),
    ].flatMap { id, row in
        [n("fundingLine:" + id, "source", "Resources, 2008–09 projected sums", row),
         n("fundingLine:" + id, "amount", "Resources, 2008–09 projected sums", row)]
    } + [
        n("fundingLine:fl-police", "note", "Resources, 2008–09 projected sums", "italics = based on 2007-08"),
        n("fundingLine:fl-scc", "note", "Resources, 2008–09 projected sums", "italics = based on 2007-08"),
        n("carryForward:cf-2008", nil, "Resources, below the table",
          "There will also be a planned sum carried forward from 2007/08 to be added to the total above"),
    ]

    static let glossary: [SourceNote] = [
        ("APACS", "Assessments of Policing and Community Safety"), ("CIAG", "Community Incident Action Group"),
        ("CDRP", "Crime and Disorder Reduction Partnership"), ("DAAT", "Drug and Alcohol Action team"),
        ("GOSE", "Government Office for the South East"), ("JAG", "Joint Action Group"),
        ("LSP", "Local Strategic Partnership"), ("PCT", "Primary Care Trust"),
        ("PPOMP", "Prolific and Priority Offender Management Panel"),
        ("SMART", "Specific, measurable, achievable, realistic, timely (targets)"),
    ].map { n("glossaryTerm:term-" + $0.0.lowercased(), "meaning", "Glossary", $0.1) }
}
