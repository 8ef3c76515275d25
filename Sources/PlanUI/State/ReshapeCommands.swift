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
        let target = Reshape.find(argument, in: ws.governance.bodies)
        if ["move", "alsoto", "drop"].contains(head) && target == nil {
            s.message = Message("Usage: :\(head) BODY (its acronym, id or name); \"\(argument)\" is not a body", .warning)
            return []
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
}
