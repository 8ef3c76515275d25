import PlanCore

/// The `:` command line: what it understands, completion, and running a command.
public enum ColonCommands {
    /// Commands with their arguments and help, for completion and the help overlay.
    public static let all: [(usage: String, help: String)] = [
        ("export WHAT FORMAT [FILE]", "Export plan|summary|risks|actions|indicators|governance|budget as json|csv|md|html|docx|pdf"),
        ("cover [FIELD VALUE]", "Papers: the cover dialog; or set meeting, date, author (Name, Role), wards, for decision|information"),
        ("advance [asked|planned] ACTION [BODY] [to BODY] [on DATE] [at MEETING]",
         "Plan: record an approval step: approved, endorsed, recommended, adopted, submitted, published, or the words used"),
        ("meetings [BODY]", "Governance: a year of planned meetings of the selected (or named) body from its cadence"),
        ("held / cancel", "Governance, Meetings: mark the selected meeting held or cancelled"),
        ("decide OUTCOME [to BODY] [WORDS]", "Meetings: record the decision on the next undecided agenda item "
            + "(approved, endorsed, recommended, noted, deferred, or the words used)"),
        ("move BODY / alsoto BODY / drop BODY", "Governance: the selected body reports to BODY instead, as well, or no longer"),
        ("retire / reinstate", "Governance: the selected body becomes former (kept in history), or active again"),
        ("propose TITLE", "Governance: start a proposal from the current structure and edit it"),
        ("proposal / current", "Governance: edit the draft proposal, or go back to the current structure"),
        ("adopt / discard", "Governance: adopt the draft proposal (the current structure is kept) or discard it"),
        ("round [QUARTER] / round stop", "Priorities: update every open action for the quarter, one after another"),
        ("rollover [SUMMARY]", "Priorities: roll the plan into next year, carrying open actions forward"),
        ("done / undone", "Timetable: mark the selected step done or not done"),
        ("w", "Save again anything that failed to save"),
        ("w FOLDER", "Write a copy of the whole workspace into a new folder"),
        ("theme NAME", "Switch theme: " + ThemeCatalog.builtInNames.joined(separator: ", ") + " or your own"),
        ("filter TEXT", "Filter the list (words, or is:overdue, is:red, owner:name…)"),
        ("sort", "Sort the list by the next column"),
        ("undo / redo", "Undo or redo the last change"),
        ("SECTION", "Go to a section: dashboard, plan, governance, priorities, indicators, risks, budget, partners, "
            + "engagement, timetable, glossary"),
        ("checks", "List every finding of the checks"),
        ("conflicts / resolve N ours|theirs", "Fields a git merge left changed two ways: pick a side"),
        ("history [this] [who:NAME] [section:S] [since:DATE]", "Who changed what: every change, or the selected record's; Enter jumps"),
        ("revert SAVE", "History: undo a whole past save (x on a change), unless something newer changed those fields"),
        ("view N|NAME", "Show one of the section's views (v steps through them)"),
        ("since DATE", "Risks: the date of the last meeting for the brief and the movement view"),
        ("scores inherent|residual|target", "Risks: which score the heat map shows"),
        ("close REASON / reopen REASON", "Risks: close or reopen the selected risk"),
        ("help", "Show the help"),
        ("messages", "The messages of this session, with their times, and the undo history (also M)"),
        ("q", "Leave"),
    ]

    static let words = ["export", "theme", "filter", "sort", "undo", "redo", "checks", "help", "quit", "view", "since",
                        "scores", "close", "reopen", "advance", "meetings", "held", "cancel", "decide", "done", "undone", "propose", "proposal", "current", "adopt", "discard", "round", "rollover", "move", "alsoto", "drop", "retire", "reinstate", "conflicts", "resolve", "history", "messages", "revert"]
        + PlanSection.allCases.map(\.rawValue)

