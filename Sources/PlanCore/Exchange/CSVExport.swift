/// CSV exports: one row per record, for spreadsheets.
public enum CSVExport {
    /// The CSV document for `subject`; `quarter` limits the action sheet's updates to that quarter's.
    public static func export(_ subject: ExportSubject, of ws: Workspace, today: Day, quarter: Quarter? = nil) -> String {
        switch subject {
        case .risks: return RiskCSV.export(ws.risks, today: today)
        case .plan: return priorities(ws)
        case .actions: return TableExport.csv(ActionSchema(quarter: quarter), ws, today: today)
        case .indicators: return indicators(ws)
        case .governance: return governance(ws)
        case .budget: return budget(ws)
        case .partners: return TableExport.csv(PartnerSchema(), ws, today: today)
        case .engagement: return TableExport.csv(EngagementSchema(), ws, today: today)
        case .timetable: return TableExport.csv(MilestoneSchema(), ws, today: today)
        case .glossary: return TableExport.csv(GlossarySchema(), ws, today: today)
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

    static func indicators(_ ws: Workspace) -> String {
        TableExport.csv(IndicatorSchema(), ws, today: ws.plan.currentYear.first)
    }

    static func governance(_ ws: Workspace) -> String {
        TableExport.csv(BodySchema(), ws, today: ws.plan.currentYear.first)
    }

    /// The funding lines; totals are worked out, so they are not rows (the workbook has a totals sheet).
    static func budget(_ ws: Workspace) -> String {
        TableExport.csv(FundingSchema(), ws, today: ws.plan.currentYear.first)
    }
}
