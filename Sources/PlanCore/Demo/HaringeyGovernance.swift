extension HaringeyDemo {
    static let governance = Governance(
        partnershipBoard: "csp",
        bodies: formerStructure,
        proposals: [
            GovernanceProposal(
                id: "proposal-2012", title: "Community Safety Partnership – proposed governance",
                description: """
                    To agree an amended structure that reflects the outcome of Haringey's review of partnership \
                    governance: boards report to a new Joint Leadership Group that replaces the Local Strategic \
                    Partnership; a clearer distinction between strategic boards, task-and-finish working parties \
                    and case-management groups; a streamlined performance management group reinstated. A \
                    discussion to streamline the large number of commissioning groups across Haringey Council is \
                    under way, but the outcome should not affect this proposal.
                    """,
                createdOn: H.day(2012, 3, 1), status: .draft, bodies: proposedStructure),
        ],
        meetings: meetings, papers: papers)

    static let sharedCSPRules: [DecisionRule] = [
        DecisionRule(id: "csp-r1", matter: "Key strategic decisions", rule: "Taken by the full CSP members"),
        DecisionRule(id: "csp-r2", matter: "Annual delivery and resource plans",
                     rule: "Taken in full consultation with CSP members"),
        DecisionRule(id: "csp-r3", matter: "Major or emergency decisions",
                     rule: "Escalated to the Chair and Vice-Chair (Cabinet Member and Borough Commander respectively)",
                     escalation: "Notification to the Chief Executive and/or Leader of Haringey Council where appropriate"),
    ]

    static let cspMembers = H.members("csp", [
        ("Cabinet Member for Communities (Chair)", "council", "Haringey Council"),
        ("Borough Commander (Vice-Chair)", "mps", "Metropolitan Police Service"),
        ("Director, Adult, Culture and Community Services", "council", "Haringey Council"),
        ("Director of Public Health", "tpct", "Haringey Teaching PCT"),
        ("Borough Commander, London Fire Brigade", "lfb", "London Fire Brigade"),
        ("Assistant Chief Officer", "probation", "London Probation"),
        ("MPA link member", "mpa", "Metropolitan Police Authority"),
    ])

    static let themeBoardTerms = ["Share information on the theme's crime types",
                                  "Set and monitor the theme's annual action plan",
                                  "Manage the theme's grant funding"]

    /// The former structure: themed partnership boards on a quarterly cycle under the SCEB, which was a
    /// theme board of the Haringey Strategic Partnership.
    static let formerStructure: [Body] = [
        Body(id: "hsp", name: "Haringey Strategic Partnership", acronym: "HSP", kind: .standingPartnership, tier: 0,
             purpose: "The Local Strategic Partnership; owns the Community Strategy and the LAA.",
             cadence: .monthly(3), chair: "Leader of the Council"),
        Body(id: "csp", name: "Safer Communities Executive Board", acronym: "SCEB", kind: .strategicBoard, tier: 1,
             purpose: "The statutory crime and disorder reduction partnership board; the HSP's safer communities theme board.",
             termsOfReference: ["Agree the three-year partnership plan and its annual revision",
                                "Hold partners to account for delivery of the priorities",
                                "Commit the resources needed to meet the priorities"],
             cadence: .monthly(3, "four times a year"), chair: "Cabinet Member for Communities",
             viceChair: "Borough Commander", members: cspMembers, parents: ["hsp"], decisionRules: sharedCSPRules),
        Body(id: "pmg", name: "Performance Management Group", acronym: "PMG", kind: .performanceGroup, tier: 2,
             purpose: "A forum for sharing intelligence, managing resources, monitoring progress and overseeing "
                + "project delivery across all priorities under the Safer and Stronger Communities Service. It "
                + "provided a joint picture to officer leads and the Cabinet Member with responsibility across "
                + "disciplines, including domestic violence, drugs and alcohol and youth offending.",
             termsOfReference: ["Share intelligence", "Manage resources", "Monitor progress",
                                "Oversee project delivery across all priorities"],
             cadence: .monthly(1), chair: "Head of Safer Communities", parents: ["csp"]),
        Body(id: "acb", name: "Acquisitive Crime Partnership Board", kind: .themeBoard, tier: 3,
             purpose: "Themed board for robbery, burglary and vehicle crime.", termsOfReference: themeBoardTerms,
             cadence: .monthly(3), chair: "Detective Chief Inspector, Crime", parents: ["csp"]),
        Body(id: "vcb", name: "Violent Crime Partnership Board", kind: .themeBoard, tier: 3,
             purpose: "Themed board for serious violence, including gang and weapon-enabled crime.",
             termsOfReference: themeBoardTerms, cadence: .monthly(3),
             chair: "Detective Superintendent, Borough Intelligence", parents: ["csp"]),
        Body(id: "asbb", name: "Anti-social Behaviour Partnership Board", kind: .themeBoard, tier: 3,
             purpose: "Themed board for anti-social behaviour.", termsOfReference: themeBoardTerms,
             cadence: .monthly(3), chair: "ASB Action Team Manager", parents: ["csp"]),
        Body(id: "daat", name: "Drug and Alcohol Partnership Board", acronym: "DAAT", kind: .strategicBoard, tier: 3,
             purpose: "Commissions and oversees drug and alcohol prevention, treatment and reintegration.",
             cadence: .monthly(3), chair: "Director of Public Health", parents: ["csp"]),
        Body(id: "yopb", name: "Youth Offending Partnership Board", kind: .strategicBoard, tier: 3,
             purpose: "Oversees the Youth Offending Service and youth crime prevention.",
             cadence: .monthly(3), chair: "Director of Children's Services", parents: ["csp"]),
        Body(id: "dvb", name: "Domestic Violence Partnership Board", kind: .strategicBoard, tier: 3,
             purpose: "Oversees the response to domestic and gender-based violence.",
             cadence: .monthly(3), chair: "DV Service Manager", parents: ["csp"]),
        Body(id: "strategy-group", name: "Partnership Plan Strategy Group", kind: .taskAndFinishGroup, tier: 2,
             purpose: "A small strategy group, a sub-group of the SCEB, to produce the 2008–2011 plan, with an "
                + "advisory group linked to priorities and LAA outcomes covering drugs, employment, domestic "
                + "violence, young people, housing and probation.",
             termsOfReference: ["Report progress to the performance management group",
                                "Bring the draft and final strategy to the SCEB"],
             cadence: .asRequired, chair: "Head of Service",
             members: H.members("sg", [("Head of Service (Chair)", "council", "Haringey Council"),
                                       ("Senior representative", "mps", "Haringey MPS"),
                                       ("Senior representative", "tpct", "Haringey TPCT"),
                                       ("Senior representative, Urban Regeneration", "council", "Haringey Council")]),
             parents: ["pmg", "csp"], status: .former,
             notes: "Completed its work when the plan was signed off on 28 March 2008."),
        Body(id: "ttg", name: "Tactical Tasking Group", kind: .taskingGroup, tier: 3,
             purpose: "Police-led fortnightly tasking of resources against current crime and disorder issues.",
             cadence: .weekly(2, "held every two weeks"), chair: "Chief Inspector Partnerships"),
    ]
}
