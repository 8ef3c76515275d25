/// Which way a risk's score has moved.
public enum Direction: String, Sendable, CaseIterable {
    /// The score rose: the risk got worse.
    case up
    /// The score fell: the risk got better.
    case down
    /// The score is unchanged.
    case same
    /// No earlier score to compare with.
    case new

    /// An arrow for screens; `asciiArrow` where the terminal cannot show it.
    public var arrow: String {
        switch self {
        case .up: return "▲"
        case .down: return "▼"
        case .same: return "►"
        case .new: return "•"
        }
    }

    /// The arrow in plain ASCII (`^`, `v`, `=`, `*`).
    public var asciiArrow: String {
        switch self {
        case .up: return "^"
        case .down: return "v"
        case .same: return "="
        case .new: return "*"
        }
    }

    /// The direction in words ("Rising", "Falling", "No change", "New").
    public var label: String {
        switch self {
        case .up: return "Rising"
        case .down: return "Falling"
        case .same: return "No change"
        case .new: return "New"
        }
    }
}

extension RiskMatrix {
    /// The index of the band a score falls in (bands sorted by `minScore`), or nil below them all.
    public func bandIndex(for score: Int) -> Int? {
        var found: Int?
        for (i, band) in bands.enumerated() where score >= band.minScore {
            if let f = found, bands[f].minScore > band.minScore { continue }
            found = i
        }
        return found
    }

    /// The band a score falls in.
    public func band(for score: Int) -> RiskBand? { bandIndex(for: score).map { bands[$0] } }

    /// The band a likelihood × impact pair falls in; nil for a risk not yet scored.
    public func band(for score: RiskScore?) -> RiskBand? { score.flatMap { band(for: $0.value) } }

    /// Whether a score fits the matrix's scales.
    public func contains(_ score: RiskScore) -> Bool {
        (1...max(1, likelihoodSize)).contains(score.likelihood) && (1...max(1, impactSize)).contains(score.impact)
    }
}

extension RiskRegister {
    /// The appetite for a category, when one is set.
    public func appetite(for category: String) -> RiskAppetite? {
        let c = category.lowercased()
        return appetite.first { $0.category.lowercased() == c }
    }

    /// True when the risk's residual score is above its category's appetite.
    public func isOutsideAppetite(_ risk: Risk) -> Bool {
        guard risk.status == .open, let residual = risk.residual, let a = appetite(for: risk.category) else { return false }
        return residual.value > a.maxScore
    }

    /// When the risk is next due for review: the stored date, else the last review (or the date it
    /// was raised) plus its band's review interval; a risk not yet scored is due for its scores when
    /// the register's allowance (`scoringAllowance`) runs out.
    public func nextReviewDue(_ risk: Risk) -> Day? {
        if let next = risk.nextReview { return next }
        guard let from = risk.lastReview ?? risk.raisedOn else { return nil }
        guard let residual = risk.residual else { return from.adding(days: scoringAllowance) }
        return from.adding(days: matrix.band(for: residual)?.reviewDays ?? 90)
    }

    /// The review date that follows a review on `date` at `score`, by the band's interval (90 days
    /// for a risk not yet scored).
    public func nextReview(after date: Day, at score: RiskScore?) -> Day {
        date.adding(days: matrix.band(for: score)?.reviewDays ?? 90)
    }

    /// True when an open risk's next review is before `today`.
    public func isOverdue(_ risk: Risk, today: Day) -> Bool {
        guard risk.status == .open, let due = nextReviewDue(risk) else { return false }
        return due < today
    }
}

extension Risk {
    /// The residual score as it stood at the end of `day`: the latest review on or before it, else
    /// the inherent score if the risk was raised by then, else nil (the risk did not exist).
    public func residual(asOf day: Day) -> RiskScore? {
        if let raised = raisedOn, raised > day { return nil }
        let past = reviews.filter { $0.date <= day }
        if let last = past.max(by: { $0.date < $1.date }) { return last.residual }
        return reviews.isEmpty ? residual : inherent
    }

    /// Direction of travel: the latest review's residual score against the one before it; `new`
    /// until a risk has two reviews. Found in one pass over the reviews (no sort): of reviews on
    /// the same day, the one listed later counts as later.
    public var direction: Direction {
        guard reviews.count >= 2 else { return .new }
        var latest = 0, before = -1
        for i in 1..<reviews.count {
            if reviews[i].date >= reviews[latest].date {
                before = latest
                latest = i
            } else if before < 0 || reviews[i].date >= reviews[before].date {
                before = i
            }
        }
        return compare(reviews[before].residual.value, reviews[latest].residual.value)
    }

    /// Direction of travel of the current residual score since `day`.
    public func direction(since day: Day) -> Direction {
        guard let then = residual(asOf: day), let now = residual else { return .new }
        return compare(then.value, now.value)
    }

    func compare(_ before: Int, _ after: Int) -> Direction {
        after > before ? .up : after < before ? .down : .same
    }

    /// True when the risk was closed, with the day it was closed.
    public var closedOn: Day? {
        guard status == .closed else { return nil }
        return statusHistory.last { $0.status == .closed }?.date
    }
}
