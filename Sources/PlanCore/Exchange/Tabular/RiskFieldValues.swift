extension RiskFields {
    /// The value of `field` on `risk` as a sheet holds it: numbers for scores, dates for dates,
    /// text otherwise. Export writes it; import compares against it.
    public static func value(_ field: String, of risk: Risk, in register: RiskRegister, today: Day) -> RawCell {
        func text(_ s: String) -> RawCell { s.isEmpty ? .empty : .text(s) }
        func number(_ n: Int) -> RawCell { .number(Double(n)) }
        func date(_ d: Day?) -> RawCell { d.map(RawCell.date) ?? .empty }
        func level(_ s: RiskScore?, _ part: (RiskScore) -> Int) -> RawCell { s.map { number(part($0)) } ?? .empty }
        switch field {
        case "id": return text(risk.id)
        case "ref": return text(risk.reference)
        case "title": return text(risk.title)
        case "category": return text(risk.category)
        case "owner": return text(risk.owner)
        case "status": return text(risk.status.rawValue)
        case "cause": return text(risk.cause)
        case "event": return text(risk.event)
        case "consequence": return text(risk.consequence)
        case "inherent_likelihood": return level(risk.inherent, \.likelihood)
        case "inherent_impact": return level(risk.inherent, \.impact)
        case "inherent_score": return level(risk.inherent, \.value)
        case "residual_likelihood": return level(risk.residual, \.likelihood)
        case "residual_impact": return level(risk.residual, \.impact)
        case "residual_score": return level(risk.residual, \.value)
        case "residual_band": return text(risk.isScored ? register.matrix.band(for: risk.residual)?.name ?? "" : Risk.notYetScoredText)
        case "target_likelihood": return level(risk.target, \.likelihood)
        case "target_impact": return level(risk.target, \.impact)
        case "target_score": return level(risk.target, \.value)
        case "direction": return text(risk.direction.rawValue)
        case "outside_appetite": return text(register.isOutsideAppetite(risk) ? "yes" : "no")
        case "controls": return text(risk.controls.joined(separator: "\n"))
        case "mitigations": return text(risk.mitigations.map(RiskCSV.mitigationLine).joined(separator: "\n"))
        case "raised_on": return date(risk.raisedOn)
        case "last_review": return date(risk.lastReview)
        case "next_review": return date(register.nextReviewDue(risk))
        case "overdue": return text(register.isOverdue(risk, today: today) ? "yes" : "no")
        case "priorities": return text(risk.priorities.joined(separator: ";"))
        case "bodies": return text(risk.bodies.joined(separator: ";"))
        default: return .empty
        }
    }
}
