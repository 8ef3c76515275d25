/// Where a funding line's money comes from.
public enum FundingSourceKind: String, Codable, Sendable, CaseIterable {
    /// A partner's own money, an area-based grant (the Local Area Agreement's), a government grant,
    /// or any other source.
    case partnerContribution, areaGrant, governmentGrant, other

    /// The kind as shown and as sheets write it, e.g. "Area-based grant (LAA)".
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
    /// Revenue pays for running costs such as staff; capital for buildings and equipment.
    case revenue, capital
    /// "Revenue" or "Capital".
    public var label: String { rawValue.capitalizedFirst }
}

/// Whether an amount is confirmed or projected (the seed prints projected figures in italics).
public enum Certainty: String, Codable, Sendable, CaseIterable {
    /// Confirmed money is agreed; projected money is expected but not yet agreed.
    case confirmed, projected
    /// "Confirmed" or "Projected".
    public var label: String { rawValue.capitalizedFirst }
}

/// A line of funding for a year.
public struct FundingLine: Codable, Sendable, Equatable, Identifiable {
    /// The line's stable id, unique among funding lines; actions and allocations refer to it.
    public var id: String
    /// As the funding table names it, e.g. "Local Area Agreement – capital".
    public var source: String
    /// What kind of source the money comes from; totals are also given by kind.
    public var sourceKind: FundingSourceKind
    /// The contributing partner, by id.
    public var partner: String?
    /// The financial year (April to March) the money is for.
    public var year: FinancialYear
    /// The amount, or nil while it is not yet known (the note says why); never counted as £0.
    public var amount: Money?
    /// Revenue or capital; totals are also given by nature.
    public var nature: FundingNature
    /// Confirmed or projected; the year's totals keep projected money apart.
    public var certainty: Certainty
    /// Anything the table says beside the figure, such as why an amount is not yet known.
    public var note: String

    /// A funding line for `year`: by default £0 of confirmed revenue from another source.
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
    /// The carry-forward's stable id, unique among carry-forwards.
    public var id: String
    /// The year the money is carried into.
    public var year: FinancialYear
    /// The amount, or nil while it is not yet known (the note says why); never counted as £0.
    public var amount: Money?
    /// Confirmed or projected; a projected carry-forward marks the year's total as including projections.
    public var certainty: Certainty
    /// Where the money comes from or why its amount is not yet known.
    public var note: String

    /// £0 projected to carry into `year`, unless told otherwise.
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
    /// The allocation's stable id, unique among allocations.
    public var id: String
    /// The priority, by id.
    public var priority: String
    /// The funding line it is drawn from, by id.
    public var fundingLine: String?
    /// The financial year (April to March) the money is allocated in.
    public var year: FinancialYear
    /// The sum allocated, in pounds held as pence; unlike funding it is always known.
    public var amount: Money
    /// What the money is for, in words.
    public var note: String

    /// £0 allocated to `priority` in `year`, unless told otherwise.
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
    /// Money coming in, every year's lines together.
    public var fundingLines: [FundingLine]
    /// Money carried into a year from the one before.
    public var carryForwards: [CarryForward]
    /// Money given to priorities; allocating more than a year's total is flagged once every sum for
    /// the year is known.
    public var allocations: [Allocation]
    /// Totals as a source prints them, kept beside the computed ones and checked against them.
    public var statedTotals: [StatedTotal]

    /// A budget of the given parts; by default empty.
    public init(fundingLines: [FundingLine] = [], carryForwards: [CarryForward] = [],
                allocations: [Allocation] = [], statedTotals: [StatedTotal] = []) {
        self.fundingLines = fundingLines
        self.carryForwards = carryForwards
        self.allocations = allocations
        self.statedTotals = statedTotals
    }
}
