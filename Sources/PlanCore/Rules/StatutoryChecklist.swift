/// Where a checklist item comes from.
public enum ChecklistSource: String, Sendable, CaseIterable {
    /// What the plan must demonstrate (the guidance as set out in seed 000 §3.1).
    case must
    /// What the plan should demonstrate (seed 000 §3.2).
    case recommended
    /// What the 2007 regulations require the plan to contain (seed 003's list).
    case legislation
    /// Good practice that no law or guidance in the seeds requires.
    case goodPractice

    /// The source in words for screens and papers.
    public var label: String {
        switch self {
        case .must: return "Must demonstrate (guidance)"
        case .recommended: return "Recommended (guidance)"
        case .legislation: return "Required by the 2007 regulations"
        case .goodPractice: return "Good practice (not required by law)"
        }
    }
}

/// What a checklist item rests on, cited so a reader can look it up.
public struct ChecklistBasis: Sendable, Equatable {
    /// The kind of authority behind an item.
    public enum Kind: String, Sendable, CaseIterable {
        /// An Act or regulations made under it.
        case law
        /// Guidance as the source papers set it out.
        case guidance
        /// Good practice: sensible, but required by no law or guidance cited here.
        case goodPractice

        /// The kind in words ("Law", "Guidance", "Good practice").
        public var label: String {
            switch self {
            case .law: return "Law"
            case .guidance: return "Guidance"
            case .goodPractice: return "Good practice"
            }
        }
    }

    /// The kind of authority the item rests on.
    public var kind: Kind
    /// The statute, regulation or paper and the place in it.
    public var citation: String

    /// A basis of `kind` citing `citation`.
    public init(_ kind: Kind, _ citation: String) {
        self.kind = kind
        self.citation = citation
    }

    /// `Law: Crime and Disorder (…) Regulations 2007 (SI 2007/1830), regs. 10–11`.
    public var text: String { kind.label + ": " + citation }

    /// The 2007 regulations on the partnership plan, as seed 003 lists what they require.
    static let regulations = ChecklistBasis(.law, "Crime and Disorder (Formulation and Implementation of Strategy) "
        + "Regulations 2007 (SI 2007/1830), regs. 10–11 (the partnership plan), made under s.6 of the Crime and "
        + "Disorder Act 1998; listed in seed 003, Introduction")
    /// The engagement duty of the same regulations.
    static let engagementRegulations = ChecklistBasis(.law, "Crime and Disorder (Formulation and Implementation of "
        + "Strategy) Regulations 2007 (SI 2007/1830), regs. 10–12 (the plan; obtaining the views of people who live or "
        + "work in the area); listed in seed 003, Introduction")
    /// Seed 000's list of what the plan must demonstrate.
    static let mustGuidance = ChecklistBasis(.guidance, "seed 000 §3.1, \u{201C}The plan must demonstrate\u{201D}, "
        + "following 'Delivering Safer Communities – A guide to effective partnership working'")
    /// Seed 000's list of what the plan should demonstrate.
    static let recommendedGuidance = ChecklistBasis(.guidance, "seed 000 §3.2, \u{201C}it is recommended that the "
        + "plan should demonstrate\u{201D}")
}

/// The verdict on one checklist item, and where to fix it when it falls short.
public struct ChecklistResult: Sendable, Equatable {
    /// True when the data meets the item.
    public var satisfied: Bool
    /// Why it is or is not satisfied, naming what is missing.
    public var reason: String
    /// The screen and record where it is fixed.
    public var fixAt: PlanLocation
}

/// One item of the statutory contents checklist, evaluated against the data.
public struct ChecklistItem: Sendable, Equatable, Identifiable {
    /// The item's fixed id.
    public var id: String
    /// Which list the item comes from.
    public var source: ChecklistSource
    /// What the item rests on: the law, the guidance or good practice, cited.
    public var basis: ChecklistBasis
    /// The requirement as the guidance words it.
    public var text: String
    /// The verdict against the current data.
    public var result: ChecklistResult
    /// The officer's evidence note, if any.
    public var note: String?
}

