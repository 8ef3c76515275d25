/// One thing a partnership still has to do to make its workspace a whole plan.
public struct NextStep: Sendable, Equatable {
    /// What to do, in the officer's words.
    public var text: String
    /// Where it is done.
    public var location: PlanLocation

    /// A step saying `text`, done at `location`.
    public init(_ text: String, _ location: PlanLocation) {
        self.text = text
        self.location = location
    }
}

extension Workspace {
    /// What is still to do, from the empty parts of the workspace and the statutory checklist, in the
    /// order a new partnership usually works: partners, governance, priorities, risks, indicators,
    /// budget, timetable, then the checklist's remaining "must" items.
    /// `checklist: false` leaves out the checklist's summary step (the dashboard lists the unmet
    /// "must" items one by one, see ``NextStep/unmetMust(_:)``).
    public func nextSteps(today: Day, checklist: Bool = true) -> [NextStep] {
        var steps: [NextStep] = []
        let unconfirmed = partners.filter { $0.kind == .responsibleAuthority && $0.name.hasSuffix("(to confirm)") }
        if partners.isEmpty {
            steps.append(NextStep("List the partners, starting with the responsible authorities (8 Partners, a)", PlanLocation(.partners)))
        } else if !unconfirmed.isEmpty {
            let n = unconfirmed.count
            steps.append(NextStep("Confirm the \(n) responsible authorit\(n == 1 ? "y" : "ies") marked \"to confirm\" (8 Partners, e)",
                                  PlanLocation(.partners, record: unconfirmed[0].id)))
        }
        if governance.bodies.isEmpty {
            steps.append(NextStep("Set out the strategic board and its groups (3 Governance, a)", PlanLocation(.governance)))
        } else if !authoritiesMissingFromBoard.isEmpty {
            let board = body(governance.partnershipBoard)
            steps.append(NextStep("Give the responsible authorities their seats on \(board?.shortName ?? "the partnership board"): "
                                  + authoritiesMissingFromBoard.map(\.label).joined(separator: ", ") + " (3 Governance, members)",
                                  PlanLocation(.governance, record: board?.id)))
        }
        if priorities.isEmpty {
            steps.append(NextStep("Add the plan's priorities (4 Priorities, a)", PlanLocation(.priorities)))
        } else if actionPlans.isEmpty {
            steps.append(NextStep("Write this year's action plans under the priorities (4 Priorities)", PlanLocation(.priorities)))
        }
        if risks.risks.isEmpty {
            steps.append(NextStep("Bring in the risk register: saferplan import risks FILE, or add risks (6 Risks, a)",
                                  PlanLocation(.risks)))
        } else if let waiting = risks.unscoredCountText {
            steps.append(NextStep("Give scores to \(waiting): record a first review of each (6 Risks, x)",
                                  PlanLocation(.risks, record: risks.unscoredOpenRisks.first?.id)))
        }
        if indicators.isEmpty {
            steps.append(NextStep("Add the indicators the plan is measured by (5 Indicators, a)", PlanLocation(.indicators)))
        }
        if budget.fundingLines.isEmpty {
            steps.append(NextStep("Enter the funding for \(plan.currentYear) (7 Budget, a)", PlanLocation(.budget)))
        }
        if plan.timetable.isEmpty {
            steps.append(NextStep("Set the plan's timetable: drafting, consultation, approval (0 Timetable, a)",
                                  PlanLocation(.timetable)))
        }
        guard checklist else { return steps }
        let unmet = statutoryChecklist(today: today).filter { $0.source == .must && !$0.result.satisfied }
        if !unmet.isEmpty {
            let n = unmet.count
            steps.append(NextStep("\(n) \"must\" item\(n == 1 ? "" : "s") of the statutory checklist \(n == 1 ? "is" : "are") not yet met "
                                  + "(2 Plan, checklist)", PlanLocation(.plan, record: "checklist")))
        }
        return steps
    }
}

extension NextStep {
    /// Each "must" item of `checklist` that is not met, as a step: what is missing, where it is fixed.
    public static func unmetMust(_ checklist: [ChecklistItem]) -> [NextStep] {
        checklist.filter { $0.source == .must && !$0.result.satisfied }.map { NextStep("Checklist: " + $0.result.reason, $0.result.fixAt) }
    }
}
