/// The Partnership Plan as a document, in the order of a published plan: introduction and
/// vision, priorities, governance, resources, engagement, performance, risks, partners, glossary.
public enum PlanPaper {
    /// The whole plan as a paper, dated `today`.
    public static func document(_ ws: Workspace, today: Day) -> Paper {
        let plan = ws.plan
        let name = ws.partnership.name
        let defaultTitle = name + (name.hasSuffix("Partnership") ? " Plan " : " Partnership Plan ") + plan.period.description
        var p = Paper(title: plan.title.isEmpty ? defaultTitle : plan.title,
                      subtitle: [ws.partnership.name, "\(plan.period) · \(plan.versionLabel.isEmpty ? plan.approvalStage.capitalizedFirst : plan.versionLabel)",
                                 approvalLine(plan)].filter { !$0.isEmpty })
        if ws.governance.bodies.isEmpty && ws.priorities.isEmpty && ws.partnership.vision.isEmpty {
            p.heading("What the workspace holds")
            p.paragraph("The workspace holds no vision, priorities or governance yet: add them in the Plan, Priorities and "
                        + "Governance views of saferplan open, and this paper sets them out.")
        }
        p.add(.contents)
        introduction(&p, ws)
        priorities(&p, ws)
        if !ws.governance.bodies.isEmpty {
            p.heading("Governance")
            p.paragraph("How the partnership is organised to deliver this plan: who decides, who monitors and who delivers.")
            p.add(GovernancePaper.chart(ws.governance.bodies, caption: "The partnership's structure"))
            let active = ws.governance.bodies.filter { $0.status == .active }
            p.table(PaperTable(header: ["Body", "Role", "Meets", "Chair"], rows: active.map {
                [$0.name, $0.purpose, $0.cadence.display, $0.chair]
            }, rowRecords: active.map { Provenance.key("body", $0.id) }))
        }
        resources(&p, ws)
        engagement(&p, ws, today: today)
        performance(&p, ws, today: today)
        risks(&p, ws, today: today)
        partners(&p, ws)
        if !ws.glossary.isEmpty {
            p.heading("Glossary")
            let terms = ws.glossary.sorted { $0.term.lowercased() < $1.term.lowercased() }
            p.table(PaperTable(header: ["Term", "Meaning"], rows: terms.map { [$0.term, $0.meaning] },
                               rowRecords: terms.map { Provenance.key("glossaryTerm", $0.id) }))
        }
        appendix(&p, ws)
        return p
    }

    /// The approval so far, in the words of its steps; empty when no step is recorded.
    static func approvalLine(_ plan: Plan) -> String {
        plan.approvalSoFar.isEmpty ? "" : plan.approvalStatus
    }

    static func introduction(_ p: inout Paper, _ ws: Workspace) {
        let pt = ws.partnership
        let anything = !pt.vision.isEmpty || !pt.storyOfPlace.isEmpty || !pt.communityStrategyLink.isEmpty
            || !ws.plan.strategicAssessment.summary.isEmpty || !pt.lessonsLearnt.isEmpty || !pt.keyChallenges.isEmpty
            || !pt.strategicLinks.isEmpty
        guard anything else { return }
        p.heading("Introduction and vision")
        if !pt.vision.trimmingSpaces().isEmpty {
            p.heading("Our vision", level: 3)
            p.paragraph(pt.vision)
        }
        if !pt.storyOfPlace.trimmingSpaces().isEmpty {
            p.heading("Our place", level: 3)
            p.paragraph(pt.storyOfPlace)
        }
        if !pt.communityStrategyLink.isEmpty {
            p.heading("The Sustainable Community Strategy", level: 3)
            p.paragraph(pt.communityStrategyLink)
        }
        if !ws.plan.strategicAssessment.summary.isEmpty {
            p.heading("What the strategic assessment told us", level: 3)
            p.paragraph(ws.plan.strategicAssessment.summary)
        }
        if !pt.lessonsLearnt.isEmpty {
            p.heading("Lessons from the previous plan", level: 3)
            p.bullets(pt.lessonsLearnt)
        }
        if !pt.keyChallenges.isEmpty {
            p.heading("Key challenges", level: 3)
            p.bullets(pt.keyChallenges)
        }
        if !pt.strategicLinks.isEmpty {
            p.heading("Links to other plans", level: 3)
            p.table(PaperTable(header: ["Plan", "Owner", "How it links"], rows: pt.strategicLinks.map { [$0.plan, $0.owner, $0.relationship] }))
        }
    }

