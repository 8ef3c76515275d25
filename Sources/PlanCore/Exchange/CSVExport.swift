/// CSV exports: one row per record, for spreadsheets.
public enum CSVExport {
    /// The CSV document for `subject`.
    public static func export(_ subject: ExportSubject, of ws: Workspace, today: Day) -> String {
        switch subject {
        case .risks: return RiskCSV.export(ws.risks, today: today)
        case .plan: return priorities(ws)
        case .actions: return actions(ws, today: today)
        case .indicators: return indicators(ws)
        case .governance: return governance(ws)
        case .budget: return budget(ws)
        }
    }

    static func num(_ v: Double?) -> CSV.Cell { .number(v.map(formatNumber) ?? "") }
    static func num(_ v: Int) -> CSV.Cell { .number(String(v)) }
    static func money(_ m: Money?) -> CSV.Cell { .number(m?.plain ?? "") }

    /// A number without a needless ".0".
    public static func formatNumber(_ v: Double) -> String {
        if v.rounded() == v && abs(v) < 1e15 { return String(Int(v)) }
        return String(v)
    }

    static func priorities(_ ws: Workspace) -> String {
        let year = ws.plan.currentYear
        let rows: [[CSV.Cell]] = ws.priorities.map { p in
            let plan = ws.actionPlans.first { $0.priority == p.id && $0.year == year }
            return [CSV.Cell(p.id), CSV.Cell(p.code), CSV.Cell(p.title), CSV.Cell(p.kind.label), CSV.Cell(p.lead),
                    CSV.Cell(ws.body(p.owningBody)?.name ?? ""),
                    CSV.Cell(p.indicators.map { ws.indicator($0)?.code ?? $0 }.joined(separator: "; ")),
                    CSV.Cell(p.status.rawValue), CSV.Cell(p.since?.description ?? ""),
                    CSV.Cell(p.retiredIn?.description ?? ""), num(plan?.actions.count ?? 0),
                    money(ws.budget.allocated(to: p.id, in: year))]
        }
        return CSV.document(header: ["id", "code", "title", "kind", "lead", "owning_body", "indicators", "status",
                                     "since", "retired_in", "actions_\(year)", "allocated_\(year)"], rows: rows)
    }

    static func actions(_ ws: Workspace, today: Day) -> String {
        let rows: [[CSV.Cell]] = ws.allActions.map { plan, a in
            let p = ws.priority(plan.priority)
            let u = a.latestUpdate
            return [CSV.Cell(plan.year.description), CSV.Cell(p?.code ?? ""), CSV.Cell(p?.title ?? plan.priority),
                    CSV.Cell(a.id), CSV.Cell(a.code), CSV.Cell(a.title), CSV.Cell(a.owner),
                    CSV.Cell(a.partners.joined(separator: "; ")), CSV.Cell(a.due?.iso ?? ""),
                    CSV.Cell(a.smart.measure), CSV.Cell(a.smart.baseline), CSV.Cell(a.smart.target),
                    CSV.Cell(a.smart.deadline?.iso ?? ""), money(a.resources.amount),
                    CSV.Cell(ws.fundingLine(a.resources.fundingLine)?.source ?? a.resources.fundingLine ?? ""),
                    CSV.Cell(a.resources.staff), CSV.Cell(a.status.label), CSV.Cell(a.rag?.label ?? ""),
                    CSV.Cell(u?.quarter.description ?? ""), CSV.Cell(u?.rag.label ?? ""), CSV.Cell(u?.commentary ?? ""),
                    CSV.Cell(a.isOverdue(today: today) ? "yes" : "no"),
                    CSV.Cell(a.smartGaps.map(\.label).joined(separator: "; ")), CSV.Cell(a.carriedFrom ?? "")]
        }
        return CSV.document(header: ["year", "priority_code", "priority", "id", "code", "title", "owner", "partners",
                                     "due", "measure", "baseline", "target", "deadline", "amount", "funding_line",
                                     "staff", "status", "rag", "latest_quarter", "latest_rag", "latest_commentary",
                                     "overdue", "smart_gaps", "carried_from"], rows: rows)
    }

