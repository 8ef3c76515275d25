/// Each part of each of a risk's scores as an optional level, for forms and sheets that give a
/// likelihood and an impact separately. Setting one part of an absent score holds 0 in the other
/// part until it is given (the whole-record check refuses such a half score); clearing both parts
/// removes the score.
extension Risk {
    /// The inherent likelihood, or nil.
    public var inherentLikelihood: Int? {
        get { Self.part(inherent, \.likelihood) }
        set { inherent = Self.setting(inherent, \.likelihood, newValue) }
    }
    /// The inherent impact, or nil.
    public var inherentImpact: Int? {
        get { Self.part(inherent, \.impact) }
        set { inherent = Self.setting(inherent, \.impact, newValue) }
    }
    /// The residual likelihood, or nil.
    public var residualLikelihood: Int? {
        get { Self.part(residual, \.likelihood) }
        set { residual = Self.setting(residual, \.likelihood, newValue) }
    }
    /// The residual impact, or nil.
    public var residualImpact: Int? {
        get { Self.part(residual, \.impact) }
        set { residual = Self.setting(residual, \.impact, newValue) }
    }
    /// The target likelihood, or nil.
    public var targetLikelihood: Int? {
        get { Self.part(target, \.likelihood) }
        set { target = Self.setting(target, \.likelihood, newValue) }
    }
    /// The target impact, or nil.
    public var targetImpact: Int? {
        get { Self.part(target, \.impact) }
        set { target = Self.setting(target, \.impact, newValue) }
    }

    private static func part(_ s: RiskScore?, _ path: KeyPath<RiskScore, Int>) -> Int? {
        guard let s, s[keyPath: path] > 0 else { return nil }
        return s[keyPath: path]
    }

    private static func setting(_ s: RiskScore?, _ path: WritableKeyPath<RiskScore, Int>, _ value: Int?) -> RiskScore? {
        var score = s ?? RiskScore(likelihood: 0, impact: 0)
        score[keyPath: path] = value ?? 0
        return score.likelihood == 0 && score.impact == 0 ? nil : score
    }
}
