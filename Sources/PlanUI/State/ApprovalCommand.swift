import PlanCore

/// The words of `:advance`: `[asked|planned] ACTION [BODY] [to BODY] [on DATE] [at MEETING]`,
/// where ACTION is approved, endorsed, recommended, adopted, submitted or published (or their
/// verbs); any other first word makes a step in the words used (`:advance agreed the content`).
enum ApprovalCommand {
    static let actions: [String: ApprovalAction] = [
        "approved": .approved, "approve": .approved, "endorsed": .endorsed, "endorse": .endorsed,
        "recommended": .recommended, "recommend": .recommended, "adopted": .adopted, "adopt": .adopted,
        "submitted": .submitted, "submit": .submitted, "published": .published, "publish": .published,
    ]

    static let usage = "Usage: :advance [asked|planned] approved|endorsed|recommended|adopted|submitted|published "
        + "[BODY] [to BODY] [on DATE] [at MEETING], or :advance WORDS USED"

    /// The step the words describe, dated `today` unless they give a date or a meeting; nil with
    /// the reason when they cannot be read.
    static func parse(_ text: String, ws: Workspace, today: Day) -> Result<ApprovalStep, CommandError> {
        var words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return .failure(CommandError(usage)) }
        var state = ApprovalState.done
        if let s = ApprovalState(rawValue: words[0].lowercased()), s != .done {
            state = s
            words.removeFirst()
        }
        guard let first = words.first else { return .failure(CommandError(usage)) }
        let action = actions[first.lowercased()] ?? .other
        if action != .other { words.removeFirst() }
        // Split off "to X", "on DATE", "at MEETING" (for a named action only: other words are kept whole).
        var parts: [String: [String]] = ["": []]
        var current = ""
        for w in words {
            let key = w.lowercased()
            if action != .other, ["to", "on", "at"].contains(key) {
                current = key
                parts[current] = []
            } else {
                parts[current, default: []].append(w)
            }
        }
        var step = ApprovalStep(id: IDs.unique(prefix: "step-"), action: action, state: state)
        let head = (parts[""] ?? []).joined(separator: " ")
        if action == .other { step.words = head } else { step.body = head }
        step.to = (parts["to"] ?? []).joined(separator: " ")
        if let at = parts["at"]?.joined(separator: " "), !at.isEmpty {
            guard let m = ws.governance.meeting(at) else {
                return .failure(CommandError("no meeting has the id \"\(at)\"; the Meetings view in Governance lists them"))
            }
            step.meeting = m.id
            step.date = m.date
            if step.body.isEmpty { step.body = ws.body(m.body)?.name ?? m.body }
        }
        if let on = parts["on"]?.joined(separator: " ") {
            guard let d = Day(lenient: on) else {
                return .failure(CommandError("\"\(on)\" is not a date, e.g. on 2008-05-01 or on 1 May 2008"))
            }
            step.date = d
        }
        if step.date == nil && state != .planned { step.date = today }
        if action == .other && step.words.isEmpty { return .failure(CommandError(usage)) }
        if (action == .recommended || action == .submitted) && step.to.isEmpty {
            return .failure(CommandError("say to which body: :advance \(action.rawValue) … to BODY"))
        }
        return .success(step)
    }

    /// The `:advance` words that record a planned step as done.
    static func words(_ step: ApprovalStep, today: Day) -> String {
        var out = step.action == .other ? step.words : step.action.rawValue + (step.body.isEmpty ? "" : " " + step.body)
        if step.action != .other && !step.to.isEmpty { out += " to " + step.to }
        if step.action != .other, let d = step.date, d <= today { out += " on " + d.iso }
        return out
    }
}

/// Why a command's words could not be read.
struct CommandError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
