import PlanCore

/// The risk register as a table, and each risk's page.
enum RisksSection {
    static func model(_ s: AppState) -> SectionModel {
        let reg = s.workspace.risks
        let g = s.charset.glyphs
        let rows = reg.risks.map { r -> Row in
            let overdue = reg.isOverdue(r, today: s.today)
            let outside = reg.isOutsideAppetite(r)
            let band = reg.matrix.band(for: r.residual)
            var tags = ["is:\(r.status.rawValue)", "band:\(band?.name.lowercased() ?? "")", "is:\(band?.colour ?? "")",
                        "owner:\(r.owner.lowercased())", "category:\(r.category.lowercased())"]
            if overdue { tags.append("is:overdue") }
            if outside { tags.append("is:outside") }
            if !r.isScored { tags.append("is:unscored") }
            let arrow: String
            switch r.direction {
            case .up: arrow = g.arrowUp
            case .down: arrow = g.arrowDown
            case .same: arrow = g.arrowRight
            case .new: arrow = g.bullet
            }
            let next = reg.nextReviewDue(r)
            return Row(id: r.id, ref: RecordRef(.risk, r.id),
                       cells: [Span(r.reference, .recordID), Span(r.title, r.status == .closed ? .dim : .normal), Span(r.owner, .dim),
                               Span(r.category, .dim),
                               Span(Fmt.score(r.inherent), Fmt.bandRole(reg, r.inherent)),
                               Span(Fmt.score(r.residual), Fmt.bandRole(reg, r.residual)),
                               Span(Fmt.score(r.target), Fmt.bandRole(reg, r.target)),
                               Span(arrow, r.direction == .up ? .error : r.direction == .down ? .ok : .dim),
                               Span((next?.iso ?? "—") + (overdue ? "!" : ""), overdue ? .error : .normal),
                               flag(r, outside: outside)],
                       tags: tags, adds: [AddTarget(.risk), AddTarget(.riskReview, parent: r.id), AddTarget(.mitigation, parent: r.id)])
        }
        return SectionModel(columns: [Column("ID", width: 4), Column("Risk"), Column("Owner", width: 12, minWindow: 80),
                                      Column("Category", width: 12, minWindow: 120),
                                      Column("Inh", width: 3, right: true), Column("Res", width: 3, right: true),
                                      Column("Tgt", width: 3, right: true), Column("", width: 1),
                                      Column("Next review", width: 11), Column("Flag", width: 8)],
                            rows: rows, empty: "The register is empty: press a to add a risk.", adds: [AddTarget(.risk)])
    }

    /// The register's flag: closed, outside appetite, or not yet scored.
    static func flag(_ r: Risk, outside: Bool) -> Span {
        if r.status == .closed { return Span("closed", .dim) }
        if outside { return Span("outside", .warning) }
        return r.isScored ? Span("", .dim) : Span("unscored", .warning)
    }

