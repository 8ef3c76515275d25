import PlanCore

/// The plan timetable as a timeline drawn across the screen: each step a mark at its date
/// (done, due or overdue), today marked above, the months below.
enum TimelineView {
    static func model(_ s: AppState) -> SectionModel {
        let steps = s.workspace.plan.timetable
        let g = s.charset.glyphs
        let dated = steps.compactMap { m in m.day.map { (m, $0) } }
        let width = max(20, s.size.width - 4)
        var header: [DetailLine] = []
        if let first = dated.map(\.1).min(), let last = dated.map(\.1).max() {
            let lo = min(first, s.today).dayNumber, hi = max(max(last, s.today).dayNumber, lo + 1)
            func column(_ d: Day) -> Int { (d.dayNumber - lo) * (width - 1) / (hi - lo) }
            var pointer = Array(repeating: " ", count: width)
            let t = column(s.today)
            let label = t + 7 <= width ? g.arrowDown + " today" : "today " + g.arrowDown
            let start = t + 7 <= width ? t : max(0, t - 6)
            for (i, ch) in label.enumerated() where start + i < width { pointer[start + i] = String(ch) }
            var axis = Array(repeating: Span(String(g.horizontal), .dim), count: width)
            for (m, d) in dated {
                axis[column(d)] = Span(mark(m, today: s.today, g), TimetableSection.state(m, today: s.today).1)
            }
            var months = Array(repeating: " ", count: width)
            var d = Day(year: Day(dayNumber: lo).year, month: Day(dayNumber: lo).month, day: 1) ?? Day(dayNumber: lo)
            var lastEnd = -1
            while d.dayNumber <= hi {
                if d.dayNumber >= lo {
                    let label = d.month == 1 || lastEnd < 0 ? "\(Day.monthAbbreviations[d.month - 1]) \(d.year)" : Day.monthAbbreviations[d.month - 1]
                    let c = column(d)
                    if c > lastEnd, c + label.count <= width {
                        for (i, ch) in label.enumerated() { months[c + i] = String(ch) }
                        lastEnd = c + label.count
                    }
                }
                d = d.adding(months: 1)
            }
            header = [DetailLine([Span(" " + pointer.joined(), .info)]),
                      DetailLine([Span(" ")] + axis),
                      DetailLine(" " + months.joined(), .dim)]
        } else {
            header = [DetailLine("No step has a date that can be read: give each step a date to draw the timeline.", .warning)]
        }
        let findings = s.workspace.plan.timetableFindings
        let rows = steps.map { m -> Row in
            let (label, role) = TimetableSection.state(m, today: s.today)
            let warn = findings.first { $0.location.record == m.id }
            return Row(id: m.id, ref: RecordRef(.milestone, m.id),
                       cells: [Span(mark(m, today: s.today, g), role), Span(m.date, warn == nil ? .normal : .warning),
                               Span(m.step), Span(label, role), Span(warn?.message ?? "", .warning)],
                       adds: [AddTarget(.milestone)])
        }
        return SectionModel(columns: [Column("", width: 1), Column("Date", width: 14), Column("Step"), Column("State", width: 7),
                                      Column("Check", width: 30, minWindow: 110)],
                            rows: rows, empty: "No timetable yet.", adds: [AddTarget(.milestone)], header: header)
    }

    static func mark(_ m: Milestone, today: Day, _ g: Glyphs) -> String {
        if m.done { return g.check }
        guard let d = m.day else { return "?" }
        return d < today ? "!" : g.bullet
    }
}
