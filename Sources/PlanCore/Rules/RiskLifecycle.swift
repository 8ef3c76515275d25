/// Why a change to a risk's life was refused.
public struct RiskChangeError: Error, Equatable, CustomStringConvertible {
    /// The reason, in words for the officer.
    public var description: String
    /// An error carrying the reason `d`.
    public init(_ d: String) { description = d }
}

extension RiskRegister {
    /// Records a review: the new residual score (and target, when it changed), a note and the date.
    /// The risk's residual score, last and next review dates follow; the history keeps the review.
    /// The first review of a risk not yet scored gives its inherent and target scores as well.
    public mutating func recordReview(of id: String, on date: Day, residual: RiskScore, target: RiskScore? = nil,
                                      inherent: RiskScore? = nil, note: String, reviewer: String = "") throws(RiskChangeError) {
        guard let i = risks.firstIndex(where: { $0.id == id }) else { throw RiskChangeError("there is no risk \(id)") }
        guard matrix.contains(residual) else { throw RiskChangeError("the residual score is off the \(matrix.likelihoodSize)×\(matrix.impactSize) matrix") }
        if let target, !matrix.contains(target) { throw RiskChangeError("the target score is off the matrix") }
        if let inherent, !matrix.contains(inherent) { throw RiskChangeError("the inherent score is off the matrix") }
        let first = !risks[i].isScored
        if first {
            guard let inherent, target != nil else {
                throw RiskChangeError("\(risks[i].reference) is \(Risk.notYetScoredText): its first review gives the inherent and target scores too")
            }
            risks[i].inherent = inherent
        }
        let changedTarget = target.flatMap { $0 == risks[i].target ? nil : $0 }
        risks[i].reviews.append(RiskReview(date: date, residual: residual, target: changedTarget, inherent: first ? inherent : nil,
                                           note: note, reviewer: reviewer))
        risks[i].reviews.sort { $0.date < $1.date }
        if let latest = risks[i].reviews.last {
            risks[i].residual = latest.residual
            risks[i].lastReview = latest.date
            risks[i].nextReview = nextReview(after: latest.date, at: latest.residual)
        }
        if let changedTarget { risks[i].target = changedTarget }
    }

    /// Closes an open risk with a reason; the change is kept in its status history.
    public mutating func close(_ id: String, on date: Day, reason: String) throws(RiskChangeError) {
        try change(id, to: .closed, on: date, reason: reason)
    }

    /// Reopens a closed risk with a reason; its next review is due from the date it reopens.
    public mutating func reopen(_ id: String, on date: Day, reason: String) throws(RiskChangeError) {
        try change(id, to: .open, on: date, reason: reason)
        if let i = risks.firstIndex(where: { $0.id == id }) {
            risks[i].nextReview = nextReview(after: date, at: risks[i].residual)
        }
    }

    private mutating func change(_ id: String, to status: RiskStatus, on date: Day, reason: String) throws(RiskChangeError) {
        guard let i = risks.firstIndex(where: { $0.id == id }) else { throw RiskChangeError("there is no risk \(id)") }
        guard risks[i].status != status else { throw RiskChangeError("\(id) is already \(status.rawValue)") }
        let why = reason.trimmingSpaces()
        guard !why.isEmpty else { throw RiskChangeError("give a reason to \(status == .closed ? "close" : "reopen") \(id)") }
        risks[i].status = status
        risks[i].statusHistory.append(RiskStatusChange(date: date, status: status, reason: why))
    }
}
