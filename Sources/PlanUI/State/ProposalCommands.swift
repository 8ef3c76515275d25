import PlanCore

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
