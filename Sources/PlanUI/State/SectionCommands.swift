import PlanCore

extension Reducer {
    /// Commands that belong to a section's views and workflows; nil when `head` is not one.
    static func runSectionCommand(_ head: String, _ rest: [String], _ s: inout AppState) -> [Effect]? {
        let argument = rest.joined(separator: " ")
        switch head {
        case "view", "v":
            let names = Sections.views(s.section)
            if let n = Int(argument), n >= 1 && n <= names.count {
                setView(n - 1, &s)
            } else if let n = names.firstIndex(where: { $0.lowercased().hasPrefix(argument.lowercased()) && !argument.isEmpty }) {
                setView(n, &s)
            } else {
                s.message = Message(names.isEmpty ? "\(s.section.title) has one view"
                                    : "Views: " + names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", "), .warning)
            }
            return []
        case "since":
            guard let day = Day(lenient: argument) else {
                s.message = Message("Usage: :since DATE, e.g. :since 2009-09-24 or :since 24 Sep 2009", .warning)
                return []
            }
            s.briefSince = day
            if s.section != .risks || ![2, 3].contains(s.list.view) {
                goTo(.risks, &s)
                setView(3, &s)
            }
            s.message = Message("Comparing with \(day.display)")
            return []
        case "scores":
            guard let kind = ScoreKind(rawValue: argument.lowercased()) else {
                s.message = Message("Usage: :scores inherent|residual|target", .warning)
                return []
            }
            s.heatKind = kind
            if s.section != .risks || s.list.view != 1 {
                goTo(.risks, &s)
                setView(1, &s)
            }
            s.message = Message("The heat map shows \(kind.rawValue) scores")
            return []
        case "close", "reopen":
            return changeRiskStatus(close: head == "close", reason: argument, &s)
        case "advance":
            return advancePlan(by: argument, &s)
        case "done", "undone":
            return markMilestone(done: head == "done", &s)
        default:
            return runProposalCommand(head, argument, &s) ?? runDeliveryCommand(head, argument, &s)
                ?? runReshapeCommand(head, argument, &s)
        }
    }

    /// Closes or reopens the selected risk with a reason, as one undoable change.
    static func changeRiskStatus(close: Bool, reason: String, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard s.section == .risks, let ref = selectedRow(s)?.ref, ref.kind == .risk else {
            s.message = Message("Select a risk in the register first", .warning)
            return []
        }
        var ws = s.workspace
        do {
            if close {
                try ws.risks.close(ref.id, on: s.today, reason: reason)
            } else {
                try ws.risks.reopen(ref.id, on: s.today, reason: reason)
            }
        } catch {
            s.message = Message("Not changed: \(error.description)", .error)
            return []
        }
        let label = "\(close ? "close" : "reopen") risk \(ref.id)"
        let effects = commit(ws, label: label, &s)
        s.message = Message((close ? "Closed " : "Reopened ") + ref.id + ": " + reason.trimmingSpaces())
        return effects
    }
}

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

