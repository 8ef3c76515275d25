import PlanCore

/// Governance's other views: the organisation chart, and who sits where.
enum GovernanceViews {
    static let names = ["Structure", "Chart", "Who sits where", "Proposal compared", "Former structure", "Meetings"]

    /// The state a structure view draws from: the proposal's bodies while one is being edited.
    static func structure(_ s: AppState) -> AppState {
        var st = s
        st.workspace = s.editable
        return st
    }

    static func model(_ s: AppState) -> SectionModel {
        switch s.list.view {
        case 1: return chart(structure(s))
        case 2: return people(structure(s))
        case 3: return ProposalViews.compare(s)
        case 4: return ProposalViews.former(s)
        case MeetingsView.index: return MeetingsView.model(s)
        default: return GovernanceSection.model(structure(s))
        }
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        switch s.list.view {
        case 1, 4: return []
        case 2: return personDetail(structure(s), row)
        case 3: return ProposalViews.changeDetail(s, row)
        case MeetingsView.index: return MeetingsView.detail(s, row)
        default: return GovernanceSection.detail(structure(s), row)
        }
    }

    /// The chart, drawn to the window's width (an indented tree when boxes would not fit).
    static func chart(_ s: AppState) -> SectionModel {
        let lines = OrgChart(s.workspace.governance.bodies, ascii: s.charset == .ascii).draw(width: s.size.width - 3)
        let rows = lines.enumerated().map { k, line in Row(id: "chart-\(k)", cells: [Span(line)], selectable: false) }
        var model = SectionModel(columns: [Column("")], rows: rows, empty: "No bodies yet.",
                                 header: [DetailLine("Reporting lines; + marks a second parent · :export governance html prints it", .dim)])
        model.listOnly = true
        return model
    }

    /// Organisations and people with the bodies they sit on and the meetings that means.
    static func people(_ s: AppState) -> SectionModel {
        let ws = s.workspace
        let active = ws.governance.bodies.filter { $0.status == .active }
        var byOrg: [String: Set<String>] = [:]
        var byPerson: [String: Set<String>] = [:]
        for b in active {
            for m in b.members {
                let org = ws.partner(m.partner)?.name ?? m.organisation
                if !org.isEmpty { byOrg[org, default: []].insert(b.id) }
                if !m.person.isEmpty { byPerson[m.person, default: []].insert(b.id) }
            }
        }
        func meetings(_ ids: Set<String>) -> Double {
            ids.compactMap { ws.body($0) }.reduce(0) { $0 + $1.cadence.meetingsPerYear }
        }
        func row(_ prefix: String, _ name: String, _ ids: Set<String>) -> Row {
            let names = ids.compactMap { ws.body($0)?.shortName }.sorted().joined(separator: ", ")
            return Row(id: prefix + name, cells: [Span("  " + name), Span("\(ids.count)", .normal),
                                                  Span(NumberFormat.grouped(meetings(ids))), Span(names, .dim)],
                       tags: ids.map { "body:" + $0 })
        }
        var rows: [Row] = [Row(id: "h-org", cells: [Span("Organisations (\(byOrg.count))", .heading)], selectable: false)]
        rows += byOrg.keys.sorted().map { row("org:", $0, byOrg[$0] ?? []) }
        rows.append(Row(id: "h-person", cells: [Span("People (\(byPerson.count))", .heading)], selectable: false))
        rows += byPerson.keys.sorted().map { row("person:", $0, byPerson[$0] ?? []) }
        let missing = ws.authoritiesMissingFromBoard
        let header = missing.isEmpty
            ? [DetailLine("Every responsible authority sits on the strategic board.", .ok)]
            : [DetailLine("Missing from the strategic board: " + missing.map(\.label).joined(separator: ", "), .error,
                          jump: PlanLocation(.governance, record: ws.governance.partnershipBoard))]
        return SectionModel(columns: [Column("Organisation or person", width: 34), Column("Bodies", width: 6, right: true),
                                      Column("A year", width: 6, right: true), Column("Sits on")],
                            rows: rows, empty: "No members recorded yet.", header: header)
    }

    static func personDetail(_ s: AppState, _ row: Row) -> [DetailLine] {
        var d = DetailBuilder()
        d.line(DetailLine(row.cells.first?.text.trimmingSpaces() ?? "", .strong))
        for tag in row.tags where tag.hasPrefix("body:") {
            guard let b = s.workspace.body(String(tag.dropFirst(5))) else { continue }
            let roles = b.members.filter { m in
                let name = row.cells.first?.text.trimmingSpaces() ?? ""
                return m.person == name || m.organisation == name || s.workspace.partner(m.partner)?.name == name
            }.map(\.role)
            d.item([Span(b.name), Span(" · " + b.cadence.display, .dim), Span(roles.isEmpty ? "" : " · " + roles.joined(separator: ", "), .dim)],
                   jump: PlanLocation(.governance, record: b.id))
        }
        return d.lines
    }
}
