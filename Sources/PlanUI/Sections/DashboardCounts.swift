import PlanCore

extension DashboardSection {
    /// The dashboard's figures for this year's open actions, counted in place over the action
    /// plans (no copy of every action with its plan).
    struct ActionCounts {
        var offTrack = 0
        var noUpdate = 0
        var notSmart = 0
        var overdue = 0

        init(_ ws: Workspace, quarter: Quarter, today: Day) {
            for plan in ws.actionPlans where plan.year == ws.plan.currentYear {
                for action in plan.actions where action.status.isOpen {
                    if action.isOffTrack { offTrack += 1 }
                    if !action.hasUpdate(for: quarter) { noUpdate += 1 }
                    if !action.isSmart { notSmart += 1 }
                    if action.isOverdue(today: today) { overdue += 1 }
                }
            }
        }
    }

    /// The statutory checklist and the checks (validation findings), counted: the slowest of the
    /// dashboard's figures, left out of the first frame (see ``AppState/checksPending``).
    struct Checks {
        /// What the dashboard shows in their place until they have run.
        static let pendingText = "being worked out"

        var satisfied = 0
        var items = 0
        var errors = 0
        var warnings = 0
        /// The checklist's unmet "must" items, as next steps.
        var unmetMust: [NextStep] = []

        init(_ ws: Workspace, today: Day) {
            let checklist = ws.statutoryChecklist(today: today)
            items = checklist.count
            satisfied = checklist.filter(\.result.satisfied).count
            unmetMust = NextStep.unmetMust(checklist)
            for finding in ws.validate(today: today) {
                if finding.level == .error { errors += 1 } else if finding.level == .warning { warnings += 1 }
            }
        }

        /// "20 of 23 satisfied".
        var checklistText: String { "\(satisfied) of \(items) satisfied" }
        var checklistRole: Role { satisfied == items ? .ok : .warning }
        /// "0 errors · 4 warnings".
        var findingsText: String {
            "\(errors) error\(errors == 1 ? "" : "s") · \(warnings) warning\(warnings == 1 ? "" : "s")"
        }
        var findingsRole: Role { errors > 0 ? .error : warnings > 0 ? .warning : .ok }
    }
}
