import Foundation

/// Which of a demo's source notes still apply: a note on a field applies while the field holds the
/// value the demo was written with. Once a user changes that value (in the app, by import, by a
/// merge), the source no longer states it, and neither the record page nor a paper claims it does.
extension Workspace {
    /// The record a provenance key (`partner:council`, `plan`…) names, or nil when there is none.
    func provenanceRecord(_ key: String) -> (any Encodable)? {
        if key == "plan" { return plan }
        if key == "partnership" { return partnership }
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let id = parts[1]
        switch parts[0] {
        case "partner": return partners.first { $0.id == id }
        case "engagement": return engagement.first { $0.id == id }
        case "glossaryTerm": return glossary.first { $0.id == id }
        case "strategicLink": return partnership.strategicLinks.first { $0.id == id }
        case "body": return governance.bodies.first { $0.id == id }
        case "member": return governance.bodies.lazy.flatMap(\.members).first { $0.id == id }
        case "proposal": return governance.proposals.first { $0.id == id }
        case "proposedBody": return governance.proposals.lazy.flatMap(\.bodies).first { $0.id == id }
        case "milestone": return plan.timetable.first { $0.id == id }
        case "nationalPriority": return plan.nationalPriorities.first { $0.id == id }
        case "revision": return plan.revisions.first { $0.id == id }
        case "priority": return priorities.first { $0.id == id }
        case "actionPlan": return actionPlans.first { $0.id == id }
        case "action": return allActions.first { $0.action.id == id }?.action
        case "indicator": return indicators.first { $0.id == id }
        case "fundingLine": return budget.fundingLines.first { $0.id == id }
        case "carryForward": return budget.carryForwards.first { $0.id == id }
        case "allocation": return budget.allocations.first { $0.id == id }
        case "risk": return risks.risks.first { $0.id == id }
        case "meeting": return governance.meetings.first { $0.id == id }
        case "agendaItem": return governance.meetings.lazy.flatMap(\.agenda).first { $0.id == id }
        case "boardPaper": return governance.papers.first { $0.id == id }
        case "approvalStep": return plan.approval.first { $0.id == id }
        default: return nil
        }
    }

    /// A record's fields as they are stored, or nil when the record is absent.
    static func storedFields(_ record: any Encodable) -> [String: Any]? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(record) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// A stored field as text: a string as it is, anything else (a list, a number, a table) as
    /// compact JSON with sorted keys; an empty string for a field not stored (an unset optional).
    static func text(of stored: Any?) -> String {
        guard let stored else { return "" }
        if let s = stored as? String { return s }
        guard let data = try? JSONSerialization.data(withJSONObject: stored, options: [.sortedKeys, .fragmentsAllowed])
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value of `field` of the record `record` names, as a note keeps it; nil when there is no such record.
    public func sourcedValue(record: String, field: String) -> String? {
        guard let r = provenanceRecord(record), let fields = Self.storedFields(r) else { return nil }
        return Self.text(of: fields[field])
    }

    /// The notes whose field no longer holds the value the note was written for, in the order given.
    /// Notes on a whole record, and notes that keep no value, always apply.
    public func changedFromSource(_ notes: [SourceNote]) -> [SourceNote] {
        var fieldsOf: [String: [String: Any]?] = [:]
        return notes.filter { note in
            guard let field = note.field, let kept = note.value else { return false }
            if fieldsOf[note.record] == nil { fieldsOf[note.record] = provenanceRecord(note.record).flatMap(Self.storedFields) }
            guard let fields = fieldsOf[note.record] ?? nil else { return false }
            return Self.text(of: fields[field]) != kept
        }
    }

    /// The notes with the value each field holds now, as the demos are written: a note's value is
    /// what it vouches for.
    func keepingValues(_ notes: [SourceNote]) -> [SourceNote] {
        notes.map { note in
            var n = note
            if let f = note.field { n.value = sourcedValue(record: note.record, field: f) }
            return n
        }
    }
}
