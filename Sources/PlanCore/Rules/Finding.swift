/// How serious a finding is.
public enum FindingLevel: String, Sendable, CaseIterable, Comparable {
    /// The data contradicts itself: a reference to nothing, a cycle, a score off the matrix.
    case error
    /// Something a reviewer would question: no chair, no baseline, a step dated out of order.
    case warning
    /// Worth knowing.
    case info

    /// Orders levels as declared: errors first, then warnings, then information.
    public static func < (a: FindingLevel, b: FindingLevel) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// One thing `validate` found: how serious, where, and what.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    /// How serious the finding is.
    public var level: FindingLevel
    /// The section and record it concerns.
    public var location: PlanLocation
    /// What is wrong, in words for the officer.
    public var message: String

    /// A finding of `level` at `location` saying `message`.
    public init(_ level: FindingLevel, _ location: PlanLocation, _ message: String) {
        self.level = level
        self.location = location
        self.message = message
    }

    /// `error  Governance › body-3 › parents  reports to "body-99", which does not exist`.
    public var description: String { "\(level.rawValue)\t\(location)\t\(message)" }
}
