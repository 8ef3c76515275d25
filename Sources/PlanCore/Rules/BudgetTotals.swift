/// The budget's figures for one financial year.
public struct YearTotals: Sendable, Equatable {
    /// The financial year these totals are for.
    public var year: FinancialYear
    /// Funding lines that are confirmed.
    public var confirmed: Money
    /// Funding lines that are projected (not yet confirmed).
    public var projected: Money
    /// Money carried forward into the year.
    public var carriedForward: Money
    /// True when any carry-forward into the year is only projected.
    public var carryForwardProjected: Bool
    /// Allocated to priorities.
    public var allocated: Money
    /// Totals by source kind, confirmed and projected together.
    public var bySourceKind: [FundingSourceKind: Money]
    /// Totals by capital and revenue.
    public var byNature: [FundingNature: Money]
    /// The parts of the year's money not yet known ("a carried-forward sum", "the A2 Housing
    /// amount"): left out of every sum, never counted as £0.
    public var notYetKnown: [String] = []

    /// All known funding for the year: lines plus carry-forward (see `notYetKnown`).
    public var total: Money { confirmed + projected + carriedForward }
    /// True when every part of the total is known.
    public var isComplete: Bool { notYetKnown.isEmpty }
    /// "£241,037", or "£241,037 plus a carried-forward sum not yet known".
    public var totalText: String {
        isComplete ? total.description : "\(total) plus \(notYetKnown.joined(separator: " and ")) not yet known"
    }
    /// True when any part of the total is only projected.
    public var includesProjected: Bool { projected.pence != 0 || carryForwardProjected }
    /// What is left after allocations (of the money known).
    public var unallocated: Money { total - allocated }
    /// True when more is allocated than there is; never said while part of the money is unknown.
    public var overAllocated: Bool { isComplete && allocated > total }
}

extension Budget {
    /// The years the budget has any figure for, in order.
    public var years: [FinancialYear] {
        Set(fundingLines.map(\.year) + carryForwards.map(\.year) + allocations.map(\.year)).sorted()
    }

    /// Totals for one year.
    public func totals(for year: FinancialYear) -> YearTotals {
        var t = YearTotals(year: year, confirmed: .zero, projected: .zero, carriedForward: .zero,
                           carryForwardProjected: false, allocated: .zero, bySourceKind: [:], byNature: [:])
        for line in fundingLines where line.year == year {
            guard let amount = line.amount else {
                t.notYetKnown.append("the \(line.source.isEmpty ? line.id : line.source) amount")
                continue
            }
            if line.certainty == .confirmed { t.confirmed += amount } else { t.projected += amount }
            t.bySourceKind[line.sourceKind, default: .zero] += amount
            t.byNature[line.nature, default: .zero] += amount
        }
        for c in carryForwards where c.year == year {
            guard let amount = c.amount else {
                t.notYetKnown.append("a carried-forward sum")
                continue
            }
            t.carriedForward += amount
            if c.certainty == .projected { t.carryForwardProjected = true }
        }
        for a in allocations where a.year == year { t.allocated += a.amount }
        return t
    }

    /// Totals for every year the budget covers.
    public var allTotals: [YearTotals] { years.map(totals(for:)) }

    /// Money allocated to a priority in a year.
    public func allocated(to priority: String, in year: FinancialYear) -> Money {
        allocations.filter { $0.priority == priority && $0.year == year }.reduce(.zero) { $0 + $1.amount }
    }
}

/// How much of a funding line the actions draw on.
public struct FundingUse: Sendable, Equatable {
    /// The funding line drawn on.
    public var line: FundingLine
    /// The sum of the amounts of the actions that name the line.
    public var committed: Money
    /// The actions that draw on it, by id.
    public var actions: [String]

    /// True when actions commit more than the line provides (never said while its amount is unknown).
    public var overCommitted: Bool { line.amount.map { committed > $0 } ?? false }
    /// What is left on the line; nil while its amount is not yet known.
    public var remaining: Money? { line.amount.map { $0 - committed } }
}

extension Workspace {
    /// Each funding line with what the actions commit against it.
    public var fundingUse: [FundingUse] {
        var committed: [String: (Money, [String])] = [:]
        for (_, action) in allActions {
            guard let line = action.resources.fundingLine, let amount = action.resources.amount else { continue }
            var entry = committed[line, default: (.zero, [])]
            entry.0 += amount
            entry.1.append(action.id)
            committed[line] = entry
        }
        return budget.fundingLines.map { line in
            let c = committed[line.id] ?? (.zero, [])
            return FundingUse(line: line, committed: c.0, actions: c.1)
        }
    }
}
