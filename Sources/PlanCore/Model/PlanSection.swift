/// The parts of the plan, as the app's sections and as the places a finding is fixed.
public enum PlanSection: String, Codable, Sendable, CaseIterable {
    /// Each case's raw value is also the `:` command that opens the section, e.g. `:risks`.
    case dashboard, plan, governance, priorities, indicators, risks, budget, partners, engagement, timetable, glossary

    /// The section's name as its tab and findings show it, e.g. "Priorities & action plans".
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
///
/// Two locations are the same place when their section, record and field are: what the record is
/// called (`name`) and the file it is kept in (`file`) are for people reading a finding.
public struct PlanLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The section the place is in; findings send the user there to fix them.
    public var section: PlanSection
    /// The record's id.
    public var record: String?
    /// The field, for messages.
    public var field: String?
    /// What people call the record, e.g. a risk's reference R07; nil when that is its id.
    public var name: String?
    /// The file the record is kept in, e.g. `risks.json`, shown beside the id when the record is named.
    public var file: String?

    /// A place in `section`, narrowed to a record and a field when they are given.
    public init(_ section: PlanSection, record: String? = nil, field: String? = nil, name: String? = nil, file: String? = nil) {
        self.section = section
        self.record = record
        self.field = field
        self.name = name
        self.file = file
    }

    /// `Risks › R03 › owner`; a named record as `Risks › R07 (risks.json, id risk-mxav3k-0a1b) › owner`.
    public var description: String {
        var parts = [section.title]
        if let record {
            if let name, name != record {
                parts.append("\(name) (" + (file.map { "\($0), " } ?? "") + "id \(record))")
            } else {
                parts.append(record)
            }
        }
        if let field { parts.append(field) }
        return parts.joined(separator: " › ")
    }

    /// Same section, record and field; the display name and file are not compared.
    public static func == (a: PlanLocation, b: PlanLocation) -> Bool {
        a.section == b.section && a.record == b.record && a.field == b.field
    }

    /// Hashes the section, record and field only, to agree with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(section)
        hasher.combine(record)
        hasher.combine(field)
    }
}
