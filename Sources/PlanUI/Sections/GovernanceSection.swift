import PlanCore

/// Governance: the bodies as a tree by reporting line, each body's page.
enum GovernanceSection {
    static func model(_ s: AppState) -> SectionModel {
        let bodies = s.workspace.governance.bodies
        return SectionModel(columns: [Column("Body"), Column("Kind", width: 18, minWindow: 90), Column("Meets", width: 16),
                                      Column("Chair", width: 20, minWindow: 110)],
                            rows: tree(bodies, s), empty: "No bodies yet: press a to add the first.",
                            adds: [AddTarget(.body)])
    }

    /// Rows for a reporting tree: roots first, children under each parent (a body with two
    /// parents appears under both), then non-reporting links.
    static func tree(_ bodies: [Body], _ s: AppState) -> [Row] {
        let ids = Set(bodies.map(\.id))
        let byID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var children: [String: [Body]] = [:]
        for b in bodies {
            for p in b.parents where ids.contains(p) { children[p, default: []].append(b) }
        }
        let roots = bodies.filter { b in b.parents.allSatisfy { !ids.contains($0) } }
        var rows: [Row] = []
        let g = s.charset.glyphs
        func visit(_ b: Body, depth: Int, path: String, under parent: String?) {
            let rowID = path + "/" + b.id
            let kids = children[b.id] ?? []
            let expanded = s.isExpanded(rowID)
            var name = [Span(b.acronym.isEmpty ? b.name : "\(b.acronym) – \(b.name)",
                             b.status == .former ? .dim : b.status == .proposed ? .info : .normal)]
            if b.parents.count > 1, let parent {
                let others = b.parents.filter { $0 != parent }.compactMap { byID[$0]?.shortName }
                name.append(Span(" \(g.twoParents.first.map(String.init) ?? "") also under " + others.joined(separator: ", "), .warning))
            }
            if b.status != .active { name.append(Span(" (\(b.status.rawValue))", .dim)) }
            rows.append(Row(id: rowID, ref: RecordRef(.body, b.id),
                            cells: name.count == 1 ? [name[0]] : [Span(name.map(\.text).joined(), name[0].role)],
                            depth: depth, expandable: !kids.isEmpty || !b.links.isEmpty, expanded: expanded,
                            tags: ["is:\(b.status.rawValue)", "is:\(b.kind.rawValue)", "kind:\(b.kind.label.lowercased())", "tier:\(b.tier)"],
                            adds: [AddTarget(.body, parent: b.id), AddTarget(.member, parent: b.id),
                                   AddTarget(.decisionRule, parent: b.id), AddTarget(.bodyLink, parent: b.id)]))
            rows[rows.count - 1].cells += [Span(b.kind.label, .dim), Span(b.cadence.display), Span(b.chair, .dim)]
            guard expanded, depth < 12 else { return }
            for k in kids { visit(k, depth: depth + 1, path: rowID, under: b.id) }
            for l in b.links {
                guard let t = byID[l.target] else { continue }
                rows.append(Row(id: rowID + "~" + t.id, ref: RecordRef(.body, t.id),
                                cells: [Span("\(g.link.first.map(String.init) ?? "") link: \(t.shortName) (not a reporting line)", .link),
                                        Span(""), Span(t.cadence.display, .dim), Span("")],
                                depth: depth + 1, jump: PlanLocation(.governance, record: t.id)))
            }
        }
        for r in roots { visit(r, depth: 0, path: "", under: nil) }
        return rows
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let b = s.workspace.body(row.ref?.id) else { return [] }
        let ws = s.workspace
        var d = DetailBuilder()
        let ref = RecordRef(.body, b.id)
        d.line(DetailLine([Span(b.name, .strong), Span(b.acronym.isEmpty ? "" : " (\(b.acronym))", .dim)], ref: ref))
        d.field("Kind", "\(b.kind.label), tier \(b.tier), \(b.status.label.lowercased())", ref: ref)
        d.field("Chair", b.chair, ref: ref)
        d.field("Vice-chair", b.viceChair, ref: ref)
        d.field("Reports to", b.parents.map { ws.body($0)?.shortName ?? $0 }.joined(separator: ", "), ref: ref)
        let schedule = ws.nextMeetings(of: b, from: s.today, count: 6)
        d.field("Meets", b.cadence.display + (b.cadence.meetingsPerYear > 0
            ? " (\(NumberFormat.grouped((b.cadence.meetingsPerYear * 10).rounded() / 10)) a year)" : ""), ref: ref)
        if !schedule.dates.isEmpty {
            d.field("Next meetings", schedule.dates.map(\.display).joined(separator: ", ")
                    + (schedule.estimated ? " (estimated: set a meeting date)" : ""), role: .dim)
        }
        d.heading("Purpose")
        d.paragraph(b.purpose, ref: ref)
        if !b.termsOfReference.isEmpty {
            d.heading("Terms of reference")
            for t in b.termsOfReference { d.item([Span(t)], ref: ref) }
        }
        d.heading("Members (\(b.members.count))")
        for m in b.members {
            let org = ws.partner(m.partner)?.name ?? m.organisation
            d.item([Span(m.role), Span(org.isEmpty ? "" : " · " + org, .dim), Span(m.person.isEmpty ? "" : " · " + m.person)],
                   ref: RecordRef(.member, m.id, parent: b.id))
        }
        d.add("Add a member", AddTarget(.member, parent: b.id))
        d.heading("Links that are not reporting lines")
        for (i, l) in b.links.enumerated() {
            d.item([Span(ws.body(l.target)?.name ?? l.target), Span(l.note.isEmpty ? "" : " — " + l.note, .dim)],
                   ref: RecordRef(.bodyLink, String(i), parent: b.id))
        }
        d.add("Add a link", AddTarget(.bodyLink, parent: b.id))
        d.heading("Decision rules")
        for r in b.decisionRules {
            d.item([Span(r.matter, .strong), Span(": " + r.rule)], ref: RecordRef(.decisionRule, r.id, parent: b.id))
            if !r.escalation.isEmpty { d.line(DetailLine("    Escalation: " + r.escalation, .dim, indent: 6)) }
        }
        d.add("Add a decision rule", AddTarget(.decisionRule, parent: b.id))
        if !b.notes.isEmpty {
            d.heading("Notes")
            d.paragraph(b.notes, ref: ref)
        }
        return d.lines
    }
}
