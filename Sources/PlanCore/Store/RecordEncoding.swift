import Foundation

/// Writing and comparing the records of the parts kept as one file per record.
extension Workspace {
    /// The ids of the part's records, in order; empty for a part without record files.
    public func recordIDs(_ file: WorkspaceFile) -> [String] {
        switch file {
        case .risks: risks.risks.map(\.id)
        case .indicators: indicators.map(\.id)
        case .actions: actionPlans.map(\.id)
        default: []
        }
    }

    /// The file of record `i` of the part, relative to the workspace folder (`risks/R01.json`).
    public func recordPath(_ file: WorkspaceFile, at i: Int) -> String {
        file.recordPath(RecordFiles.stems(for: recordIDs(file))[i])
    }

    /// True when record `i` of the part equals record `j` of the same part in `other`.
    func sameRecord(_ file: WorkspaceFile, _ i: Int, in other: Workspace, _ j: Int) -> Bool {
        switch file {
        case .risks: risks.risks[i] == other.risks.risks[j]
        case .indicators: indicators[i] == other.indicators[j]
        case .actions: actionPlans[i] == other.actionPlans[j]
        default: true
        }
    }

    /// True when the part's contents other than its records (and their conflicts) equal `other`'s.
    func sameHeader(_ file: WorkspaceFile, as other: Workspace) -> Bool {
        guard headerConflicts(file) == other.headerConflicts(file) else { return false }
        guard file == .risks else { return true }
        var mine = risks, theirs = other.risks
        mine.risks = []
        theirs.risks = []
        return mine == theirs
    }

    /// The part's merge conflicts that lie inside the record with `id`.
    func conflicts(_ file: WorkspaceFile, record id: String) -> [MergeConflict] {
        let list = file.recordListPath
        return mergeConflicts.filter { c in
            c.file == file.fileName && c.path.steps.count > list.count
                && Array(c.path.steps.prefix(list.count)) == list && c.path.steps[list.count] == .record(id)
        }
    }

    /// The part's merge conflicts that lie in no record.
    func headerConflicts(_ file: WorkspaceFile) -> [MergeConflict] {
        let list = file.recordListPath
        return mergeConflicts.filter { c in
            guard c.file == file.fileName else { return false }
            guard c.path.steps.count > list.count, Array(c.path.steps.prefix(list.count)) == list,
                  case .record = c.path.steps[list.count] else { return true }
            return false
        }
    }

    /// The part's own file when its records are kept in files: everything but the records, and the
    /// order of the record files.
    public func encodedHeader(_ file: WorkspaceFile, order: [String]) throws -> [UInt8] {
        let data: [UInt8]
        switch file {
        case .risks:
            var register = risks
            register.risks = []
            data = try PrettyJSONEncoder.encode(RisksDocument(register: register, recordFiles: order))
        case .indicators: data = try PrettyJSONEncoder.encode(IndicatorsDocument(indicators: [], recordFiles: order))
        case .actions: data = try PrettyJSONEncoder.encode(ActionsDocument(actionPlans: [], recordFiles: order))
        default: return try encoded(file)
        }
        return MergeConflictList.attach(headerConflicts(file), of: file, to: data + [0x0A])
    }

    /// The file of record `i` of the part, with the merge conflicts inside that record.
    public func encodedRecord(_ file: WorkspaceFile, at i: Int) throws -> [UInt8] {
        let data: [UInt8]
        let id: String
        switch file {
        case .risks:
            id = risks.risks[i].id
            data = try PrettyJSONEncoder.encode(RiskRecordDocument(register: .init(risks: [risks.risks[i]])))
        case .indicators:
            id = indicators[i].id
            data = try PrettyJSONEncoder.encode(IndicatorsDocument(indicators: [indicators[i]]))
        case .actions:
            id = actionPlans[i].id
            data = try PrettyJSONEncoder.encode(ActionsDocument(actionPlans: [actionPlans[i]]))
        default: return try encoded(file)
        }
        return MergeConflictList.attach(conflicts(file, record: id), of: file, to: data + [0x0A])
    }

    /// Appends the records of the part read from one record file, with their merge conflicts.
    mutating func appendRecords(_ file: WorkspaceFile, from other: PartRecords) {
        switch file {
        case .risks: risks.risks += other.risks
        case .indicators: indicators += other.indicators
        case .actions: actionPlans += other.actionPlans
        default: return
        }
        mergeConflicts += other.conflicts
    }

    /// Makes room for `count` more records of the part.
    mutating func reserveRecords(_ file: WorkspaceFile, _ count: Int) {
        switch file {
        case .risks: risks.risks.reserveCapacity(risks.risks.count + count)
        case .indicators: indicators.reserveCapacity(indicators.count + count)
        case .actions: actionPlans.reserveCapacity(actionPlans.count + count)
        default: return
        }
    }

    /// This workspace with only the part's records whose id is in `ids` (for describing a change).
    func keepingRecords(_ file: WorkspaceFile, _ ids: Set<String>) -> Workspace {
        var copy = self
        switch file {
        case .risks: copy.risks.risks = risks.risks.filter { ids.contains($0.id) }
        case .indicators: copy.indicators = indicators.filter { ids.contains($0.id) }
        case .actions: copy.actionPlans = actionPlans.filter { ids.contains($0.id) }
        default: break
        }
        return copy
    }

    /// The ids of the part's records that differ between this workspace and `old` (added, removed
    /// or changed, with their conflicts).
    func changedRecordIDs(_ file: WorkspaceFile, since old: Workspace) -> Set<String> {
        let ids = recordIDs(file), oldIDs = old.recordIDs(file)
        var oldIndex: [String: Int] = [:]
        for (j, id) in oldIDs.enumerated() where oldIndex[id] == nil { oldIndex[id] = j }
        var out = Set<String>()
        var seen = Set<String>()
        for (i, id) in ids.enumerated() {
            seen.insert(id)
            guard let j = oldIndex[id], sameRecord(file, i, in: old, j) else { out.insert(id); continue }
        }
        for id in oldIDs where !seen.contains(id) { out.insert(id) }
        if mergeConflicts != old.mergeConflicts {
            for id in Set(ids).union(oldIDs) where conflicts(file, record: id) != old.conflicts(file, record: id) {
                out.insert(id)
            }
        }
        return out
    }
}