    static func scoreLine(_ label: String, _ score: RiskScore?, _ reg: RiskRegister, ref: RecordRef) -> DetailLine {
        guard let score else {
            return DetailLine([Span("  " + Layout.fit(label, 10), .label), Span(" " + Risk.notYetScoredText, .warning)], ref: ref, indent: 2)
        }
        let m = reg.matrix
        let l = score.likelihood - 1 < m.likelihood.count && score.likelihood >= 1 ? m.likelihood[score.likelihood - 1].label : "?"
        let i = score.impact - 1 < m.impact.count && score.impact >= 1 ? m.impact[score.impact - 1].label : "?"
        let band = m.band(for: score)
        return DetailLine([Span("  " + Layout.fit(label, 10), .label), Span(" \(score.value) ", Fmt.bandRole(reg, score)),
                           Span(" \(band?.name ?? "no band") · likelihood \(score.likelihood) \(l) × impact \(score.impact) \(i)", .dim)],
                          ref: ref, indent: 2)
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let ws = s.workspace
        let ix = s.derived.records(s)
        let reg = ws.risks
        guard let r = ix.risk(row.ref?.id) else { return [] }
        let ref = RecordRef(.risk, r.id)
        var d = DetailBuilder()
        d.line(DetailLine([Span(r.reference + " ", .strong), Span(r.title, .strong)], ref: ref))
        d.field("Owner", r.owner, ref: ref)
        d.field("Category", r.category + (reg.appetite(for: r.category).map { " (appetite up to \($0.maxScore))" } ?? ""), ref: ref)
        d.field("Status", r.status.label, ref: ref)
        d.line(scoreLine("Inherent", r.inherent, reg, ref: ref))
        d.line(scoreLine("Residual", r.residual, reg, ref: ref))
        d.line(scoreLine("Target", r.target, reg, ref: ref))
        if !r.isScored {
            d.line(DetailLine("  Raised \(Fmt.day(r.raisedOn)) and \(Risk.notYetScoredText): record a review to give its first scores",
                              .warning, indent: 2))
        }
        d.field("Direction", r.direction.label, role: r.direction == .up ? .error : .normal)
        d.field("Last review", Fmt.day(r.lastReview), ref: ref)
        d.field("Next review", Fmt.day(reg.nextReviewDue(r)) + (reg.isOverdue(r, today: s.today) ? " — overdue" : ""),
                role: reg.isOverdue(r, today: s.today) ? .error : .normal, ref: ref)
        if reg.isOutsideAppetite(r) { d.line(DetailLine("  Outside the category's risk appetite", .warning, indent: 2)) }
        d.heading("Cause, event and consequence")
        d.field("Cause", r.cause, ref: ref)
        d.field("Event", r.event, ref: ref)
        d.field("Consequence", r.consequence, ref: ref)
        d.heading("Existing controls")
        for c in r.controls { d.item([Span(c)], ref: ref) }
        if r.controls.isEmpty { d.text("None recorded.", .dim) }
        d.heading("Mitigating actions")
        for (k, m) in r.mitigations.enumerated() {
            var spans = [Span(m.description)]
            if let (_, a) = ix.action(m.action) {
                spans += [Span(" · action "), Fmt.ragSpan(a.status.isOpen ? a.rag : nil), Span(" " + a.title, .dim)]
            }
            if !m.owner.isEmpty { spans.append(Span(" · " + m.owner, .dim)) }
            d.item(spans, ref: RecordRef(.mitigation, String(k), parent: r.id))
        }
        d.add("Add a mitigating action", AddTarget(.mitigation, parent: r.id))
        d.heading("Links")
        d.field("Priorities", r.priorities.map { ix.priority($0)?.title ?? $0 }.joined(separator: "; "), ref: ref)
        d.field("Bodies", r.bodies.map { ix.body($0)?.shortName ?? $0 }.joined(separator: ", "), ref: ref)
        d.heading("Review history")
        if r.reviews.count >= 2 {
            let values = r.reviews.map { Double($0.residual.value) }
            let chart = BarChart.lines(values, maximum: Double(reg.matrix.maxScore), height: 3, columnWidth: 3, glyphs: s.charset.glyphs)
            d.text("Residual score at each review (of \(reg.matrix.maxScore))", .dim)
            for line in chart { d.line(DetailLine([Span("  "), Span(line, Fmt.bandRole(reg, r.residual))])) }
            d.line(DetailLine([Span("  " + r.reviews.map { Layout.fit(String($0.residual.value), 3) }.joined(), .dim)]))
            let first = r.reviews.first?.date.display ?? "", last = r.reviews.last?.date.display ?? ""
            d.text("  \(first) to \(last)", .dim)
        }
        for (k, rv) in r.reviews.enumerated().reversed() {
            d.item([Span(rv.date.iso + " "), Span(" \(rv.residual.value) ", Fmt.bandRole(reg, rv.residual)),
                    Span(" " + rv.note, .dim)], ref: RecordRef(.riskReview, String(k), parent: r.id))
        }
        d.add("Record a review", AddTarget(.riskReview, parent: r.id))
        for change in r.statusHistory {
            d.item([Span("\(change.date.iso) \(change.status.label): \(change.reason)", .dim)])
        }
        return d.lines
    }
}