extension Workspace {
    /// Every checklist item evaluated against the workspace, in guidance order.
    public func statutoryChecklist(today: Day) -> [ChecklistItem] {
        ChecklistRules.all.map { rule in
            ChecklistItem(id: rule.id, source: rule.source, basis: rule.basis, text: rule.text, result: rule.evaluate(self),
                          note: plan.checklistNotes.first { $0.item == rule.id }?.note)
        }
    }
}

/// The checklist's rules: each item's id, source, wording and evaluation.
enum ChecklistRules {
    struct Rule: Sendable {
        let id: String
        let source: ChecklistSource
        let text: String
        let evaluate: @Sendable (Workspace) -> ChecklistResult
        /// The item's own basis, when it is not its source's usual one.
        var ownBasis: ChecklistBasis?

        init(id: String, source: ChecklistSource, basis: ChecklistBasis? = nil, text: String,
             evaluate: @escaping @Sendable (Workspace) -> ChecklistResult) {
            self.id = id
            self.source = source
            self.text = text
            self.evaluate = evaluate
            ownBasis = basis
        }

        var basis: ChecklistBasis {
            if let ownBasis { return ownBasis }
            switch source {
            case .must: return .mustGuidance
            case .recommended: return .recommendedGuidance
            case .legislation: return .regulations
            case .goodPractice: return ChecklistBasis(.goodPractice, "not required by the regulations or the seeds' guidance")
            }
        }
    }

    static func result(_ ok: Bool, _ yes: String, _ no: String, _ at: PlanLocation) -> ChecklistResult {
        ChecklistResult(satisfied: ok, reason: ok ? yes : no, fixAt: at)
    }

    static func filled(_ s: String) -> Bool { s.trimmingSpaces().count >= 20 }

    static let all: [Rule] = mustRules + recommendedRules + legislationRules + goodPracticeRules

