/// The quarterly performance report: action RAG by priority with the exceptions, and the
/// indicators with their trend.
public enum PerformancePaper {
    /// The quarter a report covers when none is chosen: the latest with an action update or an
    /// indicator actual inside the plan period and not after today; else the quarter containing
    /// today, kept inside the plan period.
    public static func defaultQuarter(_ ws: Workspace, today: Day) -> Quarter {
        let now = Quarter(containing: today)
        let years = ws.plan.period.financialYears
        let inPeriod: (Quarter) -> Bool = { years.isEmpty || years.contains($0.year) }
        let updates = ws.allActions.flatMap { $0.action.updates.map(\.quarter) }
        let actuals = ws.indicators.flatMap { $0.actuals.map(\.quarter) }
        if let latest = (updates + actuals).filter({ $0 <= now && inPeriod($0) }).max() { return latest }
        guard let first = years.first, let last = years.last else { return now }
        if now.year < first { return Quarter(year: first, number: 1) ?? now }
        if now.year > last { return Quarter(year: last, number: 4) ?? now }
        return now
    }

    /// The RAG an action reports for a quarter: that quarter's update, else none.
    static func rag(_ a: PlanAction, _ q: Quarter) -> RAG? { a.updates.first { $0.quarter == q }?.rag }

    /// An indicator's value with its unit: "1.62 offences per 1,000 population", "24 % agreeing".
    static func value(_ v: Double, _ i: Indicator) -> String {
        let unit = i.unit.trimmingSpaces()
        return NumberFormat.grouped(v) + (unit.isEmpty ? " (unit not recorded)" : " " + unit)
    }

    /// Why an open action is an exception in quarter `q`: red or amber, overdue, or no update.
    static func reasons(_ a: PlanAction, _ q: Quarter, today: Day) -> [String] {
        guard a.status.isOpen else { return [] }
        var out: [String] = []
        switch rag(a, q) ?? a.rag {
        case .red?: out.append("red")
        case .amber?: out.append("amber")
        default: break
        }
        if a.isOverdue(today: today), let d = a.due ?? a.smart.deadline { out.append("overdue since \(PaperDate.long(d))") }
        if !a.hasUpdate(for: q) { out.append("no update for \(q)") }
        return out
    }

    /// The performance report on the action plans for quarter `q`: RAG by priority and the exceptions.
    public static func actions(_ ws: Workspace, quarter q: Quarter, today: Day) -> Paper {
        var p = Paper(title: "Performance report: action plans, \(q)",
                      subtitle: [ws.partnership.name, "Quarter \(q.number) of \(q.year), reported \(PaperDate.long(today))"])
        let plans = ws.actionPlans.filter { $0.year == q.year && !$0.actions.isEmpty }
        let all = plans.flatMap(\.actions)
        p.heading("Summary")
        guard !all.isEmpty else {
            p.paragraph("No action plan for \(q.year) holds an action yet: add action plans in the Delivery view of saferplan open.")
            return p
        }
        p.table(ragTable(ws, plans, q))
        let missing = all.filter { rag($0, q) == nil }.count
        p.paragraph(Self.unreported(missing, of: all.count, q))
        p.heading("Exceptions: red, amber, overdue and unreported actions")
        let exceptions = plans.flatMap { plan in plan.actions.compactMap { a -> (row: [String], rag: RAG?)? in
            let why = reasons(a, q, today: today)
            guard !why.isEmpty else { return nil }
            let r = rag(a, q)
            return ([ws.priority(plan.priority)?.title ?? plan.priority, a.code.isEmpty ? a.id : a.code, a.title, a.owner,
                     r?.label ?? "no update", why.joined(separator: "; "), a.updates.first { $0.quarter == q }?.commentary ?? ""], r)
        } }
        if exceptions.isEmpty { p.paragraph("No action is red, amber, overdue or without an update this quarter.") } else {
            p.table(PaperTable(header: ["Priority", "Action", "Title", "Owner", "RAG \(q)", "Why listed", "Commentary"],
                               rows: exceptions.map(\.row),
                               cellClasses: exceptions.map { [nil, nil, nil, nil, $0.rag.map { "rag-" + $0.rawValue }, nil, nil] }))
        }
        p.heading("By priority")
        for plan in plans {
            let title = ws.priority(plan.priority).map { ($0.code.isEmpty ? "" : $0.code + " ") + $0.title } ?? plan.priority
            p.heading(title, level: 3)
            p.paragraph("Lead: \(plan.lead.isEmpty ? ws.priority(plan.priority)?.lead ?? "—" : plan.lead)")
            let rows = plan.actions.map { a -> [String] in
                [a.code.isEmpty ? a.id : a.code, a.title, a.owner, a.due.map(PaperDate.long) ?? "—", rag(a, q)?.label ?? "no update",
                 a.isSmart ? "" : "not SMART: " + a.smartGaps.map(\.label).joined(separator: ", ")]
            }
            p.table(PaperTable(header: ["Action", "Title", "Owner", "Due", "RAG \(q)", "Note"], rows: rows,
                               cellClasses: plan.actions.map { a in [nil, nil, nil, nil, rag(a, q).map { "rag-" + $0.rawValue }, nil] }))
            indicatorTable(&p, ws, ids: ws.priority(plan.priority)?.indicators ?? [], q)
        }
        return p
    }

