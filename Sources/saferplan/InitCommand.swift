import ArgumentParser
import PlanCore

/// `saferplan init DIR --name NAME`: a new partnership's own workspace.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new workspace for your own partnership in DIR.",
        discussion: """
            Writes every part of the workspace, empty: a draft plan for the period, the standard 5×5 risk \
            matrix, the responsible authorities (council, police, fire and rescue, health, probation) as \
            partners to confirm, and .gitignore and .gitattributes for keeping it in git. DIR must not exist or must be empty; nothing is overwritten. Then \
            `saferplan DIR` opens it, with the next steps on the dashboard.
            """)

    @Argument(help: "The folder for the new workspace (created when absent; must be empty).", completion: .directory)
    var dir: String

    @Option(help: "The partnership's full name, e.g. \"Northshire Community Safety Partnership\".")
    var name: String

    @Option(help: "The area it covers, e.g. \"Northshire\".")
    var area: String = ""

    @Option(help: "A short name for title bars (default: the first word and initials, e.g. \"Northshire CSP\").")
    var shortName: String = ""

    @Option(help: "The plan's first financial year, e.g. 2027 for 2027-28 (default: the current one).")
    var start: Int?

    @Option(help: "How many years the plan covers (1–\(NewWorkspaceRequest.maximumYears)).")
    var years: Int = 3

    func run() throws {
        let today = Today.resolve(for: nil)
        let request = NewWorkspaceRequest(name: name, shortName: shortName, area: area,
                                          startYear: start ?? FinancialYear(containing: today).start, years: years)
        do { try NewWorkspace.write(request, into: dir, today: today) } catch {
            for line in error.description.split(separator: "\n") { Console.error(String(line)) }
            throw ExitCode(1)
        }
        let ws = NewWorkspace.make(request, today: today)
        Console.out("Started \(ws.partnership.name) (\(ws.partnership.shortName)), \(ws.plan.title), in \(dir)")
        Console.out("Next steps:")
        for step in ws.nextSteps(today: today) { Console.out("  - " + step.text) }
        if GitTool.run(["rev-parse", "--show-toplevel"], in: dir).status == 0 {
            let set = try GitSetupCommand.registerDriver(in: dir)
            Console.out("It is inside a git repository: .gitattributes and .gitignore are written" + (set.isEmpty ? "" : " and the merge driver registered"))
        } else {
            Console.out("To keep it in git: git init, then saferplan git-setup (.gitattributes and .gitignore are already written)")
        }
        Console.out("Open it with: saferplan \(dir.contains(" ") ? "\"\(dir)\"" : dir)")
    }
}
