/// Brings older files up to the current schema before they are decoded.
///
/// Each step takes a file's JSON tree from version `n` to `n + 1`; every older file is upgraded
/// as it is read (and written back in the new form when saved). Version 2 turned the plan's
/// single approval path into a list of steps (see ``PlanApprovalMigration``); the other files
/// only gained optional fields, so their step changes nothing but the version.
public struct SchemaMigration: Sendable {
    /// A step from one version to the next for one file kind.
    public typealias Step = @Sendable (inout JSONValue) throws -> Void

    /// Steps by file and by the version they start from.
    public var steps: [WorkspaceFile: [Int: Step]]

    /// Migrations made of these steps (none by default).
    public init(steps: [WorkspaceFile: [Int: Step]] = [:]) { self.steps = steps }

    /// The migrations this build knows.
    public static let current = SchemaMigration(steps: Dictionary(uniqueKeysWithValues: WorkspaceFile.allCases.map { file in
        (file, [1: file == .plan ? PlanApprovalMigration.step : unchanged])
    }))

    /// A step for a file whose new fields are all optional: only the version changes.
    public static let unchanged: Step = { _ in }

    /// Upgrades `value` from `version` to `target`; throws when a step is missing.
    public func upgrade(_ value: inout JSONValue, file: WorkspaceFile, from version: Int,
                        to target: Int = WorkspaceFile.currentSchemaVersion) throws -> Void {
        var v = version
        while v < target {
            guard let step = steps[file]?[v] else {
                throw MigrationError(file: file, from: v)
            }
            try step(&value)
            v += 1
        }
        if case .object(var members) = value,
           let i = members.firstIndex(where: { $0.key == "schemaVersion" }) {
            members[i].node.value = .int(target)
            value = .object(members)
        }
    }
}

/// No migration exists from a file's version.
public struct MigrationError: Error, Sendable, CustomStringConvertible {
    /// The file that could not be migrated.
    public var file: WorkspaceFile
    /// Its schema version.
    public var from: Int
    /// Names the version and the file.
    public var description: String {
        "no migration is known from schema version \(from) of \(file.fileName)"
    }
}
