import PlanCore

extension Reducer {
    /// `:history [this] [who:NAME] [section:S] [since:DATE]`: the change log, newest first, in a
    /// list where Enter jumps to the record; nil for any other command.
    static func runHistoryCommand(_ head: String, _ rest: [String], _ s: inout AppState) -> [Effect]? {
        if head == "revert" { return revertSave(rest, &s) }
        guard head == "history" else { return nil }
        var query = ChangeQuery()
        var words: [String] = []
        for word in rest {
            let lower = word.lowercased()
            if lower == "this" {
                guard let ref = selectedRow(s)?.ref else {
                    s.message = Message("Select a record first; :history alone shows every change", .warning)
                    return []
                }
                query.record = ref.id
            } else if lower.hasPrefix("who:") {
                query.who = String(word.dropFirst(4))
            } else if lower.hasPrefix("section:") {
                query.section = String(word.dropFirst(8))
            } else if lower.hasPrefix("since:") {
                guard let day = Day(iso: String(word.dropFirst(6))) else {
                    s.message = Message("since: expects a date written YYYY-MM-DD, e.g. since:2026-11-01", .warning)
                    return []
                }
                query.since = day
            } else {
                words.append(word)
            }
        }
        if !words.isEmpty {
            s.message = Message("Usage: :history [this] [who:NAME] [section:S] [since:DATE]", .warning)
            return []
        }
        s.pendingHistory = query
        return [.readChangeLog]
    }

    /// Keeps the change log just read, and opens the History view waiting for it.
    static func changeLogRead(_ entries: [ChangeEntry], _ s: inout AppState) {
        s.changeLog = entries
        guard let query = s.pendingHistory else { return }
        s.pendingHistory = nil
        openHistory(query, &s)
    }

    /// The History view: one line per change, newest first.
    static func openHistory(_ query: ChangeQuery, _ s: inout AppState) {
        let found = query.filter(s.changeLog)
        var filters: [String] = []
        if let r = query.record { filters.append(s.workspace.risk(r)?.reference ?? r) }
        if let w = query.who { filters.append("who:" + w) }
        if let sec = query.section { filters.append("section:" + sec) }
        if let d = query.since { filters.append("since " + d.display) }
        let scope = filters.isEmpty ? "" : " · " + ChangeReport.plain(filters.joined(separator: " "))
        guard !found.isEmpty else {
            s.message = Message("No changes recorded" + scope, .info)
            return
        }
        let items: [(label: String, choice: MenuChoice)] = found.reversed().map { e in
            let label = ChangeReport.plain("\(Instant.local(e.at))  \(e.who)  ") + ChangeReport.line(e)
            return (label, .jump(PlanLocation(PlanSection.holding(file: e.file, kind: e.kind), record: e.recordID)))
        }
        s.overlay = .menu(MenuState(title: "History (\(found.count) change\(found.count == 1 ? "" : "s"))\(scope) · Enter jumps · x undo save",
                                    items: items, cursor: 0, saves: found.reversed().map(\.save)))
    }
}