    static let mustRules: [Rule] = [
        Rule(id: "story-of-place", source: .must, text: "A contextual narrative – a 'story of place'") { ws in
            result(filled(ws.partnership.storyOfPlace), "the story of place is written",
                   "the story of place is empty or too short", PlanLocation(.plan, field: "storyOfPlace"))
        },
        Rule(id: "community-strategy", source: .must, text: "A clear link to the local Sustainable Community Strategy") { ws in
            result(filled(ws.partnership.communityStrategyLink), "the link to the community strategy is described",
                   "the link to the Sustainable Community Strategy is not described",
                   PlanLocation(.plan, field: "communityStrategyLink"))
        },
        Rule(id: "previous-strategy", source: .must,
             text: "Assessment of the previous partnership strategy and what worked") { ws in
            let n = ws.partnership.lessonsLearnt.count
            return result(n > 0, "\(n) lesson\(n == 1 ? "" : "s") learnt recorded", "no lessons learnt are recorded",
                          PlanLocation(.plan, field: "lessonsLearnt"))
        },
        Rule(id: "strategic-assessment", source: .must,
             text: "Intelligence-led planning, based on a comprehensive strategic assessment") { ws in
            let a = ws.plan.strategicAssessment
            var missing: [String] = []
            if a.date == nil { missing.append("its date") }
            if !filled(a.summary) { missing.append("a summary of its findings") }
            return result(missing.isEmpty, "strategic assessment of \(a.date?.monthYear ?? "") summarised",
                          "the strategic assessment lacks " + missing.joined(separator: " and "),
                          PlanLocation(.plan, field: "strategicAssessment"))
        },
        Rule(id: "performance-framework", source: .must, text: "A robust performance management framework") { ws in
            var missing: [String] = []
            if !filled(ws.plan.performanceFramework) { missing.append("a description of the framework") }
            let measured = ws.indicators.filter { $0.target(for: ws.plan.currentYear) != nil }
            if measured.isEmpty { missing.append("indicators with targets for \(ws.plan.currentYear)") }
            let fix = missing.first == "a description of the framework"
                ? PlanLocation(.plan, field: "performanceFramework") : PlanLocation(.indicators)
            return result(missing.isEmpty, "framework described; \(Plural.count(measured.count, "indicator")) with targets",
                          "missing " + missing.joined(separator: " and "), fix)
        },
        Rule(id: "crime-strategy-laa", source: .must,
             text: "A clear strategy for tackling crime and disorder, aligned with LAA outcomes – revised annually") { ws in
            var missing: [String] = []
            if !filled(ws.plan.crimeStrategy) { missing.append("the strategy text") }
            let laaLinked = ws.priorities.contains { p in p.indicators.contains { ws.indicator($0)?.laa == true } }
            if !laaLinked { missing.append("a priority linked to an LAA indicator") }
            let fix = missing.first == "the strategy text" ? PlanLocation(.plan, field: "crimeStrategy")
                : PlanLocation(.priorities)
            return result(missing.isEmpty, "strategy written and priorities linked to LAA indicators",
                          "missing " + missing.joined(separator: " and "), fix)
        },
        Rule(id: "partner-roles-resourcing", source: .must,
             text: "The role and contribution of each partner in delivering the priorities, and how it is resourced") { ws in
            partnerRoles(ws, needFunding: true)
        },
        Rule(id: "engagement-information", source: .must,
             text: "Information about how the partnership will engage with local communities") { ws in
            result(filled(ws.plan.engagementApproach) && !ws.engagement.isEmpty,
                   "engagement approach and \(Plural.count(ws.engagement.count, "mechanism")) described",
                   filled(ws.plan.engagementApproach) ? "no engagement mechanisms are listed"
                       : "the engagement approach is not described",
                   filled(ws.plan.engagementApproach) ? PlanLocation(.engagement)
                       : PlanLocation(.plan, field: "engagementApproach"))
        },
        Rule(id: "business-processes", source: .must,
             text: "Compliance with the Guidance to Effective Partnership Working, including robust business processes") { ws in
            var missing: [String] = []
            if !filled(ws.plan.businessProcesses) { missing.append("a statement of business processes") }
            if !ws.governance.bodies.contains(where: { !$0.decisionRules.isEmpty }) { missing.append("decision rules") }
            let unchaired = ws.governance.bodies.filter { $0.status == .active && $0.kind != .external && $0.chair.isEmpty }
            if !unchaired.isEmpty {
                missing.append("a chair for " + unchaired.prefix(3).map(\.shortName).joined(separator: ", "))
            }
            let fix = missing.first == "a statement of business processes"
                ? PlanLocation(.plan, field: "businessProcesses") : PlanLocation(.governance, record: unchaired.first?.id)
            return result(missing.isEmpty, "business processes stated; decision rules and chairs in place",
                          "missing " + missing.joined(separator: "; "), fix)
        },
        Rule(id: "strategic-links", source: .must,
             text: "Links with other strategic plans: regional offender management, youth offending, LCJB, "
                + "local policing plan, DAAT treatment plan") { ws in
            let needed: [StrategicLinkKind] = [.regionalOffenderManagement, .youthOffending, .localCriminalJusticeBoard,
                                               .localPolicingPlan, .drugTreatmentPlan]
            let have = Set(ws.partnership.strategicLinks.map(\.kind))
            let gaps = needed.filter { !have.contains($0) }
            return result(gaps.isEmpty, "all five links recorded",
                          "no link to: " + gaps.map(\.label).joined(separator: ", "),
                          PlanLocation(.plan, field: "strategicLinks"))
        },
    ]