    static func ragTable(_ ws: Workspace, _ plans: [ActionPlan], _ q: Quarter) -> PaperTable {
        var rows: [[String]] = []
        var totals = [0, 0, 0, 0]
        for plan in plans {
            var c = [0, 0, 0, 0]
            for a in plan.actions {
                switch rag(a, q) {
                case .green?: c[0] += 1
                case .amber?: c[1] += 1
                case .red?: c[2] += 1
                case nil: c[3] += 1
                }
            }
            for k in 0..<4 { totals[k] += c[k] }
            rows.append([ws.priority(plan.priority)?.title ?? plan.priority] + c.map(String.init))
        }
        rows.append(["Total"] + totals.map(String.init))
        return PaperTable(header: ["Priority", "Green", "Amber", "Red", "No update"], rows: rows, rightAligned: [1, 2, 3, 4],
                          cellClasses: rows.map { _ in [nil, "rag-green", "rag-amber", "rag-red", nil] }, totalRows: [rows.count - 1])
    }

    /// Indicators with their figures up to quarter `q`, each value with its unit.
    static func indicatorTable(_ p: inout Paper, _ ws: Workspace, ids: [String], _ q: Quarter) {
        let list = ids.compactMap { ws.indicator($0) }
        guard !list.isEmpty else { return }
        let rows = list.map { i -> (row: [String], rag: RAG?) in
            let upTo = i.sortedActuals.filter { $0.quarter <= q }
            let latest = upTo.last
            let target = i.target(for: q.year)
            let rag = latest.flatMap { l in target.map { i.rag(value: l.value, target: $0) } }
            var cut = i
            cut.actuals = upTo
            return ([i.code, i.title, i.baseline.map { value($0, i) } ?? "none", target.map { value($0, i) } ?? "none",
                     latest.map { value($0.value, i) + " (\($0.quarter))" } ?? "—", rag?.label ?? "—", cut.trend.label,
                     i.gaps(for: q.year).isEmpty ? "" : "missing " + i.gaps(for: q.year).joined(separator: ", ")], rag)
        }
        p.table(PaperTable(header: ["Code", "Indicator", "Baseline", "Target \(q.year)", "Latest", "RAG", "Trend", "Note"],
                           rows: rows.map(\.row), rightAligned: [2, 3],
                           cellClasses: rows.map { [nil, nil, nil, nil, nil, $0.rag.map { "rag-" + $0.rawValue }, nil, nil] }))
    }

    /// The performance report on the indicators for quarter `q`, with their trend.
    public static func indicators(_ ws: Workspace, quarter q: Quarter, today: Day) -> Paper {
        var p = Paper(title: "Performance report: indicators, \(q)", subtitle: [ws.partnership.name, "Reported \(PaperDate.long(today))"])
        p.heading("Indicators")
        guard !ws.indicators.isEmpty else {
            p.paragraph("The workspace holds no indicators yet: add them in the Indicators view of saferplan open.")
            return p
        }
        indicatorTable(&p, ws, ids: ws.indicators.map(\.id), q)
        p.heading("Quarterly actuals, \(q.year)")
        let quarters = (1...4).compactMap { Quarter(year: q.year, number: $0) }
        p.table(PaperTable(header: ["Code", "Unit", "Polarity"] + quarters.map { "Q\($0.number)" } + ["Target", "Flags"],
                           rows: ws.indicators.map { i in
                               [i.code, i.unit.isEmpty ? "not recorded" : i.unit, i.polarity.label] + quarters.map { qq in
                                   i.actuals.first { $0.quarter == qq }.map { NumberFormat.grouped($0.value) } ?? ""
                               } + [i.target(for: q.year).map(NumberFormat.grouped) ?? "none",
                                    ([i.stretch && i.agreed.isEmpty ? "stretch" : "", i.laa ? "LAA" : ""] + i.agreed.map(\.summary))
                                        .filter { !$0.isEmpty }.joined(separator: ", ")]
                           }, rightAligned: [3, 4, 5, 6, 7]))
        let flagged = ws.indicators.filter { !$0.gaps(for: q.year).isEmpty }
        if !flagged.isEmpty {
            p.heading("Indicators that cannot be monitored yet")
            p.bullets(flagged.map { "\($0.code) \($0.title): no " + $0.gaps(for: q.year).joined(separator: ", no ") })
        }
        return p
    }

    /// The summary's sentence on actions without an update for `q`, its verb agreeing with its count:
    /// "2 of 12 actions have no update", "1 of 12 actions has no update", "The 1 action has an update".
    static func unreported(_ missing: Int, of count: Int, _ q: Quarter) -> String {
        guard missing > 0 else { return count == 1 ? "The 1 action has an update for \(q)." : "All \(count) actions have an update for \(q)." }
        return "\(missing) of \(Plural.count(count, "action")) \(missing == 1 ? "has" : "have") no update for \(q)."
    }
}
