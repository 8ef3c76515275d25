import PlanCore

extension Reducer {
    /// `:round`, `:rollover`: the quarterly update round and the annual revision.
    static func runDeliveryCommand(_ head: String, _ argument: String, _ s: inout AppState) -> [Effect]? {
        switch head {
        case "round":
            if argument.lowercased() == "stop" {
                s.updateRound = nil
                s.message = Message("Update round stopped")
                return []
            }
            if refuseIfReadOnly(&s) { return [] }
            let quarter = argument.isEmpty ? Quarter(containing: s.today) : Quarter(text: argument)
            guard let quarter else {
                s.message = Message("Usage: :round [QUARTER], e.g. :round 2009-10 Q3; :round stop", .warning)
                return []
            }
            s.updateRound = quarter
            nextInRound(&s)
            return []
        case "rollover":
            if refuseIfReadOnly(&s) { return [] }
            var ws = s.workspace
            let result: RolloverResult
            do { result = try ws.rollOver(on: s.today, summary: argument) } catch {
                s.message = Message("Not rolled over: \(error.description)", .error)
                return []
            }
            let effects = commit(ws, label: "roll the plan into \(result.year)", &s)
            s.message = Message("The plan now runs \(result.year): \(Plural.count(result.actionsCarried.count, "open action")) carried forward; "
                                + "\(s.workspace.plan.currentYear.previous) is kept as it was")
            return effects
        default:
            return nil
        }
    }

    /// Opens the update form for the next action without an update this round, or ends the round.
    static func nextInRound(_ s: inout AppState) {
        guard let quarter = s.updateRound else { return }
        let waiting = s.workspace.actionsNeedingUpdate(for: quarter)
        guard let next = waiting.first else {
            s.updateRound = nil
            s.message = Message("Every open action has a \(quarter) update", .info)
            return
        }
        jump(PlanLocation(.priorities, record: next), &s)
        openAdd(AddTarget(.progressUpdate, parent: next), &s)
        if case .form(var f)? = s.overlay, let k = f.kind.schema.fields.firstIndex(where: { $0.label == "Quarter" }) {
            f.values[k] = quarter.description
            f.buffer = TextBuffer(f.visible.first == k ? quarter.description : f.buffer.text)
            // The quarter is given: the form starts at the field after it (the RAG status).
            if let at = f.visible.firstIndex(of: k), at == f.focus, at + 1 < f.visible.count { f.focusOn(at + 1) }
            s.overlay = .form(f)
        }
        s.message = Message("Update round \(quarter): \(waiting.count) to go · Esc stops the round")
    }
}