    /// Completes the first word, or the export subject and format.
    public static func complete(_ text: String) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        func completeWord(_ w: String, from options: [String]) -> String {
            let hits = options.filter { $0.hasPrefix(w.lowercased()) }
            return hits.count == 1 ? hits[0] : w
        }
        switch parts.count {
        case 1: return completeWord(parts[0], from: words)
        case 2 where parts[0] == "export": return "export " + completeWord(parts[1], from: ExportSubject.allCases.map(\.rawValue))
        case 2 where parts[0] == "theme": return "theme " + completeWord(parts[1], from: ThemeCatalog.builtInNames)
        case 3 where parts[0] == "export":
            return "export \(parts[1]) " + completeWord(parts[2], from: ExportFormat.allCases.map(\.rawValue))
        default: return text
        }
    }
}

extension Reducer {
    /// Runs a command typed at the `:` line.
    static func runCommandLine(_ text: String, _ s: inout AppState) -> [Effect] {
        let words = text.split(separator: " ").map(String.init)
        guard let head = words.first?.lowercased() else { return [] }
        if head != "export" && head != "e" { s.offerToOpen = false }
        let rest = Array(words.dropFirst())
        if let section = PlanSection(rawValue: head) ?? PlanSection.allCases.first(where: { $0.title.lowercased().hasPrefix(head) }) {
            goTo(section, &s)
            return []
        }
        switch head {
        case "q", "quit", "q!", "quit!": return quit(&s, force: head.hasSuffix("!"))
        case "help", "h": s.overlay = .help(scroll: 0)
        case "messages", "mes": _ = run(.messages, &s)
        case "undo": return undo(&s)
        case "redo": return redo(&s)
        case "sort": cycleSort(&s)
        case "checks", "validate": jump(PlanLocation(.dashboard, record: "findings"), &s); s.zoomed = true; s.focus = .detail
        case "filter":
            s.list.filter = rest.joined(separator: " ")
            s.list.selectedID = nil
            s.list.index = 0
            clampSelection(&s)
        case "theme":
            guard let name = rest.first else {
                s.message = Message("Themes: " + ThemeCatalog.availableNames().joined(separator: ", ") + " (now \(s.themeName))")
                return []
            }
            return [.loadTheme(name)]
        case "w", "write":
            if let folder = rest.first { return [.writeCopy(folder: folder)] }
            if s.isReadOnly {
                s.message = Message("Read-only: " + s.readOnlyReasons.joined(separator: "; "), .warning)
                return []
            }
            if s.unsaved.isEmpty {
                s.message = Message("Everything is saved: every change is written as it is made")
                return []
            }
            return [.save(s.unsaved)]
        case "cover":
            return PaperCoverDialog.command(rest, &s)
        case "export", "e":
            let summary = rest.first?.lowercased() == "summary"
            guard rest.count >= 2, let what = summary ? .plan : ExportSubject(rawValue: rest[0].lowercased()),
                  let format = ExportFormat(rawValue: rest[1].lowercased()) else {
                s.message = Message("Usage: :export WHAT FORMAT [FILE]  WHAT: "
                                    + (ExportSubject.allCases.map(\.rawValue) + ["summary"]).joined(separator: "|") + "  FORMAT: "
                                    + ExportFormat.allCases.map(\.rawValue).joined(separator: "|"), .warning)
                return []
            }
            let name = (s.workspace.partnership.shortName.isEmpty ? "saferplan" : s.workspace.partnership.shortName)
                .lowercased().replacingAll(" ", with: "-")
            let file = "\(name)-\(summary ? "summary" : what.rawValue).\(format.rawValue)"
            guard rest.count >= 3 else {
                // Ask where, offering the workspace's papers/ folder: Enter writes it there, or edit the path.
                s.input = InputLine(kind: .command, buffer: TextBuffer("export \(rest[0]) \(rest[1]) " + PlanPaths.join(s.folder, "papers", file)))
                s.offerToOpen = true
                return []
            }
            return [.export(what, format, path: rest[2...].joined(separator: " "), summary: summary)]
        default:
            if let effects = runConflictCommand(head, rest, &s) { return effects }
            if let effects = runHistoryCommand(head, rest, &s) { return effects }
            if let effects = runSectionCommand(head, rest, &s) { return effects }
            s.message = Message("Unknown command \"\(head)\" — :help lists the commands", .error)
        }
        return []
    }
}
