import ArgumentParser
import PlanCore

/// `saferplan validate [WORKSPACE]`.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a workspace and list every finding (level, where, what).",
        discussion: "Exit status: 0 when there are no errors (warnings allowed), 1 when errors were found "
            + "(a file written by a newer SaferPlan is one), 2 when the workspace cannot be read.")

    @Argument(help: "The workspace folder.", completion: .directory)
    var workspace: String?

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let loaded = try WorkspaceArgument.loadWithReasons(folder)
        let ws = loaded.workspace
        let findings = ws.validate(today: Today.resolve(for: ws.info))
        // A file from a newer schema was read leniently: what this version cannot see is unchecked.
        for reason in loaded.readOnlyReasons { Console.out("error\tWorkspace\t\(reason)") }
        for f in findings { Console.out(f.description) }
        let errors = findings.filter { $0.level == .error }.count + loaded.readOnlyReasons.count
        let warnings = findings.filter { $0.level == .warning }.count
        Console.out("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "
                    + "\(findings.count - errors - warnings) note\(findings.count - errors - warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(1) }
    }
}
