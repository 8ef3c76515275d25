/// Whether a higher or a lower value is the better one.
public enum Polarity: String, Codable, Sendable, CaseIterable {
    case higherIsBetter, lowerIsBetter

    public var label: String { self == .higherIsBetter ? "Higher is better" : "Lower is better" }
}

/// An indicator's target for one financial year.
public struct YearTarget: Codable, Sendable, Equatable {
    public var year: FinancialYear
    public var value: Double

    public init(year: FinancialYear, value: Double) {
        self.year = year
        self.value = value
    }
}

/// An indicator's measured value for one quarter.
public struct QuarterActual: Codable, Sendable, Equatable {
    public var quarter: Quarter
    public var value: Double
    public var note: String

    public init(quarter: Quarter, value: Double, note: String = "") {
        self.quarter = quarter
        self.value = value
        self.note = note
    }
}

/// A performance indicator, e.g. NI 15 "Serious violent crime rate".
public struct Indicator: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// "NI 15".
    public var code: String
    public var title: String
    public var polarity: Polarity
    /// "per 1,000 population", "%", "offences".
    public var unit: String
    public var baseline: Double?
    /// The period the baseline describes, e.g. "2007-08".
    public var baselinePeriod: String
    public var targets: [YearTarget]
    public var actuals: [QuarterActual]
    /// A stretch target agreed with government.
    public var stretch: Bool
    /// One of the Local Area Agreement's improvement indicators.
    public var laa: Bool
    /// How far (percent of target) an actual may miss and still be amber rather than red.
    public var tolerance: Double
    public var source: String
    /// Stretch and local targets agreed beside the national ones, each with its value when recorded;
    /// nil when there are none, so files without them read and write unchanged.
    public var agreedTargets: [AgreedTarget]?

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
