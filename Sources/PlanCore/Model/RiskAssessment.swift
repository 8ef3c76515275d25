/// Whether a risk has been assessed: a risk is raised first and scored later, so "not yet scored"
/// is a state of its own, never a 1×1 score.
extension Risk {
    /// The words every screen and paper shows for a risk without scores.
    public static let notYetScoredText = "not yet scored"

    /// True when the risk carries its inherent, residual and target scores.
    public var isScored: Bool { inherent != nil && residual != nil && target != nil }

    /// The names of the scores a partly scored risk is missing ("residual", "target"); empty when
    /// the risk has all three or none.
    public var missingScores: [String] {
        let given = [("inherent", inherent), ("residual", residual), ("target", target)]
        guard given.contains(where: { $0.1 != nil }) else { return [] }
        return given.filter { $0.1 == nil }.map(\.0)
    }

    /// The residual score's value for sorting: an unscored risk sorts below every scored one.
    public var residualValue: Int { residual?.value ?? 0 }
}

extension RiskRegister {
    /// Open risks raised but not yet scored, in register order.
    public var unscoredOpenRisks: [Risk] { risks.filter { $0.status == .open && !$0.isScored } }

    /// Open risks still not scored more than `days` days after they were raised (a risk with no
    /// date raised counts as waiting too long).
    public func unscored(longerThan days: Int, today: Day) -> [Risk] {
        unscoredOpenRisks.filter { r in
            guard let raised = r.raisedOn else { return true }
            return raised.adding(days: days) < today
        }
    }

    /// "3 risks not yet scored", or nil when every open risk has scores.
    public var unscoredCountText: String? {
        let n = unscoredOpenRisks.count
        guard n > 0 else { return nil }
        return "\(n) \(n == 1 ? "risk" : "risks") \(Risk.notYetScoredText)"
    }
}
