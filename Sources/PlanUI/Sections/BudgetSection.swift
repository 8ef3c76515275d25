import PlanCore

/// The budget: funding lines by year, projected told apart, carry-forward, totals and allocations.
enum BudgetSection {
    static func model(_ s: AppState) -> SectionModel {
        let b = s.workspace.budget
        var rows: [Row] = []
        for t in b.allTotals {
            let y = t.year.description
            rows.append(Row(id: "year:" + y, cells: [Span(y, .heading), Span(""), Span(""), Span(""), Span("")], selectable: false))
            for l in b.fundingLines where l.year == t.year {
                let projected = l.certainty == .projected
                rows.append(Row(id: l.id, ref: RecordRef(.fundingLine, l.id),
                                cells: [Span(l.source, projected ? .projected : .normal, italic: projected),
                                        Span(l.sourceKind.label, .dim), Span(l.nature.label, .dim),
                                        Span(l.certainty.label, projected ? .projected : .dim, italic: projected),
                                        amountSpan(l.amount, projected: projected)],
                                depth: 1, tags: ["is:\(l.certainty.rawValue)", "is:\(l.nature.rawValue)"],
                                adds: [AddTarget(.fundingLine), AddTarget(.allocation)]))
            }
            for c in b.carryForwards where c.year == t.year {
                let projected = c.certainty == .projected
                rows.append(Row(id: c.id, ref: RecordRef(.carryForward, c.id),
                                cells: [Span("Carried forward from \(t.year.previous)" + (c.note.isEmpty ? "" : " — " + c.note),
                                             projected ? .projected : .normal, italic: projected),
                                        Span(""), Span(""), Span(c.certainty.label, .dim),
                                        amountSpan(c.amount, projected: projected)],
                                depth: 1, adds: [AddTarget(.carryForward)]))
            }
            // The parts not yet known are counted, not named, so the line fits 80 columns: their
            // rows above say "not yet known" in the amount column.
            let unknown = t.notYetKnown.count == 1 ? "one sum" : "\(t.notYetKnown.count) sums"
            rows.append(Row(id: "total:" + y, cells: [Span("Total \(y)" + (t.isComplete ? "" : ", \(unknown) " + Money.notYetKnownText),
                                                          .strong), Span(""), Span(""),
                                                     Span(t.includesProjected ? "incl. projected" : "confirmed", .dim),
                                                     Span(t.total.description + (t.isComplete ? "" : " +?"), .strong)], depth: 1, selectable: false))
            if let stated = b.statedTotal(for: t.year) {
                let differs = t.isComplete ? stated.amount != t.total : stated.amount < t.total
                rows.append(Row(id: "stated:" + y, cells: [Span("Total as printed" + (stated.source.isEmpty ? "" : " in " + stated.source), .dim),
                                                          Span(""), Span(""), Span(differs ? "differs" : "", differs ? .warning : .dim),
                                                          Span(stated.amount.description, differs ? .warning : .dim)], depth: 1, selectable: false))
            }
            for a in b.allocations where a.year == t.year {
                rows.append(Row(id: a.id, ref: RecordRef(.allocation, a.id),
                                cells: [Span("→ " + (s.workspace.priority(a.priority)?.title ?? a.priority)), Span("allocation", .dim),
                                        Span(""), Span(""), Span(a.amount.description)], depth: 1, adds: [AddTarget(.allocation)]))
            }
            if !b.allocations.filter({ $0.year == t.year }).isEmpty {
                rows.append(Row(id: "left:" + y, cells: [Span("Unallocated \(y)", t.overAllocated ? .error : .strong), Span(""),
                                                        Span(""), Span(""), Span(t.unallocated.description, t.overAllocated ? .error : .strong)],
                                depth: 1, selectable: false))
            }
        }
        return SectionModel(columns: [Column("Funding"), Column("Source kind", width: 22, minWindow: 100),
                                      Column("Nature", width: 8, minWindow: 90), Column("Certainty", width: 15),
                                      Column("Amount", width: 13, right: true)],
                            rows: rows, empty: "No funding lines yet: press a to add one.",
                            adds: [AddTarget(.fundingLine), AddTarget(.carryForward), AddTarget(.allocation)])
    }

    /// An amount, or "not yet known" (the words used in the detail and the papers too).
    static func amountSpan(_ amount: Money?, projected: Bool) -> Span {
        guard let amount else { return Span(Money.notYetKnownText, .warning) }
        return Span(amount.description, projected ? .projected : .normal, italic: projected)
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let ws = s.workspace
        let ix = s.derived.records(s)
        var d = DetailBuilder()
        guard let ref = row.ref else { return [] }
        switch ref.kind {
        case .fundingLine:
            guard let l = ws.fundingLine(ref.id) else { return [] }
            d.line(DetailLine([Span(l.source, .strong), Span(" \(l.year)", .dim)], ref: ref))
            d.field("Amount", Money.text(l.amount) + (l.certainty == .projected ? " (projected)" : ""),
                    role: l.certainty == .projected ? .projected : .strong, ref: ref)
            d.field("Source kind", l.sourceKind.label, ref: ref)
            d.field("Partner", ws.partner(l.partner)?.name ?? "", ref: ref)
            d.field("Nature", l.nature.label, ref: ref)
            if !l.note.isEmpty { d.field("Note", l.note, ref: ref) }
            let use = ix.fundingUse(l.id)
            d.heading("Drawn on by actions")
            for id in use?.actions ?? [] {
                guard let (_, a) = ix.action(id) else { continue }
                d.item([Span(a.resources.amount?.description ?? ""), Span(" " + a.title)], jump: PlanLocation(.priorities, record: a.id))
            }
            if let use {
                d.field("Committed", use.committed.description, role: use.overCommitted ? .error : .normal)
                d.field("Remaining", Money.text(use.remaining), role: use.overCommitted ? .error : .normal)
            }
        case .carryForward:
            guard let c = ws.budget.carryForwards.first(where: { $0.id == ref.id }) else { return [] }
            d.line(DetailLine("Carried forward from \(c.year.previous) into \(c.year)", .strong, ref: ref))
            d.field("Amount", Money.text(c.amount), ref: ref)
            d.field("Certainty", c.certainty.label, ref: ref)
            d.field("Note", c.note, ref: ref)
        case .allocation:
            guard let a = ws.budget.allocations.first(where: { $0.id == ref.id }) else { return [] }
            d.line(DetailLine("Allocation for \(a.year)", .strong, ref: ref))
            d.field("Priority", ix.priority(a.priority)?.title ?? a.priority, ref: ref)
            d.field("Funding line", ws.fundingLine(a.fundingLine)?.source ?? "", ref: ref)
            d.field("Amount", a.amount.description, ref: ref)
            d.field("Note", a.note, ref: ref)
        default: break
        }
        return d.lines
    }
}
