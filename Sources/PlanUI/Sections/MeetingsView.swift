import PlanCore

/// Governance's Meetings view: each body with its dated meetings, agendas and decisions.
enum MeetingsView {
    /// The view's place among Governance's views.
    static let index = 5

    /// "3 items · 1 decided".
    static func agendaSummary(_ m: Meeting) -> String {
        guard !m.agenda.isEmpty else { return "no agenda" }
        let decided = m.agenda.filter { $0.decision != nil }.count
        return "\(m.agenda.count) item\(m.agenda.count == 1 ? "" : "s") · \(decided) decided"
    }

    static func role(_ m: Meeting) -> Role {
        switch m.status {
        case .held: return .normal
        case .cancelled: return .dim
        case .planned: return .info
        }
    }

    static func model(_ s: AppState) -> SectionModel {
        let ws = s.workspace
        let g = ws.governance
        let byBody = Dictionary(grouping: g.meetings, by: \.body)
        let bodies = ws.governance.bodies.filter { byBody[$0.id] != nil || ($0.status == .active && $0.cadence.rule != .asRequired) }
        var rows: [Row] = []
        for b in bodies {
            let meetings = (byBody[b.id] ?? []).sorted { $0.date < $1.date }
            rows.append(Row(id: "mb-" + b.id, ref: RecordRef(.body, b.id),
                            cells: [Span(b.acronym.isEmpty ? b.name : "\(b.acronym) – \(b.name)", .heading),
                                    Span(b.cadence.display, .dim), Span("\(meetings.count) meeting\(meetings.count == 1 ? "" : "s")", .dim),
                                    Span("")],
                            tags: ["body:" + b.id], adds: [AddTarget(.meeting, parent: b.id)]))
            for m in meetings {
                rows.append(Row(id: "m-" + m.id, ref: RecordRef(.meeting, m.id),
                                cells: [Span("  " + m.date.display + (m.time.isEmpty ? "" : " " + m.time), role(m)),
                                        Span(m.status.rawValue, role(m)), Span(agendaSummary(m), .dim), Span(m.place, .dim)],
                                tags: ["body:" + b.id, "is:" + m.status.rawValue],
                                adds: [AddTarget(.agendaItem, parent: m.id)]))
            }
        }
        if !g.papers.isEmpty {
            rows.append(Row(id: "h-papers", cells: [Span("Papers (\(g.papers.count))", .heading)], selectable: false))
            for p in g.papers {
                let when = g.meeting(p.meeting).map { ws.describe($0) } ?? p.date?.display ?? ws.body(p.body)?.shortName ?? ""
                rows.append(Row(id: "p-" + p.id, ref: RecordRef(.boardPaper, p.id),
                                cells: [Span("  " + p.subject), Span(p.author.isEmpty ? "" : p.author, .dim), Span(when, .dim), Span("")],
                                tags: ["is:paper"] + (p.body.map { ["body:" + $0] } ?? [])))
            }
        }
        let last = ws.lastBoardMeeting(onOrBefore: s.today)
        // Short enough for 80 columns: what :meetings does is said in help and beside "Next planned".
        let header = [DetailLine([Span("Last board meeting held: ", .dim),
                                  Span(last.map { $0.date.display } ?? "none recorded", .strong),
                                  Span(" · :meetings, :held, :cancel, :decide", .dim)])]
        return SectionModel(columns: [Column("Body and meeting", width: 34), Column("Status", width: 12),
                                      Column("Agenda", width: 20), Column("Place", minWindow: 100)],
                            rows: rows, empty: "No bodies meet on a cadence yet: add a body, then :meetings.",
                            adds: [AddTarget(.meeting)], header: header)
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let ref = row.ref else { return [] }
        let ws = s.workspace
        var d = DetailBuilder()
        if ref.kind == .body, let b = ws.body(ref.id) {
            d.line(DetailLine(b.name, .strong))
            d.field("Meets", b.cadence.display)
            d.field("Last held", ws.governance.lastHeld(of: b.id, onOrBefore: s.today).map { $0.date.display } ?? "none recorded")
            let next = ws.governance.meetings(of: b.id).first { $0.status == .planned && $0.date >= s.today }
            d.field("Next planned", next.map { $0.date.display } ?? "none: :meetings adds a year from the cadence")
            d.add("Add a meeting of \(b.shortName)", AddTarget(.meeting, parent: b.id))
            return d.lines
        }
        if ref.kind == .boardPaper, let p = ws.governance.paper(ref.id) {
            return paperDetail(p, ws: ws, ref: ref)
        }
        guard ref.kind == .meeting, let m = ws.governance.meeting(ref.id) else { return [] }
        d.line(DetailLine([Span(ws.describe(m), .strong)], ref: ref))
        d.field("Status", m.status.label, ref: ref)
        d.field("Time", m.time, ref: ref)
        d.field("Place", m.place, ref: ref)
        if !m.note.isEmpty { d.paragraph(m.note, ref: ref) }
        d.heading("Agenda")
        for item in m.agenda {
            let itemRef = RecordRef(.agendaItem, item.id, parent: m.id)
            d.item([Span(item.title, .strong)], ref: itemRef)
            if let p = ws.governance.paper(item.paper) {
                d.line(DetailLine("    Paper: " + p.subject + (p.author.isEmpty ? "" : " (" + p.author + ")"), .dim, indent: 6))
            }
            d.line(DetailLine("    Decision: " + (item.decision ?? "not recorded"), item.decision == nil ? .dim : .ok, indent: 6))
        }
        d.add("Add an agenda item", AddTarget(.agendaItem, parent: m.id))
        let papers = ws.governance.papers.filter { $0.meeting == m.id }
        d.heading("Papers")
        for p in papers {
            d.item([Span(p.subject), Span(p.author.isEmpty ? "" : " · " + p.author, .dim)], ref: RecordRef(.boardPaper, p.id))
            for line in p.purpose { d.line(DetailLine("    Purpose: " + line, .dim, indent: 6)) }
            for line in p.recommendations { d.line(DetailLine("    Recommends: " + line, .dim, indent: 6)) }
            for line in p.implications { d.line(DetailLine("    " + line, .dim, indent: 6)) }
        }
        d.add("Add a paper for this meeting", AddTarget(.boardPaper, parent: m.id))
        return d.lines
    }

    /// A paper's own record: who wrote it, for which meeting, its purpose, recommendations and
    /// implications.
    static func paperDetail(_ p: BoardPaper, ws: Workspace, ref: RecordRef) -> [DetailLine] {
        var d = DetailBuilder()
        d.line(DetailLine([Span(p.subject, .strong)], ref: ref))
        d.field("Author", p.author + (p.role.isEmpty ? "" : ", " + p.role), ref: ref)
        d.field("To", ws.body(p.body)?.name ?? "", ref: ref)
        d.field("Meeting", ws.governance.meeting(p.meeting).map { ws.describe($0) } ?? "not recorded", ref: ref)
        d.field("Date", p.date?.display ?? "", ref: ref)
        for (title, lines) in [("Purpose", p.purpose), ("Recommendations", p.recommendations), ("Implications", p.implications)]
            where !lines.isEmpty {
            d.heading(title)
            for line in lines { d.item([Span(line)], ref: ref) }
        }
        if !p.note.isEmpty {
            d.heading("Note")
            d.paragraph(p.note, ref: ref)
        }
        return d.lines
    }
}
