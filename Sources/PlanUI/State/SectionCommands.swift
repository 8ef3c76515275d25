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
                s.message = Message((argument.isEmpty ? "Usage: :since DATE" : "\"\(argument)\" is not a date")
                                    + ", e.g. :since 2009-09-24 or :since 24 Sep 2009", .warning)
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
            return runMeetingCommand(head, argument, &s) ?? runProposalCommand(head, argument, &s) ?? runDeliveryCommand(head, argument, &s)
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
