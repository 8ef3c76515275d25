extension Workspace {
    /// What `validate` says of meetings, papers and approval steps: references that name nothing,
    /// a step of another kind that needs its words or its body, and meetings left planned after
    /// their day.
    public func meetingFindings(today: Day) -> [Finding] {
        var out: [Finding] = []
        let bodyIDs = Set(governance.bodies.map(\.id))
        let meetingIDs = Set(governance.meetings.map(\.id))
        let paperIDs = Set(governance.papers.map(\.id))
        func missing(_ section: PlanSection, _ record: String, _ field: String, _ what: String, _ id: String) {
            out.append(Finding(.error, PlanLocation(section, record: record, field: field),
                               "names \(what) \"\(id)\", which does not exist"))
        }
        var seen = Set<String>()
        for m in governance.meetings {
            if !seen.insert(m.id).inserted {
                out.append(Finding(.error, PlanLocation(.governance, record: m.id), "two meetings share the id \"\(m.id)\""))
            }
            if !bodyIDs.contains(m.body) { missing(.governance, m.id, "body", "body", m.body) }
            for item in m.agenda {
                if let p = item.paper, !paperIDs.contains(p) { missing(.governance, m.id, "agenda", "paper", p) }
                if item.outcome == .other && item.words.trimmingSpaces().isEmpty {
                    out.append(Finding(.warning, PlanLocation(.governance, record: m.id, field: "agenda"),
                                       "records a decision \"in other words\" on \"\(item.title)\" without the words"))
                }
            }
            if m.status == .planned && m.date < today {
                out.append(Finding(.info, PlanLocation(.governance, record: m.id, field: "status"),
                                   "\(describe(m)) is still planned though its day has passed: mark it held or cancelled"))
            }
        }
        for p in governance.papers {
            if let b = p.body, !bodyIDs.contains(b) { missing(.governance, p.id, "body", "body", b) }
            if let m = p.meeting, !meetingIDs.contains(m) { missing(.governance, p.id, "meeting", "meeting", m) }
        }
        for step in plan.approval {
            if let m = step.meeting, !meetingIDs.contains(m) { missing(.plan, "status", "approval", "meeting", m) }
            if step.action == .other && step.words.trimmingSpaces().isEmpty {
                out.append(Finding(.warning, PlanLocation(.plan, record: "status", field: "approval"),
                                   "an approval step \"in other words\" has no words"))
            }
            if (step.action == .recommended || step.action == .submitted) && step.to.trimmingSpaces().isEmpty {
                out.append(Finding(.warning, PlanLocation(.plan, record: "status", field: "approval"),
                                   "an approval step (\(step.action.rawValue)) does not say to which body"))
            }
        }
        return out
    }
}
