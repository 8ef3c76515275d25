/// A row of an import that cannot be taken, with its line and the reason.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    /// The line of the JSON file the problem is on, counting from 1.
    public var line: Int
    /// What is wrong there, in words for the officer.
    public var message: String
    /// "line 12: " followed by the message.
    public var description: String { "line \(line): \(message)" }
}

/// What an import would do, or did.
public struct RiskImportResult: Sendable {
    /// The register with the import applied.
    public var register: RiskRegister
    /// Ids of risks added.
    public var added: [String]
    /// Ids of risks updated.
    public var updated: [String]
    /// Ids of risks the file holds exactly as the register does.
    public var unchanged: [String]
    /// Rows that could not be taken. When any, nothing should be written.
    public var problems: [ImportProblem]

    /// "0 added, 0 updated, 2 unchanged".
    public var summary: String { "\(added.count) added, \(updated.count) updated, \(unchanged.count) unchanged" }
}

/// Brings risks into a register from SaferPlan's JSON export (`RiskImport.json`); sheets (CSV and
/// Excel) come in through `RiskTableImport`.
public enum RiskImport {}
