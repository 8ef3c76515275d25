extension PlanStatus {
    /// The status after this one, nil after publication.
    public var next: PlanStatus? {
        let all = PlanStatus.allCases
        guard let i = all.firstIndex(of: self), i + 1 < all.count else { return nil }
        return all[i + 1]
    }
}

extension Plan {
    /// Moves the plan to its next status on `date`, by `body`, keeping the step in its history.
    /// Returns the new status, or nil when the plan is already published.
    @discardableResult
    public mutating func advance(on date: Day, by body: String, note: String = "") -> PlanStatus? {
        guard let next = status.next else { return nil }
        statusHistory.append(PlanStatusStep(status: next, date: date, body: body.trimmingSpaces(), note: note))
        status = next
        return next
    }
}
