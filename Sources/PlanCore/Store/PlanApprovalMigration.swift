/// Schema 1 → 2 for plan.json: the single approval path (`status` with a `statusHistory` of
/// draft → final draft → endorsed → adopted → published) becomes a list of approval steps with
/// the same facts: each history entry a step done, with its date, body and note; a status with
/// no entry of its own a step done with no date or body.
public enum PlanApprovalMigration {
    /// The step as ``SchemaMigration`` runs it.
    public static let step: SchemaMigration.Step = { value in
        guard case .object(var members) = value,
              let planIndex = members.firstIndex(where: { $0.key == "plan" }),
              case .object(var plan) = members[planIndex].node.value else { return }
        var status: String?
        if let node = plan.first(where: { $0.key == "status" })?.node, case .string(let s) = node.value { status = s }
        var history: [[String: JSONValue]] = []
        if let node = plan.first(where: { $0.key == "statusHistory" })?.node, case .array(let items) = node.value {
            for item in items {
                guard case .object(let fields) = item.value else { continue }
                history.append(Dictionary(fields.map { ($0.key, $0.node.value) }, uniquingKeysWith: { a, _ in a }))
            }
        }
        var steps: [JSONValue] = []
        for (k, h) in history.enumerated() {
            var old = "draft"
            if case .string(let s)? = h["status"] { old = s }
            steps.append(stepValue(id: "step-\(k + 1)", status: old, date: h["date"] ?? .null,
                                   body: h["body"] ?? .string(""), note: h["note"] ?? .string("")))
        }
        let recorded = history.contains { if case .string(let s)? = $0["status"] { return s == status } else { return false } }
        if let status, status != "draft", !recorded {
            steps.append(stepValue(id: "step-\(steps.count + 1)", status: status, date: .null, body: .string(""), note: .string("")))
        }
        plan.removeAll { $0.key == "status" || $0.key == "statusHistory" }
        plan.append(JSONMember(key: "approval", node: JSONNode(.array(steps.map { JSONNode($0) }))))
        members[planIndex].node.value = .object(plan)
        value = .object(members)
    }

    /// One step done, from an old status: endorsed, adopted and published keep their action;
    /// draft and final draft are kept in words.
    static func stepValue(id: String, status: String, date: JSONValue, body: JSONValue, note: JSONValue) -> JSONValue {
        let action: String
        var words = ""
        switch status {
        case "endorsed", "adopted", "published": action = status
        case "finalDraft": action = "other"; words = "final draft"
        default: action = "other"; words = "draft"
        }
        return .object([
            JSONMember(key: "id", node: JSONNode(.string(id))),
            JSONMember(key: "action", node: JSONNode(.string(action))),
            JSONMember(key: "state", node: JSONNode(.string("done"))),
            JSONMember(key: "body", node: JSONNode(body)),
            JSONMember(key: "date", node: JSONNode(date)),
            JSONMember(key: "words", node: JSONNode(.string(words))),
            JSONMember(key: "note", node: JSONNode(note)),
        ])
    }
}
