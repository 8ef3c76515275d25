import PlanCore

/// A governance proposal beside the current structure, and the former structure.
enum ProposalViews {
    /// The proposal compared with: the one being edited, else the newest draft.
    static func proposal(_ s: AppState) -> GovernanceProposal? {
        let all = s.workspace.governance.proposals
        return all.first { $0.id == s.proposalEditing && $0.status == .draft } ?? all.last { $0.status == .draft }
    }

    static func compare(_ s: AppState) -> SectionModel {
        let current = s.workspace.governance.bodies
        guard let p = proposal(s) else {
            return SectionModel(columns: [Column("")], rows: [],
                                empty: "No draft proposal: :propose TITLE starts one from the current structure.")
        }
        let c = StructureComparison(current: current, proposed: p.bodies)
        func describe(_ b: Body?, in list: [Body]) -> String {
            guard let b else { return "—" }
            let parents = b.parents.compactMap { id in list.first { $0.id == id }?.shortName }.joined(separator: "+")
            return (parents.isEmpty ? "top" : "under " + parents) + " · " + b.cadence.display
        }
        var rows: [Row] = []
        func group(_ title: String, _ changes: [StructureComparison.Change], _ role: Role) {
            rows.append(Row(id: "h-" + title, cells: [Span("\(title) (\(changes.count))", .heading)], selectable: false))
            for ch in changes {
                let before = current.first { $0.id == ch.bodyID }
                let after = p.bodies.first { $0.id == ch.bodyID }
                rows.append(Row(id: title + ch.bodyID, ref: RecordRef(.body, ch.bodyID),
                                cells: [Span("  " + ch.name, role), Span(describe(before, in: current), .dim),
                                        Span(describe(after, in: p.bodies)), Span(ch.details.joined(separator: "; "), .dim)],
                                tags: ch.details))
            }
        }
        group("Added", c.added, .ok)
        group("Removed", c.removed, .error)
        group("Changed", c.changed, .warning)
        rows.append(Row(id: "h-same", cells: [Span("Unchanged: " + Plural.count(c.unchanged.count, "body"), .dim)], selectable: false))
        let header = [DetailLine([Span("\(p.title)", .strong), Span(" · \(p.status.rawValue) · ", .dim),
                                  Span(s.editingProposalIndex != nil ? "editing it: :current stops" : ":proposal edits it", .dim),
                                  Span(" · x adopts or discards", .dim)])]
        return SectionModel(columns: [Column("Body", width: 26), Column("Now", width: 24), Column("Proposed", width: 24),
                                      Column("What changes", minWindow: 110)], rows: rows, header: header)
    }

    static func changeDetail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let id = row.ref?.id else { return [] }
        var d = DetailBuilder()
        d.line(DetailLine(row.cells.first?.text.trimmingSpaces() ?? id, .strong))
        for detail in row.tags where detail != SourceMarks.tag { d.item([Span(detail)]) }
        if let b = proposal(s)?.bodies.first(where: { $0.id == id }) {
            d.heading("In the proposal")
            d.field("Meets", b.cadence.display)
            d.field("Chair", b.chair)
            d.paragraph(b.purpose, empty: "No purpose written.")
            d.field("Members", b.members.map { $0.role.isEmpty ? $0.organisation : $0.role }.joined(separator: "; "))
        }
        return d.lines
    }

    static func former(_ s: AppState) -> SectionModel {
        guard let f = s.workspace.governance.formerStructures.last else {
            return SectionModel(columns: [Column("")], rows: [], empty: "No former structure: adopting a proposal keeps the one it replaces here.")
        }
        let lines = OrgChart(f.bodies, ascii: s.charset == .ascii, includeFormer: true).draw(width: s.size.width - 3)
        var model = SectionModel(columns: [Column("")],
                                 rows: lines.enumerated().map { k, l in Row(id: "former-\(k)", cells: [Span(l, .dim)], selectable: false) },
                                 header: [DetailLine([Span(f.title, .strong), Span(" · replaced \(f.replacedOn?.display ?? "—")", .dim)])])
        model.listOnly = true
        return model
    }
}
