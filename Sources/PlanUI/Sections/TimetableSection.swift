import PlanCore

/// The plan timetable: its steps with their state and the checks' warnings.
enum TimetableSection {
    static func state(_ m: Milestone, today: Day) -> (String, Role) {
        if m.done { return ("done", .ok) }
        guard let d = m.day else { return ("no date", .warning) }
        return d < today ? ("overdue", .error) : ("due", .normal)
    }

    static func model(_ s: AppState) -> SectionModel {
        let findings = s.workspace.plan.timetableFindings
        let rows = s.workspace.plan.timetable.enumerated().map { k, m -> Row in
            let (label, role) = state(m, today: s.today)
            let warn = findings.contains { $0.location.record == m.id }
            return Row(id: m.id, ref: RecordRef(.milestone, m.id),
                       cells: [Span("\(k + 1)", .dim), Span(m.date, warn ? .warning : .normal), Span(m.step + (warn ? "  !" : "")),
                               Span(m.body, .dim), Span(label, role)],
                       tags: ["is:\(label.replacingAll(" ", with: ""))"], adds: [AddTarget(.milestone)])
        }
        return SectionModel(columns: [Column("#", width: 2, right: true), Column("Date", width: 14), Column("Step"),
                                      Column("Body", width: 10, minWindow: 90), Column("State", width: 7)],
                            rows: rows, empty: "No timetable yet: press a to add the first step.", adds: [AddTarget(.milestone)])
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let m = s.workspace.plan.timetable.first(where: { $0.id == row.ref?.id }) else { return [] }
        let ref = RecordRef(.milestone, m.id)
        var d = DetailBuilder()
        d.line(DetailLine(m.step, .strong, ref: ref))
        d.field("Date", m.date + (m.day.map { " (\($0.display))" } ?? " (cannot be read)"), ref: ref)
        d.field("Body", m.body, ref: ref)
        let (label, role) = state(m, today: s.today)
        d.field("State", label + (m.doneOn.map { " on " + $0.display } ?? ""), role: role, ref: ref)
        if !m.note.isEmpty { d.field("Note", m.note, ref: ref) }
        for f in s.workspace.plan.timetableFindings where f.location.record == m.id {
            d.line(DetailLine("  ! " + f.message, .warning, indent: 4))
        }
        return d.lines
    }
}
