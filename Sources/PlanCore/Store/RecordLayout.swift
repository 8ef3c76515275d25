/// What a session knows of a part kept one file per record, as it last read or wrote it: the file
/// stem of each record in order, when the record files on disk are exactly those and the part's
/// own file gives that order. With it, a save that only edits records in place (same ids, same
/// order, same part header) finds its files without naming every record again.
public struct RecordLayout: Sendable, Equatable {
    /// The file stem of each record of the part, in order.
    public var stems: [String]

    /// The layout of the part's records in `ws`, when the record files known on disk (`records`,
    /// by path relative to the folder) are exactly theirs and the part's own file lists an order
    /// (`listed`) that gives them in this order; nil otherwise (the save then compares by name).
    public static func of(_ file: WorkspaceFile, in ws: Workspace, records: [String: FileFingerprint],
                          listed: [String]?) -> RecordLayout? {
        guard file.hasRecordFiles, let listed else { return nil }
        let stems = RecordFiles.stems(for: ws.recordIDs(file))
        let prefix = file.recordFolder + "/"
        let onDisk = Set(records.keys.filter { $0.hasPrefix(prefix) })
        guard onDisk == Set(stems.map(file.recordPath)), RecordFiles.order(listed: listed, present: stems) == stems else {
            return nil
        }
        return RecordLayout(stems: stems)
    }
}

extension Workspace {
    /// The number of the part's records.
    func recordCount(_ file: WorkspaceFile) -> Int {
        switch file {
        case .risks: risks.risks.count
        case .indicators: indicators.count
        case .actions: actionPlans.count
        default: 0
        }
    }

    /// True when record `i` of the part has the same id as record `i` of `other`.
    func sameRecordID(_ file: WorkspaceFile, _ i: Int, in other: Workspace) -> Bool {
        switch file {
        case .risks: risks.risks[i].id == other.risks.risks[i].id
        case .indicators: indicators[i].id == other.indicators[i].id
        case .actions: actionPlans[i].id == other.actionPlans[i].id
        default: true
        }
    }

    /// The positions of the part's records that differ from `other`'s when the change only edits
    /// records in place: as many records, the same id at each position, the same merge conflicts
    /// and the same contents besides the records. Nil when the change adds, removes, reorders or
    /// renames a record or touches anything else of the part.
    public func recordsEditedInPlace(_ file: WorkspaceFile, since other: Workspace) -> [Int]? {
        guard file.hasRecordFiles, recordCount(file) == other.recordCount(file),
              mergeConflicts == other.mergeConflicts, sameHeader(file, as: other) else { return nil }
        var out: [Int] = []
        for i in 0..<recordCount(file) where !sameRecord(file, i, in: other, i) {
            guard sameRecordID(file, i, in: other) else { return nil }
            out.append(i)
        }
        return out
    }

    /// This workspace with only the part's records at `positions` (for describing a change).
    func keepingRecords(_ file: WorkspaceFile, at positions: [Int]) -> Workspace {
        var copy = self
        switch file {
        case .risks: copy.risks.risks = positions.map { risks.risks[$0] }
        case .indicators: copy.indicators = positions.map { indicators[$0] }
        case .actions: copy.actionPlans = positions.map { actionPlans[$0] }
        default: break
        }
        return copy
    }
}
