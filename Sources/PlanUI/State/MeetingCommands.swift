import PlanCore

extension Reducer {
    /// `:meetings [BODY]`, `:held`, `:cancel` and `:decide`; nil when `head` is none of them.
    static func runMeetingCommand(_ head: String, _ argument: String, _ s: inout AppState) -> [Effect]? {
        switch head {
        case "meetings": return generateMeetings(argument, &s)
        case "held": return setMeetingStatus(.held, &s)
        case "cancel": return setMeetingStatus(.cancelled, &s)
        case "decide": return decide(argument, &s)
        default: return nil
        }
    }

    /// The body named by id, acronym or name, else the selected row's body or meeting's body.
    static func namedBody(_ text: String, _ s: AppState) -> Body? {
        let t = text.trimmingSpaces().lowercased()
        let ws = s.workspace
        if !t.isEmpty {
            return ws.governance.bodies.first { $0.id.lowercased() == t || $0.acronym.lowercased() == t || $0.name.lowercased() == t }
        }
        guard s.section == .governance, let ref = selectedRow(s)?.ref else { return nil }
        if ref.kind == .meeting { return ws.body(ws.governance.meeting(ref.id)?.body) }
        return ref.kind == .body ? ws.body(ref.id) : nil
    }

    /// Adds a year of planned meetings of a body from its cadence, from today, and shows them.
    static func generateMeetings(_ argument: String, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard let body = namedBody(argument, s) else {
            s.message = Message(argument.isEmpty ? "Select a body in Governance, or name one: :meetings SCEB"
                                : "No body is called \"\(argument)\"", .warning)
            return []
        }
        guard body.cadence.rule != .asRequired else {
            s.message = Message("\(body.shortName) meets as required: add its meetings one by one (a)", .warning)
            return []
        }
        var ws = s.workspace
        let added = ws.governance.generateMeetings(for: body, from: s.today)
        guard added > 0 else {
            s.message = Message("\(body.shortName) already has every meeting its cadence gives for the year ahead")
            return []
        }
        let effects = commit(ws, label: "meetings of \(body.shortName)", &s)
        if s.section != .governance || s.list.view != MeetingsView.index {
            goTo(.governance, &s)
            setView(MeetingsView.index, &s)
        }
        s.message = Message("Added \(added) planned meeting\(added == 1 ? "" : "s") of \(body.shortName) from its cadence "
                            + "(\(body.cadence.display))" + (body.cadence.anchor == nil ? "; days estimated, edit them with e" : ""))
        return effects
    }

    /// The meeting selected in the Meetings view.
    static func selectedMeeting(_ s: inout AppState) -> Int? {
        guard s.section == .governance, let ref = selectedRow(s)?.ref, ref.kind == .meeting,
              let i = s.workspace.governance.meetings.firstIndex(where: { $0.id == ref.id }) else {
            s.message = Message("Select a meeting in Governance › Meetings first", .warning)
            return nil
        }
        return i
    }

    static func setMeetingStatus(_ status: MeetingStatus, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard let i = selectedMeeting(&s) else { return [] }
        var ws = s.workspace
        ws.governance.meetings[i].status = status
        let what = ws.describe(ws.governance.meetings[i])
        let effects = commit(ws, label: "meeting \(status.rawValue)", &s)
        s.message = Message("\(what): \(status.rawValue)")
        return effects
    }

    /// `:decide OUTCOME [to BODY] [WORDS]` on the selected meeting's first undecided agenda item.
    static func decide(_ argument: String, _ s: inout AppState) -> [Effect] {
        if refuseIfReadOnly(&s) { return [] }
        guard let i = selectedMeeting(&s) else { return [] }
        var words = argument.split(separator: " ").map(String.init)
        guard let first = words.first else {
            s.message = Message("Usage: :decide approved|endorsed|recommended|noted|deferred [to BODY] [WORDS], or :decide WORDS USED", .warning)
            return []
        }
        var ws = s.workspace
        guard let k = ws.governance.meetings[i].agenda.firstIndex(where: { $0.outcome == nil }) else {
            s.message = Message("Every agenda item of this meeting has a decision: edit one in the detail (e), or add an item (a)", .warning)
            return []
        }
        var item = ws.governance.meetings[i].agenda[k]
        if let outcome = DecisionOutcome(rawValue: first.lowercased()), outcome != .other {
            words.removeFirst()
            item.outcome = outcome
            if outcome == .recommended {
                guard words.first?.lowercased() == "to", words.count >= 2 else {
                    s.message = Message("Say to which body: :decide recommended to BODY [WORDS]", .warning)
                    return []
                }
                words.removeFirst()
                item.to = words.removeFirst()
            }
            item.words = words.joined(separator: " ")
        } else {
            item.outcome = .other
            item.words = argument.trimmingSpaces()
        }
        ws.governance.meetings[i].agenda[k] = item
        if ws.governance.meetings[i].status == .planned && ws.governance.meetings[i].date <= s.today {
            ws.governance.meetings[i].status = .held
        }
        let effects = commit(ws, label: "decision", &s)
        s.message = Message("\(item.title.prefixWords(6)): \(item.decision ?? "")")
        return effects
    }
}
