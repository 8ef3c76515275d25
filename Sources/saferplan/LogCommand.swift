import ArgumentParser
import PlanCore

extension ChangeReport.Format: ExpressibleByArgument {}

/// `saferplan log [WORKSPACE] [--since DATE] [--record ID] [--who NAME] [--format F]`.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show who changed what, when and how, from the workspace's change log.",
        discussion: "Times are shown in local time. The log is kept in changes-YEAR.jsonl in the workspace folder.")

    @Argument(help: "The workspace folder.")
    var workspace: String?

    @Option(help: "Only changes on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only changes to this record (its id or reference, e.g. R07).")
    var record: String?

    @Option(help: "Only changes by this person (part of the name is enough).")
    var who: String?

    @Option(help: "Only changes in this file or to this kind of record (risks.json, risk, action…).")
    var section: String?

    @Option(help: "text, md, csv or json.")
    var format: ChangeReport.Format = .text

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        var query = ChangeQuery(record: record, who: who, section: section)
        if let since {
            guard let day = Day(iso: since) else {
                throw ValidationError("--since: \"\(ChangeReport.plain(since))\" is not a date; expected YYYY-MM-DD")
            }
            query.since = day
        }
        guard WorkspaceStore.isWorkspace(folder) else {
            Console.error("\(folder): not a SaferPlan workspace: partnership.json is missing")
            throw ExitCode(2)
        }
        let entries = query.filter(ChangeLogFile.read(folder: folder))
        let text = ChangeReport.render(entries, format: format)
        try Console.emit(text.isEmpty && format == .text && output == nil ? "no changes recorded\n" : text, to: output)
    }
}
