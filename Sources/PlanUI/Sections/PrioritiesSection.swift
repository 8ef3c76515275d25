import PlanCore

/// Priorities and action plans: priority → the year's action plan → actions.
enum PrioritiesSection {
    static func model(_ s: AppState) -> SectionModel {
        let ws = s.workspace
        let quarter = Quarter(containing: s.today)
        var rows: [Row] = []
        let ordered = PriorityKind.allCases.flatMap { kind in ws.priorities.filter { $0.kind == kind } }
        for p in ordered {
            let pid = "p:" + p.id
            let plans = ws.actionPlans.filter { $0.priority == p.id }.sorted { $0.year > $1.year }
            let expanded = s.isExpanded(pid)
            let label = [p.code, p.title].filter { !$0.isEmpty }.joined(separator: " ")
            rows.append(Row(id: pid, ref: RecordRef(.priority, p.id),
                            cells: [Span(label, p.status == .retired ? .dim : .strong),
                                    Span(p.kind == .priorityArea ? p.lead : p.kind.label + " · " + p.lead, .dim), Span(""),
                                    Span(""), Span("")],
                            expandable: !plans.isEmpty, expanded: expanded,
                            tags: ["is:\(p.kind.rawValue)", "is:\(p.status.rawValue)"],
                            adds: [AddTarget(.priority), AddTarget(.actionPlan, parent: p.id)]))
            guard expanded else { continue }
            for plan in plans {
                let apid = pid + "/" + plan.id
                let planExpanded = s.isExpanded(apid, byDefault: plan.year == ws.plan.currentYear)
                let open = plan.actions.filter { $0.status.isOpen }.count
                rows.append(Row(id: apid, ref: RecordRef(.actionPlan, plan.id),
                                cells: [Span("\(plan.year) action plan (\(plan.status.rawValue))", .heading),
                                        Span(plan.lead, .dim), Span(""), Span("\(open)/\(plan.actions.count)", .dim), Span("")],
                                depth: 1, expandable: !plan.actions.isEmpty, expanded: planExpanded,
                                adds: [AddTarget(.action, parent: plan.id), AddTarget(.actionPlan, parent: p.id)]))
                guard planExpanded else { continue }
                for a in plan.actions {
                    var tags = ["is:\(a.status.rawValue)", "owner:\(a.owner.lowercased())"]
                    if a.isOverdue(today: s.today) { tags.append("is:overdue") }
                    if a.status.isOpen && !a.hasUpdate(for: quarter) { tags.append("is:noupdate") }
                    if !a.isSmart { tags.append("is:notsmart") }
                    if let rag = a.rag { tags.append("is:\(rag.rawValue)") }
                    let gaps = a.smartGaps
                    let title = [a.code, a.title].filter { !$0.isEmpty }.joined(separator: " ")
                    let last = a.latestUpdate
                    rows.append(Row(id: apid + "/" + a.id, ref: RecordRef(.action, a.id),
                                    cells: [Span(title + (gaps.isEmpty ? "" : "  ! no " + gaps.map(\.label).joined(separator: ", ")),
                                                 a.status.isOpen ? (gaps.isEmpty ? .normal : .warning) : .dim),
                                            Span(a.owner, .dim),
                                            Span(a.due.map(\.iso) ?? "", a.isOverdue(today: s.today) ? .error : .normal),
                                            a.status.isOpen ? Fmt.ragSpan(a.rag) : Span(a.status.label, .dim),
                                            Span(last.map { $0.quarter.year == quarter.year ? "Q\($0.quarter.number)" : $0.quarter.description } ?? "none",
                                                 last?.quarter == quarter ? .ok : .dim)],
                                    depth: 2, tags: tags,
                                    adds: [AddTarget(.progressUpdate, parent: a.id), AddTarget(.action, parent: plan.id)]))
                }
            }
        }
        return SectionModel(columns: [Column("Priority / action"), Column("Lead / owner", width: 14),
                                      Column("Due", width: 10), Column("RAG", width: 6),
                                      Column("Update", width: 6)],
                            rows: rows, empty: "No priorities yet: press a to add one.", adds: [AddTarget(.priority)])
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let ws = s.workspace
        let ix = s.derived.records(s)
        var d = DetailBuilder()
        guard let ref = row.ref else { return [] }
        switch ref.kind {
        case .priority:
            guard let p = ix.priority(ref.id) else { return [] }
            d.line(DetailLine([Span([p.code, p.title].filter { !$0.isEmpty }.joined(separator: " "), .strong)], ref: ref))
            d.field("Kind", p.kind.label + (p.status == .retired ? " (retired in \(p.retiredIn?.description ?? "?"))" : ""), ref: ref)
            d.field("Lead", p.lead, ref: ref)
            d.field("Owning body", ix.body(p.owningBody)?.name ?? "", ref: ref)
            if !p.bodies.isEmpty {
                d.field("Runs across", p.bodies.map { ix.body($0)?.shortName ?? $0 }.joined(separator: ", "), ref: ref)
            }
            if !p.description.isEmpty { d.paragraph(p.description, ref: ref) }
            d.heading("Indicators")
            for id in p.indicators {
                guard let i = ix.indicator(id) else { continue }
                d.item([Fmt.ragSpan(i.rag), Span(" \(i.code) \(i.title)")], jump: PlanLocation(.indicators, record: i.id))
            }
            if p.indicators.isEmpty { d.text("No indicator linked: edit the priority to link one.", .warning) }
            d.heading("Action plans")
            for plan in ws.actionPlans where plan.priority == p.id {
                let counts = RAG.allCases.map { rag in plan.actions.filter { $0.rag == rag && $0.status.isOpen }.count }
                d.item([Span("\(plan.year) ", .strong), Span(Fmt.count(plan.actions.count, "action") + " · "),
                        Span("\(counts[0]) red", .error), Span(" · "), Span("\(counts[1]) amber", .warning), Span(" · "),
                        Span("\(counts[2]) green", .ok)], ref: RecordRef(.actionPlan, plan.id))
            }
            d.add("Add an action plan", AddTarget(.actionPlan, parent: p.id))
            let allocated = ws.budget.allocated(to: p.id, in: ws.plan.currentYear)
            d.heading("Budget \(ws.plan.currentYear)")
            d.field("Allocated", allocated.description)
        case .actionPlan:
            guard let plan = ws.actionPlans.first(where: { $0.id == ref.id }) else { return [] }
            d.line(DetailLine([Span("\(plan.year) action plan: ", .strong), Span(ix.priority(plan.priority)?.title ?? "")], ref: ref))
            d.field("Lead", plan.lead, ref: ref)
            d.field("Status", plan.status.label, ref: ref)
            d.heading("Actions")
            for a in plan.actions {
                d.item([a.status.isOpen ? Fmt.ragSpan(a.rag) : Span(a.status.label, .dim), Span(" " + a.title)],
                       ref: RecordRef(.action, a.id))
            }
            d.add("Add an action", AddTarget(.action, parent: plan.id))
        case .action:
            guard let (plan, a) = ix.action(ref.id) else { return [] }
            d.line(DetailLine([Span([a.code, a.title].filter { !$0.isEmpty }.joined(separator: " "), .strong)], ref: ref))
            d.field("Priority", ix.priority(plan.priority)?.title ?? plan.priority)
            d.field("Owner", a.owner, ref: ref)
            d.field("Partners", a.partners.map { ws.partner($0)?.name ?? $0 }.joined(separator: ", "), ref: ref)
            d.field("Due", Fmt.day(a.due), role: a.isOverdue(today: s.today) ? .error : .normal, ref: ref)
            d.field("Status", a.status.label, ref: ref)
            d.line(DetailLine([Span("  RAG: ", .label), Fmt.ragSpan(a.rag)], ref: ref, indent: 2))
            d.heading("SMART target")
            let gaps = a.smartGaps
            d.field("Measure", a.smart.measure, ref: ref)
            d.field("Baseline", a.smart.baseline, ref: ref)
            d.field("Target", a.smart.target, ref: ref)
            d.field("Deadline", Fmt.day(a.smart.deadline ?? a.due), ref: ref)
            if !gaps.isEmpty { d.line(DetailLine("  Not SMART: no " + gaps.map(\.label).joined(separator: ", "), .warning, ref: ref)) }
            d.heading("Resources")
            d.field("Amount", a.resources.amount?.description ?? "", ref: ref)
            d.field("Funding line", ws.fundingLine(a.resources.fundingLine).map { "\($0.source) \($0.year)" } ?? "", ref: ref)
            if let use = ix.fundingUse(a.resources.fundingLine) {
                d.field("Line committed", "\(use.committed) of \(Money.text(use.line.amount)) by \(Fmt.count(use.actions.count, "action"))"
                        + (use.overCommitted ? " — over-allocated by \(Money.text(use.line.amount.map { use.committed - $0 }))" : ""),
                        role: use.overCommitted ? .error : .dim)
            }
            d.field("Staff", a.resources.staff, ref: ref)
            if let c = a.carriedFrom { d.field("Carried from", ix.action(c).map { "\($0.plan.year) \($0.action.title)" } ?? c) }
            d.heading("Quarterly updates")
            for (i, u) in a.updates.enumerated().reversed() {
                d.item([Span(u.quarter.description + " "), Fmt.ragSpan(u.rag),
                        Span(u.value.map { " · " + NumberFormat.grouped($0) } ?? ""), Span(" " + u.commentary)],
                       ref: RecordRef(.progressUpdate, String(i), parent: a.id))
            }
            d.add("Add this quarter's update", AddTarget(.progressUpdate, parent: a.id))
        default: break
        }
        return d.lines
    }
}