extension Reducer {
    /// `:propose`, `:proposal`, `:current`, `:adopt`, `:discard`: the proposal workflow.
    static func runProposalCommand(_ head: String, _ argument: String, _ s: inout AppState) -> [Effect]? {
        switch head {
        case "propose":
            if refuseIfReadOnly(&s) { return [] }
            var ws = s.workspace
            let id = ws.governance.startProposal(title: argument, on: s.today)
            let effects = commit(ws, label: "start proposal", &s)
            s.proposalEditing = id
            goTo(.governance, &s)
            s.list = ListState()
            s.message = Message("Editing the proposal: changes in Governance go to it; v shows the comparison, :current stops")
            return effects
        case "proposal":
            let drafts = s.workspace.governance.proposals.filter { $0.status == .draft }
            guard let p = drafts.first(where: { $0.id == argument || $0.title.lowercased().hasPrefix(argument.lowercased()) && !argument.isEmpty })
                    ?? drafts.last else {
                s.message = Message("No draft proposal: :propose TITLE starts one", .warning)
                return []
            }
            s.proposalEditing = p.id
            goTo(.governance, &s)
            s.list = ListState()
            s.message = Message("Editing the proposal \"\(p.title)\"; :current returns to the current structure")
            return []
        case "current":
            s.proposalEditing = nil
            goTo(.governance, &s)
            s.list = ListState()
            s.message = Message("Showing the current structure")
            return []
        case "adopt", "discard":
            if refuseIfReadOnly(&s) { return [] }
            guard let p = ProposalViews.proposal(s) else {
                s.message = Message("No draft proposal to \(head)", .warning)
                return []
            }
            var ws = s.workspace
            do {
                if head == "adopt" { try ws.governance.adopt(p.id, on: s.today) } else { try ws.governance.discard(p.id, on: s.today) }
            } catch {
                s.message = Message("Not \(head)ed: \(error.description)", .error)
                return []
            }
            s.proposalEditing = nil
            let effects = commit(ws, label: "\(head) proposal", &s)
            if head == "adopt" {
                let ids = Set(s.workspace.governance.bodies.map(\.id))
                let priorities = s.workspace.priorities.filter { $0.owningBody.map { !ids.contains($0) } ?? false }.count
                let risks = s.workspace.risks.risks.filter { r in r.bodies.contains { !ids.contains($0) } }.count
                s.message = priorities + risks == 0
                    ? Message("Adopted \"\(p.title)\"; the structure it replaces is kept (v: former structure)")
                    : Message("Adopted; \(Fmt.count(priorities, "priority", plural: "priorities")) and \(Fmt.count(risks, "risk")) "
                              + "still name bodies it removed — :checks lists them", .warning)
            } else {
                s.message = Message("Discarded \"\(p.title)\"")
            }
            return effects
        default:
            return nil
        }
    }
}

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
            s.message = Message("The plan now runs \(result.year): \(result.actionsCarried.count) open actions carried forward; "
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
            s.overlay = .form(f)
        }
        s.message = Message("Update round \(quarter): \(waiting.count) to go · Esc stops the round")
    }
}

extension Reducer {
    /// `:move BODY`, `:alsoto BODY`, `:drop BODY`, `:retire`, `:reinstate`: reshaping the selected body
    /// (in the proposal being edited, when there is one).
    static func runReshapeCommand(_ head: String, _ argument: String, _ s: inout AppState) -> [Effect]? {
        guard ["move", "alsoto", "drop", "retire", "reinstate"].contains(head) else { return nil }
        if refuseIfReadOnly(&s) { return [] }
        var ws = s.editable
        guard s.section == .governance, s.list.view == 0, let id = selectedRow(s)?.ref?.id, let body = ws.body(id) else {
            s.message = Message("Select a body in the structure (Governance, first view) first", .warning)
            return []
        }
        let target = Reshape.find(argument, in: ws.governance.bodies)
        if ["move", "alsoto", "drop"].contains(head) && target == nil {
            s.message = Message("Usage: :\(head) BODY (its acronym, id or name); \"\(argument)\" is not a body", .warning)
            return []
        }
        let other = target?.id ?? ""
        let label: String
        do {
            switch head {
            case "move":
                try Reshape.move(id, under: other, in: &ws.governance.bodies)
                label = "move \(body.shortName) under \(target?.shortName ?? other)"
            case "alsoto":
                try Reshape.addParent(id, other, in: &ws.governance.bodies)
                label = "\(body.shortName) also reports to \(target?.shortName ?? other)"
            case "drop":
                try Reshape.dropParent(id, other, in: &ws.governance.bodies)
                label = "\(body.shortName) no longer reports to \(target?.shortName ?? other)"
            default:
                try Reshape.setRetired(id, head == "retire", in: &ws.governance.bodies)
                label = "\(head) \(body.shortName)"
            }
        } catch {
            s.message = Message("Not changed: \(error.description)", .error)
            return []
        }
        let effects = commit(s.folding(ws), label: label, &s)
        s.message = Message(label.capitalizedFirst + " — u to undo")
        jump(PlanLocation(.governance, record: id), &s)
        return effects
    }
}