    static func indicators(_ ws: Workspace) -> String {
        let years = Set(ws.indicators.flatMap { $0.targets.map(\.year) }).sorted()
        let quarters = Set(ws.indicators.flatMap { $0.actuals.map(\.quarter) }).sorted()
        let rows: [[CSV.Cell]] = ws.indicators.map { i in
            var row: [CSV.Cell] = [CSV.Cell(i.id), CSV.Cell(i.code), CSV.Cell(i.title), CSV.Cell(i.polarity.label),
                                   CSV.Cell(i.unit), num(i.baseline), CSV.Cell(i.baselinePeriod),
                                   CSV.Cell(i.stretch ? "yes" : "no"), CSV.Cell(i.laa ? "yes" : "no"),
                                   num(i.latest?.value), CSV.Cell(i.latest?.quarter.description ?? ""),
                                   CSV.Cell(i.rag?.label ?? ""), CSV.Cell(i.trend.rawValue)]
            row += years.map { num(i.target(for: $0)) }
            row += quarters.map { q in num(i.actuals.first { $0.quarter == q }?.value) }
            return row
        }
        let header = ["id", "code", "title", "polarity", "unit", "baseline", "baseline_period", "stretch", "laa",
                      "latest", "latest_quarter", "rag", "trend"]
            + years.map { "target \($0)" } + quarters.map { "actual \($0)" }
        return CSV.document(header: header, rows: rows)
    }

    static func governance(_ ws: Workspace) -> String {
        let rows: [[CSV.Cell]] = ws.governance.bodies.map { b in
            [CSV.Cell(b.id), CSV.Cell(b.name), CSV.Cell(b.acronym), CSV.Cell(b.kind.label), num(b.tier),
             CSV.Cell(b.status.rawValue), CSV.Cell(b.parents.map { ws.body($0)?.shortName ?? $0 }.joined(separator: "; ")),
             CSV.Cell(b.links.map { ws.body($0.target)?.shortName ?? $0.target }.joined(separator: "; ")),
             CSV.Cell(b.chair), CSV.Cell(b.viceChair), CSV.Cell(b.cadence.display),
             num(b.cadence.meetingsPerYear), num(b.members.count),
             CSV.Cell(b.members.map { [$0.role, $0.person].filter { !$0.isEmpty }.joined(separator: ", ") }
                .joined(separator: "\n")),
             CSV.Cell(b.purpose), CSV.Cell(b.termsOfReference.joined(separator: "\n"))]
        }
        return CSV.document(header: ["id", "name", "acronym", "kind", "tier", "status", "reports_to", "links", "chair",
                                     "vice_chair", "cadence", "meetings_per_year", "member_count", "members", "purpose",
                                     "terms_of_reference"], rows: rows)
    }

    static func budget(_ ws: Workspace) -> String {
        var rows: [[CSV.Cell]] = []
        for t in ws.budget.allTotals {
            for l in ws.budget.fundingLines where l.year == t.year {
                rows.append([CSV.Cell(t.year.description), CSV.Cell("funding line"), CSV.Cell(l.id), CSV.Cell(l.source),
                             CSV.Cell(l.sourceKind.label), CSV.Cell(ws.partner(l.partner)?.name ?? ""),
                             CSV.Cell(l.nature.label), CSV.Cell(l.certainty.label), money(l.amount), CSV.Cell(l.note)])
            }
            for c in ws.budget.carryForwards where c.year == t.year {
                rows.append([CSV.Cell(t.year.description), CSV.Cell("carry-forward"), CSV.Cell(c.id),
                             CSV.Cell("Carried forward from \(t.year.previous)"), "", "", "",
                             CSV.Cell(c.certainty.label), money(c.amount), CSV.Cell(c.note)])
            }
            rows.append([CSV.Cell(t.year.description), CSV.Cell("total"), "", CSV.Cell("Total \(t.year)"), "", "", "",
                         CSV.Cell(t.includesProjected ? "Includes projected" : "Confirmed"), money(t.total),
                         CSV.Cell("confirmed \(t.confirmed.plain); projected \(t.projected.plain); allocated "
                                  + "\(t.allocated.plain); unallocated \(t.unallocated.plain)")])
        }
        return CSV.document(header: ["year", "row", "id", "source", "source_kind", "partner", "nature", "certainty",
                                     "amount", "note"], rows: rows)
    }
}
