/// Which of a risk's three scores a view shows.
public enum ScoreKind: String, Sendable, CaseIterable {
    /// The risk's inherent, residual and target scores.
    case inherent, residual, target

    /// The kind's name with a capital first letter ("Residual").
    public var label: String { rawValue.capitalizedFirst }

    /// The risk's score of this kind; nil for a risk not yet scored.
    public func score(of risk: Risk) -> RiskScore? {
        switch self {
        case .inherent: return risk.inherent
        case .residual: return risk.residual
        case .target: return risk.target
        }
    }
}

/// A likelihood × impact grid with the open risks in each cell.
public struct RiskHeatMap: Sendable, Equatable {
    /// One cell of the grid (levels count from 1).
    public struct Cell: Sendable, Equatable, Hashable {
        /// The likelihood level of the cell.
        public var likelihood: Int
        /// The impact level of the cell.
        public var impact: Int
        /// The cell at the given likelihood and impact levels.
        public init(likelihood: Int, impact: Int) {
            self.likelihood = likelihood
            self.impact = impact
        }
        /// The cell's score: likelihood times impact.
        public var score: Int { likelihood * impact }
    }

    /// Which of the risks' scores places them on the grid.
    public let kind: ScoreKind
    /// How many likelihood levels the grid has.
    public let likelihoodLevels: Int
    /// How many impact levels the grid has.
    public let impactLevels: Int
    /// Risk ids per cell, in register order.
    public let risks: [Cell: [String]]
    /// Open risks whose score is off the matrix (after the matrix was made smaller).
    public let offMatrix: [String]
    /// Open risks not yet scored: left off the grid and counted beside it.
    public let unscored: [String]

    /// The grid for the register's open risks, by `kind` of score.
    public init(_ register: RiskRegister, kind: ScoreKind) {
        self.kind = kind
        likelihoodLevels = register.matrix.likelihoodSize
        impactLevels = register.matrix.impactSize
        var cells: [Cell: [String]] = [:]
        var off: [String] = []
        var unscored: [String] = []
        for r in register.risks where r.status == .open {
            guard r.isScored, let s = kind.score(of: r) else {
                unscored.append(r.id)
                continue
            }
            if register.matrix.contains(s) {
                cells[Cell(likelihood: s.likelihood, impact: s.impact), default: []].append(r.id)
            } else {
                off.append(r.id)
            }
        }
        risks = cells
        offMatrix = off
        self.unscored = unscored
    }

    /// How many risks sit in a cell.
    public func count(_ cell: Cell) -> Int { risks[cell]?.count ?? 0 }

    /// Cells that hold risks, highest score first, then by likelihood.
    public var occupiedCells: [Cell] {
        risks.keys.sorted { a, b in
            a.score != b.score ? a.score > b.score : a.likelihood > b.likelihood
        }
    }
}

/// A risk that changed cell since a date.
public struct RiskMove: Sendable, Equatable {
    /// The id of the risk that moved.
    public var riskID: String
    /// Where it stood on the date (nil: it did not exist yet).
    public var from: RiskScore?
    /// Where it stands now.
    public var to: RiskScore

    /// Which way the score moved: new when there was no earlier score.
    public var direction: Direction {
        guard let from else { return .new }
        return to.value > from.value ? .up : to.value < from.value ? .down : .same
    }
}

extension RiskRegister {
    /// Open risks whose residual cell on the matrix changed since `day` (or that were raised
    /// after it), biggest rise first. Risks not yet scored have no cell and are left out.
    public func movement(since day: Day) -> [RiskMove] {
        var moves: [RiskMove] = []
        for r in risks where r.status == .open {
            guard let now = r.residual else { continue }
            let then = r.residual(asOf: day)
            if then == now { continue }
            moves.append(RiskMove(riskID: r.id, from: then, to: now))
        }
        return moves.enumerated().sorted { a, b in
            let da = a.element.to.value - (a.element.from?.value ?? 0)
            let db = b.element.to.value - (b.element.from?.value ?? 0)
            return da != db ? da > db : a.offset < b.offset
        }.map(\.element)
    }
}
