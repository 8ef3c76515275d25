/// Whether a higher or a lower value is the better one.
public enum Polarity: String, Codable, Sendable, CaseIterable {
    case higherIsBetter, lowerIsBetter

    /// The polarity as shown on screen: "Higher is better" or "Lower is better".
    public var label: String { self == .higherIsBetter ? "Higher is better" : "Lower is better" }
}

/// An indicator's target for one financial year.
public struct YearTarget: Codable, Sendable, Equatable {
    /// The financial year the target is for.
    public var year: FinancialYear
    /// The target value, in the indicator's `unit`.
    public var value: Double

    /// A target of `value` for `year`.
    public init(year: FinancialYear, value: Double) {
        self.year = year
        self.value = value
    }
}

/// An indicator's measured value for one quarter.
public struct QuarterActual: Codable, Sendable, Equatable {
    /// The quarter the value was measured in.
    public var quarter: Quarter
    /// The measured value, in the indicator's `unit`.
    public var value: Double
    /// A comment on the figure, e.g. where it came from or why it moved; empty when none.
    public var note: String

    /// A measured value for a quarter, with an optional note.
    public init(quarter: Quarter, value: Double, note: String = "") {
        self.quarter = quarter
        self.value = value
        self.note = note
    }
}

/// A performance indicator, e.g. NI 15 "Serious violent crime rate".
public struct Indicator: Codable, Sendable, Equatable, Identifiable {
    /// The indicator's id, unique among indicators, e.g. "ni-15".
    public var id: String
    /// "NI 15".
    public var code: String
    /// What it measures, e.g. "Reducing serious violent crime".
    public var title: String
    /// Whether a higher or a lower value is better; the RAG rating follows it.
    public var polarity: Polarity
    /// "per 1,000 population", "%", "offences".
    public var unit: String
    /// The value the targets are set against, in `unit`; nil when not known, which the checks report.
    public var baseline: Double?
    /// The period the baseline describes, e.g. "2007-08".
    public var baselinePeriod: String
    /// Targets by financial year, one per year: `target(for:)` reads the first for a year.
    public var targets: [YearTarget]
    /// Measured values, one per quarter.
    public var actuals: [QuarterActual]
    /// A stretch target agreed with government.
    public var stretch: Bool
    /// One of the Local Area Agreement's improvement indicators.
    public var laa: Bool
    /// How far (percent of target) an actual may miss and still be amber rather than red.
    public var tolerance: Double
    /// Where the figures come from, e.g. "MPS crime data".
    public var source: String
    /// Stretch and local targets agreed beside the national ones, each with its value when recorded;
    /// nil when there are none, so files without them read and write unchanged.
    public var agreedTargets: [AgreedTarget]?

    /// An indicator with only `id` required: lower is better, 5% tolerance, no baseline, targets or actuals;
    /// `agreedTargets` starts nil.
    public init(id: String, code: String = "", title: String = "", polarity: Polarity = .lowerIsBetter,
                unit: String = "", baseline: Double? = nil, baselinePeriod: String = "",
                targets: [YearTarget] = [], actuals: [QuarterActual] = [], stretch: Bool = false,
                laa: Bool = false, tolerance: Double = 5, source: String = "") {
        self.id = id
        self.code = code
        self.title = title
        self.polarity = polarity
        self.unit = unit
        self.baseline = baseline
        self.baselinePeriod = baselinePeriod
        self.targets = targets
        self.actuals = actuals
        self.stretch = stretch
        self.laa = laa
        self.tolerance = tolerance
        self.source = source
    }

    /// The target for a year, when one is set.
    public func target(for year: FinancialYear) -> Double? {
        targets.first { $0.year == year }?.value
    }
}
