import PlanCore

/// Generates large, deterministic workspaces for benchmarks and tests: about 50 bodies, 2,000
/// actions, 500 risks with 12 reviews each and 100 indicators with 12 quarters, times `scale`.
public enum SyntheticWorkspace {
    /// A workspace `scale` times the base size.
    public static func make(scale: Int = 1) -> Workspace {
        var rng = SplitMix64(seed: 2008)
        var ws = Workspace()
        ws.info = WorkspaceInfo(description: "Synthetic workspace for benchmarks (scale \(scale)).",
                                asOf: Day(year: 2010, month: 11, day: 15))
        ws.partnership = Partnership(name: "Synthetic Community Safety Partnership", shortName: "Synthetic CSP",
                                     area: "Anytown", vision: "A safer Anytown for everyone",
                                     storyOfPlace: String(repeating: "A growing town with a busy centre. ", count: 20))
        ws.partners = (1...(20 * scale)).map { i in
            Partner(id: "partner-\(i)", name: "Partner organisation \(i)", acronym: "P\(i)",
                    kind: PartnerKind.allCases[i % PartnerKind.allCases.count],
                    authority: i <= AuthorityType.allCases.count ? AuthorityType.allCases[i - 1] : nil,
                    role: "Delivers part of the plan", contribution: "Staff and data")
        }
        ws.governance.bodies = bodies(scale: scale, rng: &rng)
        ws.governance.partnershipBoard = "body-1"
        ws.indicators = (1...(100 * scale)).map { indicator($0, rng: &rng) }
        let priorityCount = 40 * scale
        ws.priorities = (1...priorityCount).map { i in
            Priority(id: "priority-\(i)", code: "P\(i)", title: "Priority \(i): reduce harm in area \(i)",
                     kind: i % 7 == 0 ? .crossCuttingTheme : i % 3 == 0 ? .areaForAction : .priorityArea,
                     lead: "Lead officer \(i)", owningBody: "body-\(1 + i % (50 * scale))",
                     indicators: ["indicator-\(1 + i % (100 * scale))", "indicator-\(1 + (i * 7) % (100 * scale))"])
        }
        ws.budget.fundingLines = (1...(30 * scale)).map { i in
            FundingLine(id: "line-\(i)", source: "Funding source \(i)",
                        sourceKind: FundingSourceKind.allCases[i % FundingSourceKind.allCases.count],
                        year: FinancialYear(2009 + i % 2), amount: Money(pounds: 10_000 + rng.next(90_000)),
                        certainty: i % 5 == 0 ? .projected : .confirmed)
        }
        ws.actionPlans = actionPlans(priorities: priorityCount, lines: 30 * scale, rng: &rng)
        ws.risks = RiskRegister(matrix: .standard, appetite: [RiskAppetite(category: "Financial", maxScore: 12)],
                                categories: ["Financial", "Delivery", "People", "Partnership"],
                                risks: (1...(500 * scale)).map { risk($0, bodies: 50 * scale, rng: &rng) })
        ws.glossary = (1...(50 * scale)).map { GlossaryTerm(id: "term-\($0)", term: "T\($0)", meaning: "Term \($0)") }
        ws.plan = Plan(title: "Synthetic plan", currentYear: FinancialYear(2010),
                       timetable: (1...20).map { Milestone(id: "ms-\($0)", date: "0\(1 + $0 % 9)/0\(1 + $0 % 9)/2010",
                                                            step: "Step \($0)") })
        return ws
    }

    static func bodies(scale: Int, rng: inout SplitMix64) -> [Body] {
        (1...(50 * scale)).map { i in
            let parents = i == 1 ? [] : i % 10 == 0 ? ["body-\(max(1, i / 3))", "body-1"] : ["body-\(max(1, i / 4))"]
            return Body(id: "body-\(i)", name: "Board or group \(i)", acronym: "B\(i)",
                        kind: BodyKind.allCases[i % BodyKind.allCases.count], tier: min(3, i / 10),
                        purpose: "Oversees work stream \(i)", termsOfReference: ["Agree actions", "Monitor progress"],
                        cadence: .monthly(1 + i % 3), chair: "Chair \(i)",
                        members: (1...8).map { Member(id: "b\(i)-m\($0)", role: "Member \($0)", partner: "partner-\($0)") },
                        parents: parents)
        }
    }

