import PlanCore

/// A risk's Next review on its form. Typed, the date is stored; left blank, the date the register
/// works out (the last review, or the day raised, plus the residual band's interval) is shown in
/// its place — "(due 30 Nov 2009 by band)" — and nothing is stored, so saving the form unchanged
/// keeps the risk following its band.
enum RiskNextReviewField {
    /// The field, labelled `label`.
    static func make(_ label: String) -> Field<Risk> {
        var field = Field<Risk>.date(label, \.nextReview)
        field.spec.blankMeans = hint
        return field
    }

    /// What the blank field stands for, from the form's Last review (else Raised on) and Residual
    /// likelihood and impact as they are typed: "(due 23 Mar 2010 by band)"; for a risk not yet
    /// scored, when its scores are due, "(scores due 16 Dec 2009)"; nil without a date to count from.
    static func hint(_ context: FieldContext) -> String? {
        func day(_ key: String) -> Day? { context.values[key].flatMap { Day(lenient: $0.trimmingSpaces()) } }
        func level(_ key: String) -> Int? { context.values[key].flatMap { Int($0.trimmingSpaces()) } }
        let residual = level("Residual likelihood").flatMap { l in level("Residual impact").map { RiskScore(likelihood: l, impact: $0) } }
        let sketch = Risk(id: "", residual: residual, raisedOn: day("Raised on"), lastReview: day("Last review"))
        guard let due = context.workspace.risks.nextReviewDue(sketch) else { return nil }
        return residual == nil ? "(scores due \(due.display))" : "(due \(due.display) by band)"
    }
}
