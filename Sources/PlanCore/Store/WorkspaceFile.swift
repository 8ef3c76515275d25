import Foundation

/// The JSON files a workspace folder holds, one per part of the plan.
public enum WorkspaceFile: String, CaseIterable, Sendable, Hashable, Comparable {
    /// Partnership narrative, partners, engagement, glossary and the workspace's description.
    case partnership
    /// Bodies, proposals and former structures.
    case governance
    /// The plan, its timetable, and the priorities.
    case plan
    /// Action plans with their actions and quarterly updates.
    case actions
    /// Performance indicators with targets and quarterly actuals.
    case indicators
    /// Funding lines, carry-forward and allocations.
    case budget
    /// The risk register with its matrix and appetite.
    case risks

    /// The file's name in the folder.
    public var fileName: String { rawValue + ".json" }
    /// The `kind` written at the top of the file.
    public var kind: String { "saferplan." + rawValue }

    /// The schema version this build writes; files with a lower version are migrated on load.
    public static let currentSchemaVersion = 2

    /// Files in the order of their cases, the order they are listed and saved in.
    public static func < (a: WorkspaceFile, b: WorkspaceFile) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

struct PartnershipDocument: Codable {
    var kind = WorkspaceFile.partnership.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var info: WorkspaceInfo
    var partnership: Partnership
    var partners: [Partner]
    var engagement: [EngagementMechanism]
    var glossary: [GlossaryTerm]
}

struct GovernanceDocument: Codable {
    var kind = WorkspaceFile.governance.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var governance: Governance
}

struct PlanDocument: Codable {
    var kind = WorkspaceFile.plan.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var plan: Plan
    var priorities: [Priority]
}

struct ActionsDocument: Codable {
    var kind = WorkspaceFile.actions.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var actionPlans: [ActionPlan]
    /// The order of the record files, when the action plans are kept one per file.
    var recordFiles: [String]?
}

struct IndicatorsDocument: Codable {
    var kind = WorkspaceFile.indicators.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var indicators: [Indicator]
    /// The order of the record files, when the indicators are kept one per file.
    var recordFiles: [String]?
}

struct BudgetDocument: Codable {
    var kind = WorkspaceFile.budget.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var budget: Budget
}

struct RisksDocument: Codable {
    var kind = WorkspaceFile.risks.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var register: RiskRegister
    /// The order of the record files, when the risks are kept one per file.
    var recordFiles: [String]?
}

/// One risk's file: the register's document cut down to that risk.
struct RiskRecordDocument: Encodable {
    struct RiskList: Encodable {
        var risks: [Risk]
    }

    var kind = WorkspaceFile.risks.kind
    var schemaVersion = WorkspaceFile.currentSchemaVersion
    var register: RiskList
}

extension Workspace {
    /// The file's contents as pretty-printed JSON with sorted keys and a final newline (the bytes
    /// `JSONEncoder` writes, by the project's faster `PrettyJSONEncoder`).
    public func encoded(_ file: WorkspaceFile) throws -> [UInt8] {
        let data: [UInt8]
        switch file {
        case .partnership:
            data = try PrettyJSONEncoder.encode(PartnershipDocument(info: info, partnership: partnership, partners: partners,
                                                          engagement: engagement, glossary: glossary))
        case .governance: data = try PrettyJSONEncoder.encode(GovernanceDocument(governance: governance))
        case .plan: data = try PrettyJSONEncoder.encode(PlanDocument(plan: plan, priorities: priorities))
        case .actions: data = try PrettyJSONEncoder.encode(ActionsDocument(actionPlans: actionPlans))
        case .indicators: data = try PrettyJSONEncoder.encode(IndicatorsDocument(indicators: indicators))
        case .budget: data = try PrettyJSONEncoder.encode(BudgetDocument(budget: budget))
        case .risks: data = try PrettyJSONEncoder.encode(RisksDocument(register: risks))
        }
        return MergeConflictList.attach(mergeConflicts, of: file, to: data + [0x0A])
    }

    /// Copies the parts held in `file` from `other`, with their merge conflicts.
    public mutating func copyParts(of file: WorkspaceFile, from other: Workspace) {
        mergeConflicts = mergeConflicts.filter { $0.file != file.fileName } + other.mergeConflicts
        switch file {
        case .partnership:
            info = other.info
            partnership = other.partnership
            partners = other.partners
            engagement = other.engagement
            glossary = other.glossary
        case .governance: governance = other.governance
        case .plan:
            plan = other.plan
            priorities = other.priorities
        case .actions: actionPlans = other.actionPlans
        case .indicators: indicators = other.indicators
        case .budget: budget = other.budget
        case .risks: risks = other.risks
        }
    }

    /// The files whose contents differ between two workspaces.
    public func changedFiles(since old: Workspace) -> Set<WorkspaceFile> {
        var out = Set<WorkspaceFile>()
        if info != old.info || partnership != old.partnership || partners != old.partners
            || engagement != old.engagement || glossary != old.glossary { out.insert(.partnership) }
        if governance != old.governance { out.insert(.governance) }
        if plan != old.plan || priorities != old.priorities { out.insert(.plan) }
        if actionPlans != old.actionPlans { out.insert(.actions) }
        if indicators != old.indicators { out.insert(.indicators) }
        if budget != old.budget { out.insert(.budget) }
        if risks != old.risks { out.insert(.risks) }
        out.formUnion(conflictFiles(changedSince: old))
        return out
    }
}
