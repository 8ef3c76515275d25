/// A year's total funding as a source document prints it ("TOTAL 241,037"), kept as printed so it
/// can be shown beside the computed total and a difference found.
public struct StatedTotal: Codable, Sendable, Equatable {
    /// The year the total is for.
    public var year: FinancialYear
    /// The total as printed.
    public var amount: Money
    /// Where it is printed, e.g. "Community Safety Plan 2008–11, Resources".
    public var source: String

    /// A total for `year` as `source` prints it.
    public init(year: FinancialYear, amount: Money, source: String = "") {
        self.year = year
        self.amount = amount
        self.source = source
    }
}

extension Budget {
    private enum CodingKeys: String, CodingKey {
        case fundingLines, carryForwards, allocations, statedTotals
    }

    /// Stated totals are written only when there are some, so a budget without them writes the
    /// same file as before they existed.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fundingLines, forKey: .fundingLines)
        try c.encode(carryForwards, forKey: .carryForwards)
        try c.encode(allocations, forKey: .allocations)
        if !statedTotals.isEmpty { try c.encode(statedTotals, forKey: .statedTotals) }
    }

    /// Reads a budget; a file written before stated totals (or without any) has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(fundingLines: try c.decodeIfPresent([FundingLine].self, forKey: .fundingLines) ?? [],
                  carryForwards: try c.decodeIfPresent([CarryForward].self, forKey: .carryForwards) ?? [],
                  allocations: try c.decodeIfPresent([Allocation].self, forKey: .allocations) ?? [],
                  statedTotals: try c.decodeIfPresent([StatedTotal].self, forKey: .statedTotals) ?? [])
    }
}
