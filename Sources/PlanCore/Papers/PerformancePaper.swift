/// The quarterly performance report: action RAG by priority with the exceptions, and the
/// indicators with their trend.
public enum PerformancePaper {
    /// The quarter a report covers when none is chosen: the latest with an action update or an
    /// indicator actual, not after today; else the quarter containing today.
    public static func defaultQuarter(_ ws: Workspace, today: Day) -> Quarter {
        let now = Quarter(containing: today)
        let updates = ws.allActions.flatMap { $0.action.updates.map(\.quarter) }
        let actuals = ws.indicators.flatMap { $0.actuals.map(\.quarter) }
        return (updates + actuals).filter { $0 <= now }.max() ?? now
    }

    /// The RAG an action reports for a quarter: that quarter's update, else none.
    static func rag(_ a: PlanAction, _ q: Quarter) -> RAG? { a.updates.first { $0.quarter == q }?.rag }

    public static func actions(_ ws: Workspace, quarter q: Quarter, today: Day) -> Paper {
        var p = Paper(title: "Performance report: action plans, \(q)",
                      subtitle: [ws.partnership.name, "Quarter \(q.number) of \(q.year), reported \(today.display)"])
        let plans = ws.actionPlans.filter { $0.year == q.year }
        let all = plans.flatMap(\.actions)
        p.heading("Summary")
        p.table(ragTable(ws, plans, q))
        p.paragraph("\(all.filter { rag($0, q) == nil }.count) of \(all.count) actions have no update for \(q).")
        p.heading("Exceptions: red and amber actions")
        let exceptions = plans.flatMap { plan in plan.actions.compactMap { a -> [String]? in
            guard let r = rag(a, q), r != .green else { return nil }
            let u = a.updates.first { $0.quarter == q }
            return [ws.priority(plan.priority)?.title ?? plan.priority, a.code.isEmpty ? a.id : a.code, a.title, a.owner, r.label,
                    u?.commentary ?? ""]
        } }
        if exceptions.isEmpty { p.paragraph("No action is red or amber this quarter.") } else {
            p.table(PaperTable(header: ["Priority", "Action", "Title", "Owner", "RAG", "Commentary"], rows: exceptions,
                               cellClasses: exceptions.map { [nil, nil, nil, nil, "rag-" + $0[4].lowercased(), nil] }))
        }
        p.heading("By priority")
        for plan in plans {
            let title = ws.priority(plan.priority).map { ($0.code.isEmpty ? "" : $0.code + " ") + $0.title } ?? plan.priority
            p.heading(title, level: 3)
            p.paragraph("Lead: \(plan.lead.isEmpty ? ws.priority(plan.priority)?.lead ?? "—" : plan.lead)")
            let rows = plan.actions.map { a -> [String] in
                [a.code.isEmpty ? a.id : a.code, a.title, a.owner, a.due?.display ?? "—", rag(a, q)?.label ?? "no update",
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

    /// Indicators with their figures up to quarter `q`.
    static func indicatorTable(_ p: inout Paper, _ ws: Workspace, ids: [String], _ q: Quarter) {
        let list = ids.compactMap { ws.indicator($0) }
        guard !list.isEmpty else { return }
        let rows = list.map { i -> [String] in
            let upTo = i.sortedActuals.filter { $0.quarter <= q }
            let latest = upTo.last
            let target = i.target(for: q.year)
            let rag = latest.flatMap { l in target.map { i.rag(value: l.value, target: $0) } }
            var cut = i
            cut.actuals = upTo
            return [i.code, i.title, i.baseline.map(NumberFormat.grouped) ?? "none", target.map(NumberFormat.grouped) ?? "none",
                    latest.map { NumberFormat.grouped($0.value) + " (\($0.quarter))" } ?? "—", rag?.label ?? "—", cut.trend.label,
                    i.gaps(for: q.year).isEmpty ? "" : "missing " + i.gaps(for: q.year).joined(separator: ", ")]
        }
        p.table(PaperTable(header: ["Code", "Indicator", "Baseline", "Target \(q.year)", "Latest", "RAG", "Trend", "Note"],
                           rows: rows, rightAligned: [2, 3],
                           cellClasses: rows.map { [nil, nil, nil, nil, nil, $0[5] == "—" ? nil : "rag-" + $0[5].lowercased(), nil, nil] }))
    }

    public static func indicators(_ ws: Workspace, quarter q: Quarter, today: Day) -> Paper {
        var p = Paper(title: "Performance report: indicators, \(q)", subtitle: [ws.partnership.name, "Reported \(today.display)"])
        p.heading("Indicators")
        indicatorTable(&p, ws, ids: ws.indicators.map(\.id), q)
        p.heading("Quarterly actuals, \(q.year)")
        let quarters = (1...4).compactMap { Quarter(year: q.year, number: $0) }
        p.table(PaperTable(header: ["Code", "Polarity"] + quarters.map { "Q\($0.number)" } + ["Target", "Flags"],
                           rows: ws.indicators.map { i in
                               [i.code, i.polarity.label] + quarters.map { qq in
                                   i.actuals.first { $0.quarter == qq }.map { NumberFormat.grouped($0.value) } ?? ""
                               } + [i.target(for: q.year).map(NumberFormat.grouped) ?? "none",
                                    [i.stretch ? "stretch" : "", i.laa ? "LAA" : ""].filter { !$0.isEmpty }.joined(separator: ", ")]
                           }, rightAligned: [2, 3, 4, 5, 6]))
        let flagged = ws.indicators.filter { !$0.gaps(for: q.year).isEmpty }
        if !flagged.isEmpty {
            p.heading("Indicators that cannot be monitored yet")
            p.bullets(flagged.map { "\($0.code) \($0.title): no " + $0.gaps(for: q.year).joined(separator: ", no ") })
        }
        return p
    }
}
