/// What refers to a record, and removing a record with every reference to it.
extension Workspace {
    /// What refers to the body: bodies reporting to it or linked to it, priorities it owns, risks.
    public func dependents(ofBody id: String) -> [String] {
        var out: [String] = []
        let children = governance.bodies.filter { $0.parents.contains(id) }
        if !children.isEmpty {
            out.append("\(children.count) bod\(children.count == 1 ? "y reports" : "ies report") to it: "
                       + children.prefix(4).map(\.shortName).joined(separator: ", "))
        }
        let linked = governance.bodies.filter { $0.links.contains { $0.target == id } }
        if !linked.isEmpty { out.append("linked from " + linked.map(\.shortName).joined(separator: ", ")) }
        let owned = priorities.filter { $0.owningBody == id }
        if !owned.isEmpty { out.append("owns \(owned.count) priorit\(owned.count == 1 ? "y" : "ies")") }
        let risky = risks.risks.filter { $0.bodies.contains(id) }
        if !risky.isEmpty { out.append("linked to risk" + (risky.count == 1 ? " " : "s ") + risky.map(\.reference).joined(separator: ", ")) }
        if governance.partnershipBoard == id { out.append("it is the partnership board") }
        let meetings = governance.meetings.filter { $0.body == id }
        if !meetings.isEmpty { out.append("\(meetings.count) meeting\(meetings.count == 1 ? "" : "s") recorded") }
        return out
    }

    /// Removes the body and every reference to it.
    public mutating func removeBody(_ id: String) {
        governance.bodies.removeAll { $0.id == id }
        for i in governance.bodies.indices {
            governance.bodies[i].parents.removeAll { $0 == id }
            governance.bodies[i].links.removeAll { $0.target == id }
        }
        for i in priorities.indices where priorities[i].owningBody == id { priorities[i].owningBody = nil }
        for i in priorities.indices { priorities[i].bodies.removeAll { $0 == id } }
        let gone = Set(governance.meetings.filter { $0.body == id }.map(\.id))
        governance.meetings.removeAll { $0.body == id }
        for i in governance.papers.indices {
            if governance.papers[i].body == id { governance.papers[i].body = nil }
            if let m = governance.papers[i].meeting, gone.contains(m) { governance.papers[i].meeting = nil }
        }
        for i in plan.approval.indices {
            if let m = plan.approval[i].meeting, gone.contains(m) { plan.approval[i].meeting = nil }
        }
        for i in risks.risks.indices { risks.risks[i].bodies.removeAll { $0 == id } }
        if governance.partnershipBoard == id { governance.partnershipBoard = nil }
    }

    /// What refers to the partner: seats on bodies and funding lines.
    public func dependents(ofPartner id: String) -> [String] {
        var out: [String] = []
        let seats = governance.bodies.flatMap { b in b.members.filter { $0.partner == id }.map { _ in b.shortName } }
        if !seats.isEmpty { out.append("\(seats.count) seat\(seats.count == 1 ? "" : "s") on " + Set(seats).sorted().joined(separator: ", ")) }
        let lines = budget.fundingLines.filter { $0.partner == id }
        if !lines.isEmpty { out.append("\(lines.count) funding line\(lines.count == 1 ? "" : "s")") }
        return out
    }

    /// Removes the partner; seats keep the organisation's name as text.
    public mutating func removePartner(_ id: String) {
        let name = partner(id)?.name ?? ""
        partners.removeAll { $0.id == id }
        for b in governance.bodies.indices {
            for m in governance.bodies[b].members.indices where governance.bodies[b].members[m].partner == id {
                governance.bodies[b].members[m].partner = nil
                if governance.bodies[b].members[m].organisation.isEmpty { governance.bodies[b].members[m].organisation = name }
            }
        }
        for i in budget.fundingLines.indices where budget.fundingLines[i].partner == id { budget.fundingLines[i].partner = nil }
    }

