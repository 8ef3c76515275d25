/// The parts of the plan, as the app's sections and as the places a finding is fixed.
public enum PlanSection: String, Codable, Sendable, CaseIterable {
    case dashboard, plan, governance, priorities, indicators, risks, budget, partners, engagement, timetable, glossary

    public var title: String {
        switch self {
        case .dashboard: return "Dashboard"
        case .plan: return "Plan"
        case .governance: return "Governance"
        case .priorities: return "Priorities & action plans"
        case .indicators: return "Indicators"
        case .risks: return "Risks"
        case .budget: return "Budget"
        case .partners: return "Partners"
        case .engagement: return "Engagement"
        case .timetable: return "Timetable"
        case .glossary: return "Glossary"
        }
    }

    /// The workspace file the section's records live in.
    public var file: WorkspaceFile? {
        switch self {
        case .dashboard: return nil
        case .plan, .priorities, .timetable: return .plan
        case .governance: return .governance
        case .indicators: return .indicators
        case .risks: return .risks
        case .budget: return .budget
        case .partners, .engagement, .glossary: return .partnership
        }
    }
}

/// A place in the plan: a section and, where there is one, a record in it.
public struct PlanLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var section: PlanSection
    /// The record's id.
    public var record: String?
    /// The field, for messages.
    public var field: String?

    public init(_ section: PlanSection, record: String? = nil, field: String? = nil) {
        self.section = section
        self.record = record
        self.field = field
    }

    /// `Risks › R03 › owner`.
    public var description: String {
        var parts = [section.title]
        if let record { parts.append(record) }
        if let field { parts.append(field) }
        return parts.joined(separator: " › ")
    }
}