    static let recommendedRules: [Rule] = [
        Rule(id: "vision", source: .recommended, text: "An overall vision statement") { ws in
            result(!ws.partnership.vision.trimmingSpaces().isEmpty, "vision: \(ws.partnership.vision.prefixWords(8))",
                   "there is no vision statement", PlanLocation(.plan, field: "vision"))
        },
        Rule(id: "resourcing", source: .recommended,
             text: "How the plan is resourced, including mainstreaming and the skills needed") { ws in
            var missing: [String] = []
            if !filled(ws.plan.resourcing) { missing.append("a resourcing statement") }
            if ws.budget.fundingLines.isEmpty { missing.append("funding lines") }
            return result(missing.isEmpty, "resourcing described; \(Plural.count(ws.budget.fundingLines.count, "funding line"))",
                          "missing " + missing.joined(separator: " and "),
                          missing.first == "funding lines" ? PlanLocation(.budget) : PlanLocation(.plan, field: "resourcing"))
        },
        Rule(id: "projects", source: .recommended, text: "Detail of projects that will support priority outcomes") { ws in
            let year = ws.plan.currentYear
            let bare = ws.priorities.filter { p in
                p.status == .active && p.kind != .crossCuttingTheme
                    && !ws.actionPlans.contains { $0.priority == p.id && $0.year == year && !$0.actions.isEmpty }
            }
            let active = ws.priorities.filter { $0.status == .active && $0.kind != .crossCuttingTheme }
            if active.isEmpty {
                return result(false, "", "there are no priorities yet, so no projects support them", PlanLocation(.priorities))
            }
            return result(bare.isEmpty, "every priority has actions for \(year)",
                          "\(bare.count) priorit\(bare.count == 1 ? "y has" : "ies have") no actions for \(year): "
                              + bare.prefix(3).map(\.title).joined(separator: "; "),
                          PlanLocation(.priorities, record: bare.first?.id))
        },
        Rule(id: "risk-register", source: .recommended, text: "A risk register") { ws in
            let open = ws.risks.risks.filter { $0.status == .open }.count
            return result(open > 0, "\(Plural.count(open, "open risk")) in the register", "the risk register is empty",
                          PlanLocation(.risks))
        },
        Rule(id: "engagement-section", source: .recommended, text: "A community engagement section") { ws in
            let described = ws.engagement.filter { !$0.description.isEmpty && !$0.audience.isEmpty }
            return result(!described.isEmpty, "\(Plural.count(described.count, "mechanism")) with description and audience",
                          "no engagement mechanism has both a description and an audience",
                          PlanLocation(.engagement, record: ws.engagement.first?.id))
        },
    ]

    static let legislationRules: [Rule] = [
        Rule(id: "three-year-plan", source: .legislation, text: "It is a three-year plan") { ws in
            result(ws.plan.period.years == 3, "covers \(ws.plan.period)",
                   "covers \(ws.plan.period.years) year\(ws.plan.period.years == 1 ? "" : "s"), not three",
                   PlanLocation(.plan, field: "period"))
        },
        Rule(id: "revised-annually", source: .legislation, text: "It is revised annually") { ws in
            let start = ws.plan.period.startYear
            let due = (start + 1...max(start + 1, ws.plan.currentYear.start)).filter { $0 <= ws.plan.currentYear.start }
            let done = Set(ws.plan.revisions.map(\.year.start))
            let missing = due.filter { !done.contains($0) }
            let yes = due.isEmpty ? "first year of the plan; the next revision follows the autumn strategic assessment"
                : "revised for " + due.map { FinancialYear($0).description }.joined(separator: ", ")
            return result(missing.isEmpty, yes,
                          "no revision recorded for " + missing.map { FinancialYear($0).description }.joined(separator: ", "),
                          PlanLocation(.plan, field: "revisions"))
        },
        Rule(id: "crime-disorder-strategy", source: .legislation,
             text: "It includes a strategy for tackling crime and disorder in the area") { ws in
            result(filled(ws.plan.crimeStrategy), "strategy written", "the crime and disorder strategy is not written",
                   PlanLocation(.plan, field: "crimeStrategy"))
        },
        Rule(id: "assessment-priorities", source: .legislation,
             text: "It outlines the priorities identified through the strategic assessment") { ws in
            let active = ws.priorities.filter { $0.status == .active }
            return result(!active.isEmpty && ws.plan.strategicAssessment.date != nil,
                          "\(Plural.count(active.count, "priority")) from the \(ws.plan.strategicAssessment.date?.year ?? 0) assessment",
                          active.isEmpty ? "no priorities are set" : "the strategic assessment is not dated",
                          active.isEmpty ? PlanLocation(.priorities) : PlanLocation(.plan, field: "strategicAssessment"))
        },
        Rule(id: "partner-roles", source: .legislation,
             text: "It sets out the role of each partner in delivering the priorities and how this is resourced") { ws in
            partnerRoles(ws, needFunding: true)
        },
        Rule(id: "performance-measurement", source: .legislation,
             text: "It sets out how performance against the priorities will be measured") { ws in
            let unmeasured = ws.priorities.filter { $0.status == .active && $0.kind == .priorityArea && $0.indicators.isEmpty }
            return result(!ws.priorities.isEmpty && unmeasured.isEmpty, "every priority area has indicators",
                          unmeasured.isEmpty ? "no priorities are set"
                              : "no indicator for: " + unmeasured.prefix(3).map(\.title).joined(separator: "; "),
                          PlanLocation(.priorities, record: unmeasured.first?.id))
        },
        Rule(id: "community-engagement", source: .legislation, basis: .engagementRegulations,
             text: "It sets out how the partnership will engage with its communities") { ws in
            result(!ws.engagement.isEmpty, Plural.count(ws.engagement.count, "engagement mechanism"),
                   "no engagement mechanisms are listed", PlanLocation(.engagement))
        },
    ]

