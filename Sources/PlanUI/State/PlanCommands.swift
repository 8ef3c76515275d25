import PlanCore

extension Reducer {
    /// Records a step of the plan's approval from the words of `:advance` (see ``ApprovalCommand``).
    static func advancePlan(by text: String, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        switch ApprovalCommand.parse(text, ws: s.workspace, today: s.today) {
        case .failure(let e):
            s.message = Message(e.message, .warning)
            return []
        case .success(let step):
            var ws = s.workspace
            let recorded = ws.plan.record(step)
            let effects = commit(ws, label: "approval step", &s)
            s.message = Message("Recorded: " + recorded.sentence)
            return effects
        }
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