    static func indicator(_ i: Int, rng: inout SplitMix64) -> Indicator {
        let base = Double(100 + rng.next(900))
        var q = Quarter(year: FinancialYear(2008), number: 1) ?? Quarter(containing: Day(dayNumber: 14_000))
        var actuals: [QuarterActual] = []
        for _ in 0..<12 {
            actuals.append(QuarterActual(quarter: q, value: base * (0.85 + Double(rng.next(30)) / 100)))
            q = q.next
        }
        return Indicator(id: "indicator-\(i)", code: "NI \(i)", title: "Indicator \(i)",
                         polarity: i % 2 == 0 ? .lowerIsBetter : .higherIsBetter, unit: "per 1,000", baseline: base,
                         baselinePeriod: "2007-08",
                         targets: (2008...2010).map { YearTarget(year: FinancialYear($0), value: base * 0.95) },
                         actuals: actuals, stretch: i % 9 == 0, laa: i % 4 == 0)
    }

    static func actionPlans(priorities: Int, lines: Int, rng: inout SplitMix64) -> [ActionPlan] {
        var plans: [ActionPlan] = []
        var n = 0
        for p in 1...priorities {
            for year in [2009, 2010] {
                let actions = (1...25).map { k -> PlanAction in
                    n += 1
                    let q0 = Quarter(year: FinancialYear(year), number: 1) ?? Quarter(containing: Day(dayNumber: 14_000))
                    return PlanAction(
                        id: "action-\(n)", code: "A\(n)", title: "Action \(k) for priority \(p)",
                        owner: "Owner \(n % 40)", partners: ["partner-\(1 + n % 7)"],
                        due: Day(year: year + 1, month: 3, day: 31),
                        smart: SmartTarget(measure: "Measure \(n)", baseline: "\(rng.next(100))",
                                           target: "\(100 + rng.next(100))", deadline: Day(year: year + 1, month: 3, day: 31)),
                        resources: ActionResources(amount: Money(pounds: rng.next(5_000)), fundingLine: "line-\(1 + n % lines)"),
                        status: year == 2009 ? .complete : .inProgress, rag: RAG.allCases[rng.next(3)],
                        updates: (0..<(year == 2009 ? 4 : 2)).map {
                            ProgressUpdate(quarter: q0.adding($0), rag: RAG.allCases[rng.next(3)],
                                           commentary: "Progress note for quarter \($0 + 1)")
                        })
                }
                plans.append(ActionPlan(id: "plan-\(p)-\(year)", priority: "priority-\(p)", year: FinancialYear(year),
                                        lead: "Lead officer \(p)", status: .agreed, actions: actions))
            }
        }
        return plans
    }

    static func risk(_ i: Int, bodies: Int, rng: inout SplitMix64) -> Risk {
        let start = Day(year: 2008, month: 1, day: 15) ?? Day(dayNumber: 14_000)
        let reviews = (0..<12).map { k in
            RiskReview(date: start.adding(days: 90 * k),
                       residual: RiskScore(likelihood: 1 + rng.next(5), impact: 1 + rng.next(5)),
                       note: "Quarterly review \(k + 1)", reviewer: "Risk owner \(i % 30)")
        }
        let last = reviews[reviews.count - 1]
        return Risk(id: String(format4(i)), title: "Risk \(i) to delivery of the plan",
                    cause: "Cause of risk \(i)", event: "Event of risk \(i)", consequence: "Consequence of risk \(i)",
                    category: ["Financial", "Delivery", "People", "Partnership"][i % 4], owner: "Risk owner \(i % 30)",
                    inherent: RiskScore(likelihood: 1 + rng.next(5), impact: 1 + rng.next(5)), residual: last.residual,
                    target: RiskScore(likelihood: 1, impact: 2), controls: ["Control A for \(i)", "Control B for \(i)"],
                    mitigations: [Mitigation(description: "Mitigation for \(i)", action: "action-\(1 + i)", owner: "Owner")],
                    raisedOn: start, lastReview: last.date, reviews: reviews, bodies: ["body-\(1 + i % bodies)"])
    }

    static func format4(_ i: Int) -> String {
        let s = String(i)
        return "R" + String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}

/// A small, fast, seeded generator so synthetic workspaces are the same every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func nextRaw() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(nextRaw() % UInt64(max(1, bound))) }
}
