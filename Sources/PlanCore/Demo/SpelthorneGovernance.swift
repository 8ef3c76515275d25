extension SpelthorneDemo {
    static let boardMembers = H.members("board", [
        ("Divisional Commander", "surrey-police", "Surrey Police"),
        ("County Council representative", "surrey-cc", "Surrey County Council"),
        ("County Council representative", "surrey-cc", "Surrey County Council"),
        ("Chief Executive", "spelthorne-bc", "Spelthorne Borough Council"),
        ("Police Authority representative", "surrey-pa", "Surrey Police Authority"),
        ("Borough Commander", "surrey-fire", "Surrey Fire and Rescue"),
        ("PCT representative", "surrey-pct", "Surrey Primary Care Trust"),
        ("Director", "bronzefield", "Bronzefield Prison"),
        ("GOSE adviser", "gose", "Government Office for the South East"),
        ("Magistrate", "magistrates", "Staines Magistrates Bench"),
        ("LSP representative", "lsp", "Spelthorne Together"),
        ("DAAT representative", "surrey-daat", "Surrey DAAT"),
        ("CYPP representative", "cypp", "Children and Young People's Partnership"),
    ])

    static let governance = Governance(partnershipBoard: "board", bodies: [
        Body(id: "lsp", name: "Spelthorne Together (Local Strategic Partnership)", acronym: "LSP", kind: .standingPartnership,
             tier: 0, purpose: "Promotes the well being of the Borough through the Community Plan; the CDRP is one of "
                + "its six action groups and reports to the Spelthorne Together Executive.",
             cadence: .monthly(3), chair: "Leader of the Council"),
        Body(id: "county-board", name: "Surrey Safer Stronger Partnership Board", kind: .external, tier: 0,
             purpose: "Oversees the county Community Safety Agreement; the CDRP is represented on it."),
        Body(id: "board", name: "Spelthorne Safer Stronger Partnership Board", acronym: "Board", kind: .strategicBoard,
             tier: 1,
             purpose: "The strategic lead for the partnership: develops the strategic vision, identifies the "
                + "priorities, outlines the steps to meet them and commits the necessary resources.",
             termsOfReference: ["Develop the strategic vision", "Identify the priorities",
                                "Outline the steps to be taken to meet the priorities",
                                "Commit the necessary resources",
                                "Evaluate the work of the partnership, members holding each other to account",
                                "Support problem solving within the Partnership"],
             cadence: .monthly(3, "generally quarterly"), chair: "Chief Executive, Spelthorne Borough Council",
             viceChair: "Divisional Commander, Surrey Police", members: boardMembers, parents: ["lsp"],
             links: [BodyLink(target: "county-board", note: "Represented at county level")],
             decisionRules: [DecisionRule(id: "board-r1", matter: "Priorities, the Plan and resources",
                                          rule: "Agreed by the Board", escalation: "Spelthorne Together Executive")]),
        Body(id: "omg", name: "Operational Management Group", acronym: "OMG", kind: .performanceGroup, tier: 2,
             purpose: "Oversees the delivery of the action plan.",
             termsOfReference: ["Bring together the leads for each of the areas of work", "Identify gaps in delivery",
                                "Make recommendations to the Board", "Evaluate the projects and the financial spending"],
             cadence: .monthly(3, "quarterly, prior to the Board"), chair: "Community Safety Manager", parents: ["board"]),
        Body(id: "community-issues", name: "Community Issues", kind: .taskingGroup, tier: 3,
             purpose: "The operational network: the tasking and co-ordination role within the Partnership, following the "
                + "National Intelligence Model.", cadence: .monthly(1), chair: "Chief Inspector, Spelthorne",
             parents: ["omg"]),
        Body(id: "jag", name: "Joint Action Group", acronym: "JAG", kind: .taskingGroup, tier: 3,
             purpose: "Addresses the crime and disorder issues identified through analysis of partner information and "
                + "agrees interventions: decide priorities, agree actions, allocate resources and ensure a co-ordinated "
                + "response.", cadence: .monthly(1), chair: "Chief Inspector, Spelthorne", parents: ["community-issues"]),
        Body(id: "ciag", name: "Community Incident Action Group", acronym: "CIAG", kind: .caseManagementGroup, tier: 3,
             purpose: "Agrees interventions about individuals in the community who cause harm through their criminal "
                + "or anti social behaviour.", cadence: .monthly(1), chair: "Anti Social Behaviour Officer", parents: ["community-issues"]),
        Body(id: "ppomp", name: "Prolific and Priority Offender Management Panel", acronym: "PPOMP",
             kind: .caseManagementGroup, tier: 3,
             purpose: "With the CIAG, agrees interventions about individuals in the community who cause harm "
                + "through their criminal or anti social behaviour.", cadence: .monthly(1),
             chair: "PPO Co-ordinator, Surrey Probation", parents: ["community-issues"]),
        Body(id: "wg-alcohol", name: "Alcohol and Violent Crime Working Group", kind: .workingGroup, tier: 3,
             purpose: "New working group to lead on the priority: develop actions to address its needs in the medium to "
                + "long term.", cadence: .monthly(2), chair: "", parents: ["omg"], status: .proposed),
        Body(id: "wg-vehicle", name: "Vehicle Crime Working Group", kind: .workingGroup, tier: 3,
             purpose: "New working group to lead on the priority.", cadence: .monthly(2), parents: ["omg"], status: .proposed),
        Body(id: "wg-reassurance", name: "Crime Prevention and Reassurance Working Group", kind: .workingGroup, tier: 3,
             purpose: "New working group to lead on the priority.", cadence: .monthly(2), parents: ["omg"], status: .proposed),
        Body(id: "da-forum", name: "Domestic Abuse Forum", kind: .workingGroup, tier: 3,
             purpose: "Existing group for the domestic abuse area for action.", cadence: .monthly(2),
             chair: "Domestic Abuse Co-ordinator", parents: ["omg"]),
        Body(id: "sm-group", name: "Substance Misuse Group", kind: .workingGroup, tier: 3,
             purpose: "Existing group for the substance misuse area for action.", cadence: .monthly(3),
             chair: "DAAT Partnership Manager", parents: ["omg"]),
    ])

    static let actionPlans: [ActionPlan] = [
        ActionPlan(id: "ap-p1", priority: "p-alcohol-violence", year: H.fy(2008), lead: "Chief Inspector, Spelthorne",
                   actions: [
                    PlanAction(id: "s101", code: "P1.1", title: "Licensed premises visits in Staines town centre",
                               owner: "Licensing Officer", due: H.day(2009, 3, 31),
                               smart: SmartTarget(measure: "Premises visited", baseline: "0", target: "60"),
                               resources: ActionResources(amount: H.pounds(6_000), fundingLine: "fl-laa-rev")),
                    PlanAction(id: "s102", code: "P1.2", title: "Taxi marshals on Friday and Saturday nights",
                               owner: "", smart: SmartTarget(measure: "Night-time violent incidents")),
                   ]),
        ActionPlan(id: "ap-p2", priority: "p-vehicle-crime", year: H.fy(2008), lead: "Detective Inspector, Spelthorne",
                   actions: [
                    PlanAction(id: "s201", code: "P2.1", title: "Car park security improvements (Park Mark)",
                               owner: "Car Parks Manager", due: H.day(2008, 12, 31),
                               smart: SmartTarget(measure: "Car parks with Park Mark award", baseline: "1", target: "4"),
                               resources: ActionResources(amount: H.pounds(30_000), fundingLine: "fl-laa-cap")),
                   ]),
        ActionPlan(id: "ap-a4", priority: "a-4", year: H.fy(2008), lead: "Domestic Abuse Forum chair",
                   actions: [
                    PlanAction(id: "s401", code: "A4.1", title: "Domestic Violence Outreach service",
                               owner: "Domestic Abuse Co-ordinator", due: H.day(2009, 3, 31),
                               smart: SmartTarget(measure: "Victims supported", baseline: "140", target: "170"),
                               resources: ActionResources(amount: H.pounds(20_000), fundingLine: "fl-sbc",
                                                          staff: "Outreach worker")),
                   ]),
    ]
}
