/// The budget's figures for one financial year.
public struct YearTotals: Sendable, Equatable {
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

    /// All funding for the year: lines plus carry-forward.
    public var total: Money { confirmed + projected + carriedForward }
    /// True when any part of the total is only projected.
    public var includesProjected: Bool { projected.pence != 0 || carryForwardProjected }
    /// What is left after allocations.
    public var unallocated: Money { total - allocated }
    /// True when more is allocated than there is.
    public var overAllocated: Bool { allocated > total }
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
            if line.certainty == .confirmed { t.confirmed += line.amount } else { t.projected += line.amount }
            t.bySourceKind[line.sourceKind, default: .zero] += line.amount
            t.byNature[line.nature, default: .zero] += line.amount
        }
        for c in carryForwards where c.year == year {
            t.carriedForward += c.amount
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
    public var line: FundingLine
    /// The sum of the amounts of the actions that name the line.
    public var committed: Money
    /// The actions that draw on it, by id.
    public var actions: [String]

    /// True when actions commit more than the line provides.
    public var overCommitted: Bool { committed > line.amount }
    /// What is left on the line.
    public var remaining: Money { line.amount - committed }
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
