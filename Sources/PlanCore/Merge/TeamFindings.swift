extension MergeConflict {
    /// The section of the app where the conflicting record is shown.
    public var section: PlanSection { PlanSection.holding(file: file, kind: kind) }
}

extension PlanSection {
    /// The section showing a record of `kind` kept in `file` (as the merge and the change log name them).
    public static func holding(file: String, kind: String?) -> PlanSection {
        switch (file, kind) {
        case ("risks.json", _): return .risks
        case ("actions.json", _), ("plan.json", "priority"): return .priorities
        case ("plan.json", "milestone"), ("plan.json", "timetable"): return .timetable
        case ("plan.json", _): return .plan
        case ("governance.json", _): return .governance
        case ("indicators.json", _): return .indicators
        case ("budget.json", _): return .budget
        case ("partnership.json", "glossary"): return .glossary
        case ("partnership.json", "engagement"): return .engagement
        default: return .partners
        }
    }
}

/// Two risks showing the same reference (after a merge of two clones that each added one).
public struct DuplicateReference: Sendable, Equatable {
    /// The reference both show.
    public var reference: String
    /// The risks' ids, oldest first.
    public var ids: [String]
}

extension Workspace {
    /// Findings for what working as a team can leave behind: unresolved merge conflicts and
    /// references shown by two records.
    public func teamFindings() -> [Finding] {
        var out: [Finding] = []
        for c in mergeConflicts {
            out.append(Finding(.error, PlanLocation(c.section, record: c.recordID, field: c.field.isEmpty ? nil : c.field,
                                                  name: c.reference, file: c.file.isEmpty ? nil : c.file),
                               "\(c.file): changed two ways in a merge: ours \(MergeConflict.show(c.ours))"
                               + (c.oursBy.map { " (\($0))" } ?? "") + ", theirs \(MergeConflict.show(c.theirs))"
                               + (c.theirsBy.map { " (\($0))" } ?? "") + "; pick a side in the app"))
        }
        for d in duplicateReferences() {
            out.append(Finding(.error, PlanLocation(.risks, record: d.ids.last, name: d.reference,
                                                    file: d.ids.last.map(PlanLocation.riskFile) ?? WorkspaceFile.risks.fileName),
                               "\(d.ids.count) risks show the reference \(d.reference); `saferplan check --fix` renumbers the newer"))
        }
        return out
    }

    /// References (`R07`) shown by more than one risk.
    public func duplicateReferences() -> [DuplicateReference] {
        var byRef: [String: [Risk]] = [:]
        var order: [String] = []
        for r in risks.risks {
            if byRef[r.reference] == nil { order.append(r.reference) }
            byRef[r.reference, default: []].append(r)
        }
        return order.compactMap { ref in
            guard let rs = byRef[ref], rs.count > 1 else { return nil }
            return DuplicateReference(reference: ref, ids: rs.sorted { Workspace.isOlder($0.id, than: $1.id) }.map(\.id))
        }
    }

    /// Gives every risk but the oldest of each duplicated reference the next free reference.
    /// Links between records use ids, so nothing else changes. Returns what was renumbered.
    public mutating func renumberDuplicateReferences() -> [String] {
        var done: [String] = []
        for d in duplicateReferences() {
            for id in d.ids.dropFirst() {
                guard let i = risks.risks.firstIndex(where: { $0.id == id }) else { continue }
                let next = IDs.next(prefix: "R", existing: risks.risks.map(\.reference), width: 2)
                risks.risks[i].ref = next
                done.append("risk “\(risks.risks[i].title)” was \(d.reference), now \(next)")
            }
        }
        return done
    }

    /// Ids made before shared working (`R03`) count as older than unique ones; unique ones by their time.
    static func isOlder(_ a: String, than b: String) -> Bool {
        switch (IDs.isUnique(a), IDs.isUnique(b)) {
        case (false, true): return true
        case (true, false): return false
        case (false, false): return a < b
        case (true, true): return IDs.creationTime(a) ?? 0 < IDs.creationTime(b) ?? 0 || (IDs.creationTime(a) == IDs.creationTime(b) && a < b)
        }
    }
}

extension IDs {
    /// The time in milliseconds a unique id was made, from its time part.
    public static func creationTime(_ id: String) -> UInt64? {
        let parts = id.split(separator: "-")
        guard isUnique(id), parts.count >= 2 else { return nil }
        return UInt64(parts[parts.count - 2], radix: 36)
    }
}
