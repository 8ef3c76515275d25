/// The columns of a risk's likelihood, impact and score at each stage (inherent, residual,
/// target), found once per table rather than by name in every row.
final class ScoreColumns {
    typealias Stage = (likelihood: Int?, impact: Int?, score: Int?)
    private var found: [Stage]?
    private var match: [String: Int]?

    /// Finds the columns of `match`.
    func resolve(_ match: ColumnMatch) {
        self.match = match.columns
        found = Self.columns(of: match)
    }

    /// The columns of each stage in `RiskSchema.scoreFields` order: those found for `match`, or
    /// found now when `resolve` was not given this table.
    func columns(of match: ColumnMatch) -> [Stage] {
        if let found, let known = self.match, known == match.columns { return found }
        return Self.columns(of: match)
    }

    private static func columns(of match: ColumnMatch) -> [Stage] {
        RiskSchema.scoreFields.map { (match.column($0.likelihood), match.column($0.impact), match.column($0.score)) }
    }
}
