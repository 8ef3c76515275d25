extension Plan {
    /// Timetable findings: dates that cannot be read, and steps dated before the step they follow.
    public var timetableFindings: [Finding] {
        var out: [Finding] = []
        var previous: (Milestone, Day)?
        for (i, m) in timetable.enumerated() {
            let at = PlanLocation(.timetable, record: m.id, field: "date")
            guard let day = m.day else {
                let what = m.date.trimmingSpaces().isEmpty ? "has no \(Milestone.catalogue.inSentence("date"))" : "has a date that cannot be read: \"\(m.date)\""
                out.append(Finding(.warning, at, "step \(i + 1) (\(m.step.prefixWords(6))) \(what)"))
                continue
            }
            if let (p, pd) = previous, day < pd {
                out.append(Finding(.warning, at,
                                   "step \(i + 1) (\(m.step.prefixWords(6))) is dated \(day.display), before the step it "
                                   + "follows (\(p.step.prefixWords(4)), \(pd.display))"))
            }
            previous = (m, day)
        }
        return out
    }

    /// The first milestone not done, in timetable order.
    public var nextMilestone: Milestone? { timetable.first { !$0.done } }
}

extension String {
    /// The first `n` words, with "…" when there were more.
    public func prefixWords(_ n: Int) -> String {
        let words = split(separator: " ")
        return words.count <= n ? self : words.prefix(n).joined(separator: " ") + "…"
    }
}