    static func priorities(_ p: inout Paper, _ ws: Workspace) {
        let active = ws.priorities.filter { $0.status == .active }
        guard !active.isEmpty else { return }
        p.heading("Priorities and areas for action")
        for kind in PriorityKind.allCases {
            let list = active.filter { $0.kind == kind }
            guard !list.isEmpty else { continue }
            for pr in list {
                p.heading((pr.code.isEmpty ? "" : pr.code + " ") + pr.title + (kind == .priorityArea ? "" : " (\(kind.label.lowercased()))"), level: 3)
                p.paragraph(pr.description)
                var facts = [PaperFact("Lead", pr.lead.isEmpty ? "—" : pr.lead)]
                if let b = ws.body(pr.owningBody) { facts.append(PaperFact("Owned by", b.name)) }
                if !pr.bodies.isEmpty {
                    facts.append(PaperFact("Runs across", pr.bodies.map { ws.body($0)?.name ?? $0 }.joined(separator: "; ")))
                }
                let inds = pr.indicators.compactMap { ws.indicator($0) }
                if !inds.isEmpty { facts.append(PaperFact("Measured by", inds.map { "\($0.code) \($0.title)" }.joined(separator: "; "))) }
                if let plan = ws.actionPlans.first(where: { $0.priority == pr.id && $0.year == ws.plan.currentYear }) {
                    facts.append(PaperFact("Action plan \(plan.year)", Plural.count(plan.actions.count, "action")))
                }
                p.add(.facts(facts))
            }
        }
    }

    static func resources(_ p: inout Paper, _ ws: Workspace) {
        let b = ws.budget
        guard !b.years.isEmpty || !ws.plan.resourcing.isEmpty else { return }
        p.heading("Resources")
        p.paragraph(ws.plan.resourcing)
        for year in b.years {
            let t = b.totals(for: year)
            let lines = b.fundingLines.filter { $0.year == year }
            var rows = lines.map { l in [l.source, ws.partner(l.partner)?.name ?? "", l.nature.label, Money.text(l.amount), l.certainty.label] }
            var classes: [[String?]] = lines.map { l in [nil, nil, nil, l.certainty == .projected ? "projected" : nil, nil] }
            let unknownCarried = b.carryForwards.contains { $0.year == year && $0.amount == nil }
            if t.carriedForward.pence != 0 || unknownCarried {
                let amount = !unknownCarried ? t.carriedForward.description
                    : t.carriedForward.pence == 0 ? Money.notYetKnownText : "\(t.carriedForward) plus a sum \(Money.notYetKnownText)"
                rows.append(["Carried forward", "", "", amount, t.carryForwardProjected || unknownCarried ? "Projected" : "Confirmed"])
                classes.append([nil, nil, nil, t.carryForwardProjected ? "projected" : nil, nil])
            }
            rows.append(["Total \(year)" + (t.includesProjected ? " (includes projected)" : ""), "", "", t.totalText, ""])
            var totalRows = 3
            if let stated = b.statedTotal(for: year) {
                rows.append(["Total as printed" + (stated.source.isEmpty ? "" : " in " + stated.source), "", "", stated.amount.description, ""])
                totalRows += 1
            }
            rows.append(["Allocated to priorities", "", "", t.allocated.description, ""])
            rows.append([t.overAllocated ? "Over-allocated by" : "Not yet allocated", "", "",
                         (t.overAllocated ? t.allocated - t.total : t.unallocated).description + (t.isComplete ? "" : " of the money known"), ""])
            p.table(PaperTable(caption: "Funding \(year) (projected figures in italics)", header: ["Source", "Partner", "Type", "Amount", "Status"],
                               rows: rows, rightAligned: [3], cellClasses: classes,
                               totalRows: Set((rows.count - totalRows)..<rows.count)))
        }
        let allocations = b.allocations.filter { $0.year == ws.plan.currentYear }
        if !allocations.isEmpty {
            p.table(PaperTable(caption: "Allocations to priorities, \(ws.plan.currentYear)", header: ["Priority", "Funding line", "Amount"],
                               rows: allocations.map { [ws.priority($0.priority)?.title ?? $0.priority, ws.fundingLine($0.fundingLine)?.source ?? "", $0.amount.description] },
                               rightAligned: [2]))
        }
    }

