/// Where a funding line's money comes from.
public enum FundingSourceKind: String, Codable, Sendable, CaseIterable {
    case partnerContribution, areaGrant, governmentGrant, other

    public var label: String {
        switch self {
        case .partnerContribution: return "Partner contribution"
        case .areaGrant: return "Area-based grant (LAA)"
        case .governmentGrant: return "Government grant"
        case .other: return "Other"
        }
    }
}

/// Capital or revenue money.
public enum FundingNature: String, Codable, Sendable, CaseIterable {
    case revenue, capital
    public var label: String { rawValue.capitalizedFirst }
}

/// Whether an amount is confirmed or projected (the seed prints projected figures in italics).
public enum Certainty: String, Codable, Sendable, CaseIterable {
    case confirmed, projected
    public var label: String { rawValue.capitalizedFirst }
}

/// A line of funding for a year.
public struct FundingLine: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// As the funding table names it, e.g. "Local Area Agreement – capital".
    public var source: String
    public var sourceKind: FundingSourceKind
    /// The contributing partner, by id.
    public var partner: String?
    public var year: FinancialYear
    /// The amount, or nil while it is not yet known (the note says why); never counted as £0.
    public var amount: Money?
    public var nature: FundingNature
    public var certainty: Certainty
    public var note: String

    public init(id: String, source: String = "", sourceKind: FundingSourceKind = .other, partner: String? = nil,
                year: FinancialYear, amount: Money? = .zero, nature: FundingNature = .revenue,
                certainty: Certainty = .confirmed, note: String = "") {
        self.id = id
        self.source = source
        self.sourceKind = sourceKind
        self.partner = partner
        self.year = year
        self.amount = amount
        self.nature = nature
        self.certainty = certainty
        self.note = note
    }
}

/// Money carried forward into a year from the one before.
public struct CarryForward: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The year the money is carried into.
    public var year: FinancialYear
    /// The amount, or nil while it is not yet known (the note says why); never counted as £0.
    public var amount: Money?
    public var certainty: Certainty
    public var note: String

    public init(id: String, year: FinancialYear, amount: Money? = .zero, certainty: Certainty = .projected,
                note: String = "") {
        self.id = id
        self.year = year
        self.amount = amount
        self.certainty = certainty
        self.note = note
    }
}

/// Money allocated to a priority for a year.
public struct Allocation: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The priority, by id.
    public var priority: String
    /// The funding line it is drawn from, by id.
    public var fundingLine: String?
    public var year: FinancialYear
    public var amount: Money
    public var note: String

    public init(id: String, priority: String, fundingLine: String? = nil, year: FinancialYear,
                amount: Money = .zero, note: String = "") {
        self.id = id
        self.priority = priority
        self.fundingLine = fundingLine
        self.year = year
        self.amount = amount
        self.note = note
    }
}

/// The partnership's budget.
public struct Budget: Codable, Sendable, Equatable {
    public var fundingLines: [FundingLine]
    public var carryForwards: [CarryForward]
    public var allocations: [Allocation]
    /// Totals as a source prints them, kept beside the computed ones and checked against them.
    public var statedTotals: [StatedTotal]

    public init(fundingLines: [FundingLine] = [], carryForwards: [CarryForward] = [],
                allocations: [Allocation] = [], statedTotals: [StatedTotal] = []) {
        self.fundingLines = fundingLines
        self.carryForwards = carryForwards
        self.allocations = allocations
        self.statedTotals = statedTotals
    }
}
