/// The parts of a SMART target an action can lack.
public enum SmartGap: String, Sendable, CaseIterable {
    /// No measure, no target, no deadline, no owner.
    case measure, target, deadline, owner

    /// The missing part's name ("measure", "target", "deadline", "owner").
    public var label: String { rawValue }
}

extension PlanAction {
    /// Which of measure, target, deadline and owner are missing. Empty when the action is SMART.
    public var smartGaps: [SmartGap] {
        var gaps: [SmartGap] = []
        if smart.measure.trimmingSpaces().isEmpty { gaps.append(.measure) }
        if smart.target.trimmingSpaces().isEmpty { gaps.append(.target) }
        if smart.deadline == nil && due == nil { gaps.append(.deadline) }
        if owner.trimmingSpaces().isEmpty { gaps.append(.owner) }
        return gaps
    }

    /// True when nothing is missing.
    public var isSmart: Bool { smartGaps.isEmpty }

    /// True when an open action's due date (or SMART deadline) is before `today`.
    public func isOverdue(today: Day) -> Bool {
        guard status.isOpen, let d = due ?? smart.deadline else { return false }
        return d < today
    }

    /// True when the action has an update for `quarter`.
    public func hasUpdate(for quarter: Quarter) -> Bool { updates.contains { $0.quarter == quarter } }

    /// Off track: red or amber now.
    public var isOffTrack: Bool { status.isOpen && (rag == .red || rag == .amber) }
}
