import ArgumentParser
import PlanCore

/// `saferplan check [WORKSPACE] [--fix]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate the statutory contents checklist against the plan, and what a merge left to settle.",
        discussion: "Lists unresolved merge conflicts and references shown by two records (after merging two clones). "
            + "--fix renumbers the newer record of each shared reference. Exit status: 0 when every item is "
            + "satisfied and nothing is left to settle, 1 when anything is, 2 when the workspace cannot be read.")

    @Argument(help: "The workspace folder.", completion: .directory)
    var workspace: String?

    @Flag(help: "Renumber the newer of two records showing the same reference, and save.")
    var fix = false

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        var ws = try WorkspaceArgument.load(folder)
        if fix { try renumber(&ws, folder: folder) }
        let unsettled = reportTeamState(ws)
        let items = ws.statutoryChecklist(today: Today.resolve(for: ws.info))
        for source in ChecklistSource.allCases {
            let group = items.filter { $0.source == source }
            guard !group.isEmpty else { continue }
            Console.out(source.label)
            let shared = group[0].basis
            Console.out("  rests on: \(shared.text)")
            for item in group {
                Console.out("  [\(item.result.satisfied ? "x" : " ")] \(item.text)")
                Console.out("      \(item.result.reason)" + (item.result.satisfied ? "" : "  (fix in \(item.result.fixAt))"))
                if item.basis != shared { Console.out("      rests on: \(item.basis.text)") }
            }
        }
        let done = items.filter(\.result.satisfied).count
        Console.out("\(done) of \(items.count) satisfied")
        if done < items.count || unsettled { throw ExitCode(1) }
    }

    /// Prints unresolved conflicts and shared references; true when there are any.
    private func reportTeamState(_ ws: Workspace) -> Bool {
        let duplicates = ws.duplicateReferences()
        guard !ws.mergeConflicts.isEmpty || !duplicates.isEmpty else { return false }
        Console.out("Left by a merge")
        for c in ws.mergeConflicts {
            Console.out("  [ ] conflict: " + ChangeReport.plain(c.summary))
        }
        for d in duplicates {
            let titles = d.ids.map { id in ChangeReport.plain(ws.risk(id)?.title ?? id) }
            Console.out("  [ ] \(d.reference) is shown by \(d.ids.count) risks: " + titles.map { "“\($0)”" }.joined(separator: ", ")
                        + "  (fix with `saferplan check --fix`)")
        }
        return true
    }

    private func renumber(_ ws: inout Workspace, folder: String) throws {
        guard !ws.duplicateReferences().isEmpty else { return }
        let session: WorkspaceSession
        do { (session, ws) = try WorkspaceSession.open(folder: folder) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { session.close() }
        if session.isReadOnly {
            Console.error("the workspace is read-only: " + session.readOnlyReasons.joined(separator: "; "))
            throw ExitCode(1)
        }
        let done = ws.renumberDuplicateReferences()
        do { try session.save(ws, files: [.risks], how: "check --fix") } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        for line in done { Console.out("renumbered: " + ChangeReport.plain(line)) }
    }
}
