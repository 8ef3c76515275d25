import PlanCore

/// Partners, engagement and the glossary: simple lists with a page each.
enum PartnersSection {
    static func model(_ s: AppState) -> SectionModel {
        let ws = s.workspace
        let rows = PartnerKind.allCases.flatMap { kind in ws.partners.filter { $0.kind == kind } }.map { p -> Row in
            let seats = ws.governance.bodies.filter { b in b.members.contains { $0.partner == p.id } }
            return Row(id: p.id, ref: RecordRef(.partner, p.id),
                       cells: [Span(p.name, p.kind == .responsibleAuthority ? .strong : .normal), Span(p.kind.label, .dim),
                               Span(p.authority?.label ?? "", .dim), Span("\(seats.count)", .normal)],
                       tags: ["is:\(p.kind.rawValue)"], adds: [AddTarget(.partner)])
        }
        let missing = ws.authoritiesMissingFromBoard
        let header = missing.isEmpty ? [] : [DetailLine("Missing from the partnership board: "
                                                       + missing.map(\.label).joined(separator: ", "), .warning,
                                                       jump: PlanLocation(.governance, record: ws.governance.partnershipBoard))]
        return SectionModel(columns: [Column("Partner"), Column("Kind", width: 22), Column("Authority", width: 16, minWindow: 90),
                                      Column("Seats", width: 5, right: true)],
                            rows: rows, empty: "No partners yet: press a to add one.", adds: [AddTarget(.partner)], header: header)
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let ws = s.workspace
        guard let p = ws.partner(row.ref?.id) else { return [] }
        let ref = RecordRef(.partner, p.id)
        var d = DetailBuilder()
        d.line(DetailLine([Span(p.name, .strong), Span(p.acronym.isEmpty ? "" : " (\(p.acronym))", .dim)], ref: ref))
        d.field("Kind", p.kind.label + (p.authority.map { " · " + $0.label } ?? ""), ref: ref)
        d.heading("Role")
        d.paragraph(p.role, ref: ref)
        d.heading("Contribution")
        d.paragraph(p.contribution, ref: ref)
        d.heading("Representatives")
        for r in p.representatives { d.item([Span(r.name), Span(r.title.isEmpty ? "" : " · " + r.title, .dim)], ref: ref) }
        if p.representatives.isEmpty { d.text("None named.", .dim) }
        d.heading("Sits on")
        for b in ws.governance.bodies {
            for m in b.members where m.partner == p.id {
                d.item([Span(b.shortName, .strong), Span(" · " + m.role)], jump: PlanLocation(.governance, record: b.id))
            }
        }
        let lines = ws.budget.fundingLines.filter { $0.partner == p.id }
        if !lines.isEmpty {
            d.heading("Funding")
            for l in lines { d.item([Span("\(l.year) \(l.source): \(Money.text(l.amount))")], jump: PlanLocation(.budget, record: l.id)) }
        }
        return d.lines
    }
}

enum EngagementSection {
    static func model(_ s: AppState) -> SectionModel {
        let rows = s.workspace.engagement.map { e -> Row in
            let next = e.frequency.nextMeetings(from: s.today, count: 1)
            return Row(id: e.id, ref: RecordRef(.engagement, e.id),
                       cells: [Span(e.name, .strong), Span(e.frequency.display), Span(e.audience, .dim),
                               Span(e.owner, .dim), Span(next.dates.first.map { ($0.iso) + (next.estimated ? "~" : "") } ?? "", .dim)],
                       adds: [AddTarget(.engagement)])
        }
        return SectionModel(columns: [Column("Mechanism"), Column("Frequency", width: 18), Column("Audience", width: 18, minWindow: 100),
                                      Column("Owner", width: 16, minWindow: 120), Column("Next", width: 11, minWindow: 70)],
                            rows: rows, empty: "No engagement mechanisms yet: press a to add one.", adds: [AddTarget(.engagement)])
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let e = s.workspace.engagement.first(where: { $0.id == row.ref?.id }) else { return [] }
        let ref = RecordRef(.engagement, e.id)
        var d = DetailBuilder()
        d.line(DetailLine(e.name, .strong, ref: ref))
        d.field("Frequency", e.frequency.display, ref: ref)
        d.field("Audience", e.audience, ref: ref)
        d.field("Owner", e.owner, ref: ref)
        let next = e.frequency.nextMeetings(from: s.today, count: 4)
        d.field("Next", next.dates.map(\.display).joined(separator: ", ") + (next.estimated && !next.dates.isEmpty
            ? " (estimated: set a known date)" : ""), ref: ref)
        d.heading("Description")
        d.paragraph(e.description, ref: ref)
        return d.lines
    }
}

enum GlossarySection {
    static func model(_ s: AppState) -> SectionModel {
        let rows = s.workspace.glossary.map { t in
            Row(id: t.id, ref: RecordRef(.glossaryTerm, t.id), cells: [Span(t.term, .strong), Span(t.meaning)],
                adds: [AddTarget(.glossaryTerm)])
        }
        return SectionModel(columns: [Column("Term", width: 10), Column("Meaning")], rows: rows,
                            empty: "The glossary is empty: press a to add a term.", adds: [AddTarget(.glossaryTerm)])
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let t = s.workspace.glossary.first(where: { $0.id == row.ref?.id }) else { return [] }
        let ref = RecordRef(.glossaryTerm, t.id)
        var d = DetailBuilder()
        d.line(DetailLine([Span(t.term, .strong), Span(" — " + t.meaning)], ref: ref))
        let uses = GlossaryUse.places(of: t.term, in: s.workspace)
        d.heading("Used in \(uses.count) place\(uses.count == 1 ? "" : "s")")
        for u in uses.prefix(60) { d.item([Span(u.label)], jump: u.location) }
        return d.lines
    }
}
