/// Whether an indicator is getting better or worse, by its polarity.
public enum Trend: String, Sendable, CaseIterable {
    /// Better, worse or level than the quarter before, by polarity; unknown with fewer than two actuals.
    case improving, worsening, steady, unknown

    /// The trend in words for screens and papers ("Improving").
    public var label: String {
        switch self {
        case .improving: return "Improving"
        case .worsening: return "Worsening"
        case .steady: return "Steady"
        case .unknown: return "—"
        }
    }
}

extension Indicator {
    /// Quarterly actuals in time order.
    public var sortedActuals: [QuarterActual] { actuals.sorted { $0.quarter < $1.quarter } }

    /// The newest actual.
    public var latest: QuarterActual? { actuals.max { $0.quarter < $1.quarter } }

    /// RAG of a value against a target, honouring polarity and tolerance: green when the target
    /// is met, amber when it is missed by no more than `tolerance` percent of the target, red beyond.
    public func rag(value: Double, target: Double) -> RAG {
        let gap = polarity == .lowerIsBetter ? value - target : target - value
        if gap <= 0 { return .green }
        let allowed = abs(target) * tolerance / 100
        return gap <= allowed ? .amber : .red
    }

    /// RAG of the latest actual against the target for its year; nil without both.
    public var rag: RAG? {
        guard let l = latest, let t = target(for: l.quarter.year) else { return nil }
        return rag(value: l.value, target: t)
    }

    /// Latest actual against the quarter before it, by polarity.
    public var trend: Trend {
        let s = sortedActuals
        guard s.count >= 2 else { return .unknown }
        let before = s[s.count - 2].value, now = s[s.count - 1].value
        if now == before { return .steady }
        let better = polarity == .lowerIsBetter ? now < before : now > before
        return better ? .improving : .worsening
    }

    /// What the indicator lacks to be monitored: a baseline, a target for `year`.
    public func gaps(for year: FinancialYear) -> [String] {
        var out: [String] = []
        if baseline == nil { out.append(Indicator.catalogue.inSentence("baseline")) }
        if target(for: year) == nil { out.append("target for \(year)") }
        return out
    }
}