    /// Good practice: the law asks for a strategy group with members from each responsible authority
    /// (2007 regulations, reg. 3 as made), not for seats on a board; the seeds' boards have them.
    static let goodPracticeRules: [Rule] = [
        Rule(id: "responsible-authorities", source: .goodPractice,
             basis: ChecklistBasis(.goodPractice, "not required by law: the 2007 regulations (SI 2007/1830, reg. 3 as "
                + "made) ask for a strategy group with members from each responsible authority, not seats on a board; "
                + "seed 003, Governance, 1. Strategic: the Board \u{201C}includes members from the 6 statutory bodies\u{201D}"),
             text: "The responsible authorities (police, council, fire and rescue, health, probation) sit on the "
                + "strategic board") { ws in
            let missing = ws.authoritiesMissingFromBoard
            let board = ws.body(ws.governance.partnershipBoard)
            return result(board != nil && missing.isEmpty, "all five sit on \(board?.shortName ?? "the board")",
                          board == nil ? "no body is marked as the partnership board"
                              : "missing from \(board?.shortName ?? "the board"): " + missing.map(\.label).joined(separator: ", "),
                          PlanLocation(.governance, record: board?.id, field: "members"))
        },
    ]

    static func partnerRoles(_ ws: Workspace, needFunding: Bool) -> ChecklistResult {
        let lacking = ws.partners.filter { $0.role.trimmingSpaces().isEmpty || $0.contribution.trimmingSpaces().isEmpty }
        var reasons: [String] = []
        if ws.partners.isEmpty { reasons.append("no partners are listed") }
        if !lacking.isEmpty {
            reasons.append("no role or contribution for " + lacking.prefix(3).map { $0.acronym.isEmpty ? $0.name : $0.acronym }
                .joined(separator: ", ") + (lacking.count > 3 ? " and \(lacking.count - 3) more" : ""))
        }
        if needFunding && ws.budget.fundingLines.isEmpty { reasons.append("no funding lines") }
        let fix = ws.partners.isEmpty || !lacking.isEmpty ? PlanLocation(.partners, record: lacking.first?.id)
            : PlanLocation(.budget)
        return result(reasons.isEmpty, "\(Plural.count(ws.partners.count, "partner")) with roles and contributions; funding set out",
                      reasons.joined(separator: "; "), fix)
    }
}
