import PlanCore

/// The risk form's six level fields over scores that may be absent: a risk raised but not yet
/// scored leaves them all blank. A half-given score is held with 0 for the missing part until the
/// whole-record check refuses it, so it never reaches the workspace.
enum RiskScoreFields {
    /// A likelihood or impact level that may be blank, checked against the register's matrix.
    static func level<R>(_ label: String, _ path: FieldPath<R, Int?>, impact: Bool) -> Field<R> {
        Field.make(label, label, .integer(min: 1, max: 5), help: (impact ? "impact level" : "likelihood level") + "; blank while not yet scored",
                   describe: { value, context in LevelDescription.describe(value, field: label, impact: impact, context) },
                   get: { r, _ in r[keyPath: path].map(String.init) ?? "" }) { (r, v, ws) throws(FieldError) in
            let text = v.trimmingSpaces()
            if text.isEmpty { r[keyPath: path] = nil; return }
            let levels = impact ? ws.risks.matrix.impact : ws.risks.matrix.likelihood
            guard let n = Int(text), (1...max(1, levels.count)).contains(n) else {
                throw FieldError("\(label) must be from 1 to \(levels.count): "
                                 + levels.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", "))
            }
            r[keyPath: path] = n
        }
    }

    /// The review form's inherent score, asked for on a risk's first scores only.
    static func firstInherent(_ label: String) -> Field<RiskReview> {
        Field<RiskReview>.make(
        label, "inherent", .text, help: "only when the risk is not yet scored, e.g. 4x4; blank otherwise",
        get: { r, _ in r.inherent.map { "\($0.likelihood)×\($0.impact)" } ?? "" }) { (r, v, ws) throws(FieldError) in
            if v.trimmingSpaces().isEmpty { r.inherent = nil; return }
            let parts = v.split { $0 == "x" || $0 == "X" || $0 == "×" || $0 == " " || $0 == "*" }.compactMap { Int($0) }
            let m = ws.risks.matrix
            guard parts.count == 2, parts[0] >= 1, parts[0] <= m.likelihoodSize, parts[1] >= 1, parts[1] <= m.impactSize else {
                throw FieldError("First inherent is likelihood × impact, e.g. 4x4, within the \(m.likelihoodSize)×\(m.impactSize) matrix")
            }
            r.inherent = RiskScore(likelihood: parts[0], impact: parts[1])
        }
    }

    /// The middle cell of the matrix, where a first review's residual score starts.
    static func middle(of m: RiskMatrix) -> RiskScore {
        RiskScore(likelihood: max(1, (m.likelihoodSize + 1) / 2), impact: max(1, (m.impactSize + 1) / 2))
    }

    /// Why the six level fields (from `firstLevelField` in the form) do not hold together: a
    /// likelihood without its impact, or some stages scored and others not.
    static func wholeProblem(_ r: Risk, firstLevelField: Int) -> (field: Int, message: String)? {
        let stages = [("inherent", r.inherent), ("residual", r.residual), ("target", r.target)]
        for (k, (name, score)) in stages.enumerated() {
            guard let s = score else { continue }
            if s.impact == 0 { return (firstLevelField + 2 * k + 1, "the \(name) likelihood is given but not the impact; give both, or neither") }
            if s.likelihood == 0 { return (firstLevelField + 2 * k, "the \(name) impact is given but not the likelihood; give both, or neither") }
        }
        if let k = stages.firstIndex(where: { $0.1 == nil }), stages.contains(where: { $0.1 != nil }) {
            return (firstLevelField + 2 * k, "the \(stages[k].0) score is missing: give all three scores, or none while the risk is "
                    + Risk.notYetScoredText)
        }
        return nil
    }
}