    static func engagement(_ p: inout Paper, _ ws: Workspace, today: Day) {
        guard !ws.engagement.isEmpty || !ws.plan.engagementApproach.isEmpty else { return }
        p.heading("Community engagement")
        p.paragraph(ws.plan.engagementApproach)
        if !ws.engagement.isEmpty { p.table(PaperTable(header: ["Mechanism", "What it is", "How often", "Who for", "Run by"],
                           rows: ws.engagement.map { [$0.name, $0.description, $0.frequency.display, $0.audience, $0.owner] },
                           rowRecords: ws.engagement.map { Provenance.key("engagement", $0.id) })) }
    }

    static func performance(_ p: inout Paper, _ ws: Workspace, today: Day) {
        guard !ws.indicators.isEmpty || !ws.plan.performanceFramework.isEmpty else { return }
        p.heading("Performance management")
        p.paragraph(ws.plan.performanceFramework)
        guard !ws.indicators.isEmpty else { return }
        let years = ws.plan.period.financialYears
        p.table(PaperTable(caption: "Indicators and targets", header: ["Code", "Indicator", "Unit", "Baseline"] + years.map(\.description) + ["Stretch or local"],
                           rows: ws.indicators.map { i in
                               [i.code, i.title, i.unit.isEmpty ? "unit not recorded" : i.unit, i.baseline.map(NumberFormat.grouped) ?? "none"]
                                   + years.map { y in i.target(for: y).map(NumberFormat.grouped) ?? "" }
                                   + [i.agreed.isEmpty ? (i.stretch ? "yes" : "") : i.agreed.map(\.summary).joined(separator: "; ")]
                           }, rightAligned: Set(3..<(4 + years.count)),
                           rowRecords: ws.indicators.map { Provenance.key("indicator", $0.id) }))
    }

    static func risks(_ p: inout Paper, _ ws: Workspace, today: Day) {
        let reg = ws.risks
        guard !reg.risks.isEmpty else { return }
        p.heading("Risks to delivery")
        let open = reg.risks.filter { $0.status == .open }.sorted { $0.residualValue > $1.residualValue }
        p.table(PaperTable(header: ["Risk", "Owner", "Residual", "Main controls"],
                           rows: open.map { [$0.title, $0.owner, RiskPaper.scoreWithBand(reg, $0.residual),
                                             $0.controls.joined(separator: "; ")] },
                           cellClasses: open.map { [nil, nil, RiskPaper.bandClass(reg, $0.residual), nil] },
                           rowRecords: open.map { Provenance.key("risk", $0.id) },
                           columnFields: [["title"], ["owner"], ["residual"], ["controls"]]))
    }

    static func partners(_ p: inout Paper, _ ws: Workspace) {
        guard !ws.partners.isEmpty else { return }
        p.heading("Partners and their roles")
        for kind in PartnerKind.allCases {
            let list = ws.partners.filter { $0.kind == kind }
            guard !list.isEmpty else { continue }
            p.table(PaperTable(caption: Plural.of(kind.label), header: ["Partner", "Role", "Contribution", "Representatives"],
                               rows: list.map { pt in
                                   [pt.name, pt.role, pt.contribution, pt.representatives.map { "\($0.name), \($0.title)" }.joined(separator: "; ")]
                               }, rowRecords: list.map { Provenance.key("partner", $0.id) }))
        }
    }

