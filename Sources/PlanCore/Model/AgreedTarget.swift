/// What kind of target an indicator carries: the national one, a stretch target agreed with
/// government (LAA/LPSA reward), or a target the partnership set itself.
public enum TargetKind: String, Codable, Sendable, CaseIterable {
    case national, stretch, local

    /// The kind as a word for screens and papers.
    public var label: String { rawValue.capitalizedFirst }
}

/// A stretch or local target agreed beside the national one, with its value when it is recorded:
/// a source may say a target exists without giving its figure.
public struct AgreedTarget: Codable, Sendable, Equatable {
    /// Stretch or local.
    public var kind: TargetKind
    /// The target's value; nil while it is not recorded.
    public var value: Double?
    /// The year it is for, when the source gives one.
    public var year: FinancialYear?
    /// Where it comes from or what it says, e.g. "existing stretch target, to be incorporated in the LAA".
    public var note: String

    /// A target of `kind`, its value and year when known.
    public init(kind: TargetKind, value: Double? = nil, year: FinancialYear? = nil, note: String = "") {
        self.kind = kind
        self.value = value
        self.year = year
        self.note = note
    }

    /// "stretch target agreed, value not recorded", or "local target 400 (2008-09)".
    public var summary: String {
        guard let value else { return "\(kind.rawValue) target agreed, value not recorded" }
        return "\(kind.rawValue) target \(NumberFormat.grouped(value))" + (year.map { " (\($0))" } ?? "")
    }
}

extension Indicator {
    /// The stretch and local targets agreed beside the national ones (none when unset).
    public var agreed: [AgreedTarget] { agreedTargets ?? [] }
}
