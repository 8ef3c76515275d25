/// What the chair needs before a board meeting: what changed in the register since the last
/// meeting and where it stands now.
public struct ChairBrief: Sendable, Equatable {
    /// The date of the last meeting: changes are counted after it.
    public let since: Day
    /// The date the brief is written for.
    public let today: Day
    /// Risks raised after `since`.
    public let newRisks: [String]
    /// Risks closed after `since`.
    public let closed: [String]
    /// Open risks whose residual score rose or fell since `since` (not counting new ones).
    public let rose: [RiskMove]
    /// Open risks whose residual score fell since `since` (not counting new ones).
    public let fell: [RiskMove]
    /// Open scored risks whose review is overdue today (unscored ones are listed as such instead).
    public let overdue: [String]
    /// Open risks above their category's appetite.
    public let outsideAppetite: [String]
    /// The ten open scored risks with the highest residual score.
    public let topTen: [String]
    /// The residual heat map of open risks.
    public let heatMap: RiskHeatMap
    /// How many risks are open.
    public let openCount: Int

    /// Reads the changes in `register` between `since` and `today`.
    public init(_ register: RiskRegister, since: Day, today: Day) {
        self.since = since
        self.today = today
        let open = register.risks.filter { $0.status == .open }
        newRisks = register.risks.filter { r in r.raisedOn.map { $0 > since } ?? false }.map(\.id)
        closed = register.risks.filter { r in r.closedOn.map { $0 > since } ?? false }.map(\.id)
        let moves = register.movement(since: since).filter { $0.from != nil }
        rose = moves.filter { $0.direction == .up }
        fell = moves.filter { $0.direction == .down }
        overdue = open.filter { $0.isScored && register.isOverdue($0, today: today) }.map(\.id)
        outsideAppetite = open.filter { register.isOutsideAppetite($0) }.map(\.id)
        topTen = open.filter(\.isScored).enumerated().sorted { a, b in
            a.element.residualValue != b.element.residualValue
                ? a.element.residualValue > b.element.residualValue : a.offset < b.offset
        }.prefix(10).map(\.element.id)
        heatMap = RiskHeatMap(register, kind: .residual)
        openCount = open.count
    }

    /// The default comparison date when none is chosen: three months before today.
    public static func defaultSince(today: Day) -> Day { today.adding(months: -3) }
}
