import PlanCore

extension Reducer {
    /// Moves the plan to its next status, recording the date and the body.
    static func advancePlan(by body: String, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        var ws = s.workspace
        guard let next = ws.plan.advance(on: s.today, by: body) else {
            s.message = Message("The plan is already \(ws.plan.status.label.lowercased()): there is no further step", .warning)
            return []
        }
        let effects = commit(ws, label: "plan to \(next.label.lowercased())", &s)
        s.message = Message("The plan is now \(next.label.lowercased())" + (body.isEmpty ? "" : " (\(body))"))
        return effects
    }

    /// Marks the selected timetable step done (today) or not done.
    static func markMilestone(done: Bool, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard s.section == .timetable, let ref = selectedRow(s)?.ref, ref.kind == .milestone,
              let i = s.workspace.plan.timetable.firstIndex(where: { $0.id == ref.id }) else {
            s.message = Message("Select a step of the timetable first", .warning)
            return []
        }
        var ws = s.workspace
        ws.plan.timetable[i].done = done
        ws.plan.timetable[i].doneOn = done ? s.today : nil
        let step = ws.plan.timetable[i].step
        let effects = commit(ws, label: "step \(done ? "done" : "not done")", &s)
        s.message = Message((done ? "Done: " : "Not done: ") + step)
        return effects
    }
}
