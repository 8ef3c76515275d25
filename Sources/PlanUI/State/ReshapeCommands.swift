import PlanCore

extension Reducer {
    /// `:move BODY`, `:alsoto BODY`, `:drop BODY`, `:retire`, `:reinstate`: reshaping the selected body
    /// (in the proposal being edited, when there is one).
    static func runReshapeCommand(_ head: String, _ argument: String, _ s: inout AppState) -> [Effect]? {
        guard ["move", "alsoto", "drop", "retire", "reinstate"].contains(head) else { return nil }
        if refuseIfReadOnly(&s) { return [] }
        var ws = s.editable
        guard s.section == .governance, s.list.view == 0, let id = selectedRow(s)?.ref?.id, let body = ws.body(id) else {
            s.message = Message("Select a body in the structure (Governance, first view) first", .warning)
            return []
        }
        var target: Body?
        if ["move", "alsoto", "drop"].contains(head) {
            let candidates = reshapeCandidates(head, body, ws)
            switch NameMatch.resolve(argument, candidates) {
            case .found(let other):
                target = ws.body(other)
            case .ambiguous(let ids):
                // Never a guess: the bodies the name fits are offered to choose from.
                let items = ids.compactMap { ws.body($0) }.map { (label: $0.pickerLabel, choice: MenuChoice.run("\(head) \($0.id)")) }
                s.overlay = .menu(MenuState(title: "Which body is \"\(argument.trimmingSpaces())\"?", items: items, cursor: 0))
                return []
            case .none:
                s.message = Message("Usage: :\(head) BODY (its acronym, id or name, Tab completes); \"\(argument)\" is "
                                    + (head == "drop" ? "not one \(body.shortName) reports to" : "not a body"), .warning)
                return []
            }
        }
        let other = target?.id ?? ""
        let label: String
        do {
            switch head {
            case "move":
                try Reshape.move(id, under: other, in: &ws.governance.bodies)
                label = "move \(body.shortName) under \(target?.shortName ?? other)"
            case "alsoto":
                try Reshape.addParent(id, other, in: &ws.governance.bodies)
                label = "\(body.shortName) also reports to \(target?.shortName ?? other)"
            case "drop":
                try Reshape.dropParent(id, other, in: &ws.governance.bodies)
                label = "\(body.shortName) no longer reports to \(target?.shortName ?? other)"
            default:
                try Reshape.setRetired(id, head == "retire", in: &ws.governance.bodies)
                label = "\(head) \(body.shortName)"
            }
        } catch {
            s.message = Message("Not changed: \(error.description)", .error)
            return []
        }
        let effects = commit(s.folding(ws), label: label, &s)
        jump(PlanLocation(.governance, record: id), &s)
        // commit says "No change" when the body already stood that way.
        s.message = effects.isEmpty ? Message("No change: \(label) is how it already stands", .info)
                                    : Message(label.capitalizedFirst + " — u to undo")
        return effects
    }

    /// The bodies a reshaping command may name: for `drop` those the body reports to, else every other body.
    static func reshapeCandidates(_ head: String, _ body: Body, _ ws: Workspace) -> [NameMatch.Candidate] {
        let bodies = ws.governance.bodies.filter { $0.id != body.id && (head != "drop" || body.parents.contains($0.id)) }
        return bodies.map(\.nameCandidate)
    }
}

extension Body {
    /// "CSP – Community Safety Partnership", or the name alone.
    var pickerLabel: String { acronym.isEmpty ? name : "\(acronym) – \(name)" }
}

extension Reducer {
    /// Tab after `:move`, `:alsoto` or `:drop`: the body's name completed when only one fits,
    /// else the part they share and a note naming them. Nil for other commands.
    static func completeBodyName(_ text: String, _ s: AppState) -> (String, String?)? {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, ["move", "alsoto", "drop"].contains(parts[0].lowercased()) else { return nil }
        let ws = s.editable
        guard s.section == .governance, let id = selectedRow(s)?.ref?.id, let body = ws.body(id) else { return nil }
        let typed = parts[1]
        let candidates = reshapeCandidates(parts[0].lowercased(), body, ws)
        let ranked = NameMatch.best(typed, candidates)
        if case .found(let hit) = NameMatch.resolve(typed, candidates), let b = ws.body(hit) {
            return ("\(parts[0]) \(b.acronym.isEmpty ? b.name : b.acronym)", nil)
        }
        guard !ranked.isEmpty else { return (text, "No body fits \"\(typed)\"") }
        let starting = ranked.flatMap(\.names).filter { $0.lowercased().hasPrefix(typed.lowercased()) }
        let shared = NameMatch.commonPrefix(starting)
        let names = ranked.prefix(4).compactMap { ws.body($0.id)?.shortName }.joined(separator: ", ")
        return ("\(parts[0]) \(shared.count > typed.count ? shared : typed)", "Could be: \(names)\(ranked.count > 4 ? ", …" : "")")
    }
}
