import ArgumentParser
import PlanCore

/// `saferplan check [WORKSPACE]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate the statutory contents checklist against the plan.",
        discussion: "Exit status: 0 when every item is satisfied, 1 when any is not, 2 when the workspace "
            + "cannot be read.")

    @Argument(help: "The workspace folder.", completion: .directory)
    var workspace: String?

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let ws = try WorkspaceArgument.load(folder)
        let items = ws.statutoryChecklist(today: Today.resolve(for: ws.info))
        for source in ChecklistSource.allCases {
            let group = items.filter { $0.source == source }
            guard !group.isEmpty else { continue }
            Console.out(source.label)
            for item in group {
                Console.out("  [\(item.result.satisfied ? "x" : " ")] \(item.text)")
                Console.out("      \(item.result.reason)" + (item.result.satisfied ? "" : "  (fix in \(item.result.fixAt))"))
            }
        }
        let done = items.filter(\.result.satisfied).count
        Console.out("\(done) of \(items.count) satisfied")
        if done < items.count { throw ExitCode(1) }
    }
}