    static func appendix(_ p: inout Paper, _ ws: Workspace) {
        var blocks: [PaperBlock] = []
        if !ws.plan.approval.isEmpty {
            blocks.append(.table(PaperTable(caption: "Approval", header: ["Step", "", "Note"],
                                            rows: ws.plan.approval.map { [$0.sentence, $0.state == .done ? "done" : $0.state == .asked ? "asked" : "to come", $0.note] })))
        }
        if !ws.plan.timetable.isEmpty {
            blocks.append(.table(PaperTable(caption: "Timetable", header: ["Date", "Step", "Body", "Done"],
                                            rows: ws.plan.timetable.map { [$0.date, $0.step, $0.body, $0.done ? "done" : ""] })))
        }
        if !ws.plan.revisions.isEmpty {
            blocks.append(.table(PaperTable(caption: "Annual revisions", header: ["Year", "Date", "What changed"],
                                            rows: ws.plan.revisions.map { [$0.year.description, $0.date.map(PaperDate.long) ?? "", ([$0.summary] + $0.changes).filter { !$0.isEmpty }.joined(separator: "\n")] })))
        }
        if !blocks.isEmpty { p.appendices.append(PaperAppendix(title: "Approval and timetable", blocks: blocks)) }
    }

    /// The budget on its own: funding by year with totals, allocations, and what each funding
    /// line has committed to actions.
    public static func budget(_ ws: Workspace, today: Day) -> Paper {
        var p = Paper(title: "Budget and resources", subtitle: [ws.partnership.name, "As at \(PaperDate.long(today))"])
        resources(&p, ws)
        if p.blocks.isEmpty {
            p.heading("Funding")
            p.paragraph("The budget holds no funding lines yet: add them in the Budget view of saferplan open.")
        }
        let use = ws.fundingUse.filter { !$0.actions.isEmpty }
        if !use.isEmpty {
            p.heading("Funding lines committed to actions")
            p.table(PaperTable(header: ["Funding line", "Year", "Amount", "Committed", "Remaining", "Actions"],
                               rows: use.map { u in
                                   [u.line.source, u.line.year.description, Money.text(u.line.amount), u.committed.description,
                                    Money.text(u.remaining) + (u.overCommitted ? " (over-allocated)" : ""), "\(u.actions.count)"]
                               }, rightAligned: [2, 3, 4, 5],
                               cellClasses: use.map { [nil, nil, nil, nil, $0.overCommitted ? "rag-red" : nil, nil] }))
        }
        return p
    }

    /// The short public summary: the vision, the priorities, how to get involved.
    public static func summary(_ ws: Workspace, today: Day) -> Paper {
        var p = Paper(title: "\(ws.partnership.name): our plan in brief", subtitle: [ws.plan.period.description])
        let vision = ws.plan.publicSummary.isEmpty ? ws.partnership.vision : ws.plan.publicSummary
        if !vision.trimmingSpaces().isEmpty {
            p.heading("Our vision")
            p.paragraph(vision)
        }
        let focus = ws.priorities.filter { $0.status == .active && $0.kind != .areaForAction }
        p.heading("What we will focus on")
        if focus.isEmpty { p.paragraph("No priority is recorded yet: add priorities in the Priorities view of saferplan open.") }
        p.bullets(focus.map { $0.title + ($0.kind == .crossCuttingTheme ? " (across everything we do)" : "") })
        let measured = ws.indicators.filter { $0.target(for: ws.plan.currentYear) != nil }
        if !measured.isEmpty {
            p.heading("How we will know")
            p.bullets(measured.prefix(8).map { i in
                "\(i.title): from \(i.baseline.map { PerformancePaper.value($0, i) } ?? "—") to \(i.target(for: ws.plan.currentYear).map { PerformancePaper.value($0, i) } ?? "—") by \(PaperDate.long(ws.plan.currentYear.last))"
            })
        }
        if !ws.engagement.isEmpty { p.heading("Have your say") }
        p.bullets(ws.engagement.map { "\($0.name) — \($0.frequency.display)" + ($0.audience.isEmpty ? "" : ", for \($0.audience)") })
        if !ws.partners.isEmpty {
            p.heading("Who we are")
            p.paragraph(ws.partners.map(\.name).joined(separator: ", ") + ".")
        }
        return p
    }
}
