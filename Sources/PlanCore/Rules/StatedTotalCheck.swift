extension Budget {
    /// The total a source prints for `year`, when one is kept.
    public func statedTotal(for year: FinancialYear) -> StatedTotal? { statedTotals.first { $0.year == year } }

    /// Findings where a stated total and the computed one disagree: a complete year whose sum
    /// differs, or a year whose known parts already exceed what the source prints.
    func statedTotalFindings() -> [Finding] {
        statedTotals.compactMap { stated in
            let t = totals(for: stated.year)
            let from = stated.source.isEmpty ? "" : " (\(stated.source))"
            if t.isComplete, t.total != stated.amount {
                return Finding(.warning, PlanLocation(.budget, field: "statedTotals"),
                               "\(stated.year): the stated total \(stated.amount)\(from) differs from the sum of the lines, \(t.total)")
            }
            if !t.isComplete, t.total > stated.amount {
                return Finding(.warning, PlanLocation(.budget, field: "statedTotals"),
                               "\(stated.year): the stated total \(stated.amount)\(from) is less than the known lines alone, \(t.totalText)")
            }
            return nil
        }
    }
}
