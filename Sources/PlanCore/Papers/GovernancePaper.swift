/// The governance paper: the chart, each body's remit, cadence and membership, and any proposal
/// compared with the current structure.
public enum GovernancePaper {
    /// The governance paper for the workspace, dated `today`.
    public static func paper(_ ws: Workspace, today: Day) -> Paper {
        var p = Paper(title: "Governance of the partnership", subtitle: [ws.partnership.name, "As at \(PaperDate.long(today))"])
        guard !ws.governance.bodies.isEmpty else {
            p.heading("The structure")
            p.paragraph("The workspace holds no bodies yet: add the partnership's board and groups in the Governance view of saferplan open.")
            return p
        }
        p.add(.contents)
        p.heading("The structure")
        p.add(chart(ws.governance.bodies, caption: "Reporting lines of the current structure (+ marks a second parent)"))
        bodies(&p, ws.governance.bodies, ws: ws, today: today)
        decisions(&p, ws.governance.bodies)
        meetings(&p, ws)
        for proposal in ws.governance.proposals where proposal.status == .draft {
            comparison(&p, proposal, ws: ws)
        }
        if let former = ws.governance.formerStructures.last {
            p.heading("Former structure: \(former.title)")
            p.paragraph("Replaced on \(former.replacedOn.map(PaperDate.long) ?? "an unrecorded date").")
            p.add(chart(former.bodies, caption: former.title, includeFormer: true))
        }
        return p
    }

    /// An organisation chart as a figure, drawn for the width a printed page takes (96 columns of
    /// 7.5 pt monospace fit 17 cm), with room for a body's whole name in its box.
    /// Under the boxes, every connection the boxes cannot draw: a second (or third) parent, and
    /// the links between bodies that are not reporting lines.
    static func chart(_ bodies: [Body], caption: String, includeFormer: Bool = false) -> PaperBlock {
        var lines = OrgChart(bodies, includeFormer: includeFormer, labelLines: 4).draw(width: 96)
        let shown = bodies.filter { includeFormer || $0.status != .former }
        func name(_ id: String) -> String? { shown.first { $0.id == id }?.shortName }
        var extra: [String] = []
        for b in shown {
            for parent in b.parents.dropFirst().compactMap(name) { extra.append("\(b.shortName) also reports to \(parent)") }
            for link in b.links {
                guard let other = name(link.target) else { continue }
                extra.append("\(b.shortName) is linked to \(other)" + (link.note.isEmpty ? "" : " (\(link.note))"))
            }
        }
        if !extra.isEmpty {
            lines.append("")
            for text in extra {
                lines += OrgChart.wrap(text, width: 90, lines: 8).enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
            }
        }
        return .figure(caption: caption, text: lines.joined(separator: "\n"))
    }

    /// One table row per body, then a sub-section per body with its remit and members.
    static func bodies(_ p: inout Paper, _ list: [Body], ws: Workspace, today: Day) {
        let live = list.filter { $0.status != .former }
        p.heading("Bodies at a glance")
        p.table(PaperTable(header: ["Body", "Kind", "Tier", "Reports to", "Meets", "Meetings a year", "Chair"],
                           rows: live.map { b in
                               [b.name + (b.acronym.isEmpty ? "" : " (\(b.acronym))"), b.kind.label, "\(b.tier)",
                                b.parents.compactMap { id in list.first { $0.id == id }?.shortName }.joined(separator: ", "),
                                b.cadence.display, NumberFormat.grouped(b.cadence.meetingsPerYear), b.chair]
                           }, rightAligned: [2, 5], rowRecords: live.map { Provenance.key("body", $0.id) }))
        p.heading("Remit, cadence and membership")
        for b in live {
            p.heading(b.name + (b.status == .proposed ? " (proposed)" : ""), level: 3)
            p.paragraph(b.purpose)
            p.bullets(b.termsOfReference)
            let next = ws.nextMeetings(of: b, from: today, count: 6)
            var facts = [PaperFact("Kind", "\(b.kind.label), tier \(b.tier)"),
                         PaperFact("Meets", b.cadence.display),
                         PaperFact("Chair", b.chair.isEmpty ? "—" : b.chair)]
            if !b.viceChair.isEmpty { facts.append(PaperFact("Vice-chair", b.viceChair)) }
            if !next.dates.isEmpty {
                facts.append(PaperFact("Next meetings", next.dates.map(PaperDate.long).joined(separator: ", ") + (next.estimated ? " (estimated)" : "")))
            }
            let links = b.links.map { l in (list.first { $0.id == l.target }?.name ?? l.target) + (l.note.isEmpty ? "" : " — " + l.note) }
            if !links.isEmpty { facts.append(PaperFact("Linked to (not reporting)", links.joined(separator: "; "))) }
            p.add(.facts(facts))
            if !b.members.isEmpty {
                p.table(PaperTable(header: ["Role", "Organisation", "Person"], rows: b.members.map { [$0.role, $0.organisation, $0.person] }))
            }
        }
    }

    static func decisions(_ p: inout Paper, _ list: [Body]) {
        let rules = list.filter { $0.status != .former }.flatMap { b in b.decisionRules.map { (b, $0) } }
        guard !rules.isEmpty else { return }
        p.heading("Decisions and escalation")
        p.table(PaperTable(header: ["Body", "Matter", "Rule", "Escalation"],
                           rows: rules.map { [$0.0.shortName, $0.1.matter, $0.1.rule, $0.1.escalation] }))
    }

    /// The meetings recorded, with each agenda item and the decision in its words.
    static func meetings(_ p: inout Paper, _ ws: Workspace) {
        let list = ws.governance.meetings.sorted { $0.date < $1.date }
        guard !list.isEmpty else { return }
        p.heading("Meetings and decisions")
        var rows: [[String]] = []
        for m in list {
            let body = ws.body(m.body)?.name ?? m.body
            let first = [PaperDate.long(m.date), body, m.status.label]
            if m.agenda.isEmpty { rows.append(first + ["—", ""]) }
            for (k, item) in m.agenda.enumerated() {
                let paper = ws.governance.paper(item.paper).map { " (paper: \($0.subject)\($0.author.isEmpty ? "" : ", " + $0.author))" } ?? ""
                rows.append((k == 0 ? first : ["", "", ""]) + [item.title + paper, item.decision ?? "not recorded"])
            }
        }
        p.table(PaperTable(header: ["Date", "Body", "Status", "Agenda item", "Decision"], rows: rows))
    }

    /// A proposal beside the current structure.
    static func comparison(_ p: inout Paper, _ proposal: GovernanceProposal, ws: Workspace) {
        let c = StructureComparison(current: ws.governance.bodies, proposed: proposal.bodies)
        p.heading("Proposal: \(proposal.title)")
        p.paragraph(proposal.description)
        p.add(chart(proposal.bodies, caption: "The proposed structure"))
        p.table(comparisonTable(c))
    }

    /// The comparison as a table: added, removed, changed.
    public static func comparisonTable(_ c: StructureComparison) -> PaperTable {
        var rows: [[String]] = []
        rows += c.added.map { ["Added", $0.name, $0.details.joined(separator: "; ")] }
        rows += c.removed.map { ["Removed", $0.name, ""] }
        rows += c.changed.map { ["Changed", $0.name, $0.details.joined(separator: "; ")] }
        if rows.isEmpty { rows.append(["—", "No difference from the current structure", ""]) }
        return PaperTable(caption: "Compared with the current structure (\(Plural.count(c.unchanged.count, "body")) unchanged)",
                          header: ["Change", "Body", "What changes"], rows: rows)
    }
}