    /// What refers to the priority: action plans, allocations, risks.
    public func dependents(ofPriority id: String) -> [String] {
        var out: [String] = []
        let plans = actionPlans.filter { $0.priority == id }
        if !plans.isEmpty {
            out.append("\(plans.count) action plan\(plans.count == 1 ? "" : "s") with "
                       + Plural.count(plans.reduce(0) { $0 + $1.actions.count }, "action") + " (deleted with it)")
        }
        let allocs = budget.allocations.filter { $0.priority == id }
        if !allocs.isEmpty { out.append("\(allocs.count) budget allocation\(allocs.count == 1 ? "" : "s") (deleted with it)") }
        let risky = risks.risks.filter { $0.priorities.contains(id) }
        if !risky.isEmpty { out.append("linked to risk" + (risky.count == 1 ? " " : "s ") + risky.map(\.reference).joined(separator: ", ")) }
        return out
    }

    /// Removes the priority with its action plans and allocations, and references to it.
    public mutating func removePriority(_ id: String) {
        priorities.removeAll { $0.id == id }
        actionPlans.removeAll { $0.priority == id }
        budget.allocations.removeAll { $0.priority == id }
        for i in risks.risks.indices { risks.risks[i].priorities.removeAll { $0 == id } }
    }

    /// What refers to the indicator: priorities.
    public func dependents(ofIndicator id: String) -> [String] {
        let ps = priorities.filter { $0.indicators.contains(id) }
        return ps.isEmpty ? [] : ["linked to " + ps.map { $0.code.isEmpty ? $0.title : $0.code }.joined(separator: ", ")]
    }

    /// Removes the indicator and unlinks it from every priority.
    public mutating func removeIndicator(_ id: String) {
        indicators.removeAll { $0.id == id }
        for i in priorities.indices { priorities[i].indicators.removeAll { $0 == id } }
    }

    /// What refers to the funding line: actions and allocations.
    public func dependents(ofFundingLine id: String) -> [String] {
        var out: [String] = []
        let acts = allActions.filter { $0.action.resources.fundingLine == id }
        if !acts.isEmpty { out.append("\(acts.count) action\(acts.count == 1 ? " draws" : "s draw") on it") }
        let allocs = budget.allocations.filter { $0.fundingLine == id }
        if !allocs.isEmpty { out.append("\(allocs.count) allocation\(allocs.count == 1 ? "" : "s")") }
        return out
    }

    /// Removes the funding line and clears it from the actions and allocations that named it.
    public mutating func removeFundingLine(_ id: String) {
        budget.fundingLines.removeAll { $0.id == id }
        for p in actionPlans.indices {
            for a in actionPlans[p].actions.indices where actionPlans[p].actions[a].resources.fundingLine == id {
                actionPlans[p].actions[a].resources.fundingLine = nil
            }
        }
        for i in budget.allocations.indices where budget.allocations[i].fundingLine == id {
            budget.allocations[i].fundingLine = nil
        }
    }

    /// What refers to the action: risk mitigations and actions carried from it.
    public func dependents(ofAction id: String) -> [String] {
        var out: [String] = []
        let risky = risks.risks.filter { $0.mitigations.contains { $0.action == id } }
        if !risky.isEmpty { out.append("mitigates risk" + (risky.count == 1 ? " " : "s ") + risky.map(\.reference).joined(separator: ", ")) }
        let carried = allActions.filter { $0.action.carriedFrom == id }
        if !carried.isEmpty { out.append("carried into \(carried.count) later action\(carried.count == 1 ? "" : "s")") }
        return out
    }

    /// Removes the action and clears it from the risk mitigations that named it.
    public mutating func removeAction(_ id: String) {
        for p in actionPlans.indices { actionPlans[p].actions.removeAll { $0.id == id } }
        for r in risks.risks.indices {
            for m in risks.risks[r].mitigations.indices where risks.risks[r].mitigations[m].action == id {
                risks.risks[r].mitigations[m].action = nil
            }
        }
    }
}
