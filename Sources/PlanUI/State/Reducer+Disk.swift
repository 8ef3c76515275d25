import PlanCore

extension Reducer {
    /// Another hand changed files: take their changes in (merged with mine where both changed a
    /// file), or, where both changed the same value, show both and let the user pick. The undo
    /// history is cleared, as stepping back would undo their change too.
    static func changedOnDisk(_ c: DiskChange, _ s: inout AppState) -> [Effect] {
        let names = c.files.map(\.fileName).joined(separator: ", ")
        guard !c.conflicts.isEmpty else {
            return takeIn(c.merged, write: c.toWrite, c, &s,
                          note: c.toWrite.isEmpty ? "\(names) changed on disk by someone else: reloaded"
                              : "\(names) changed on disk by someone else: merged with your changes and saved")
        }
        var lines = ["\(names) changed on disk while you changed it too.", "Changed on both sides:"]
        for k in c.conflicts.prefix(4) {
            lines += ["  \(k.place)", "    yours:   \(k.mine)", "    on disk: \(k.theirs)"]
        }
        if c.conflicts.count > 4 { lines.append("  and \(c.conflicts.count - 4) more") }
        lines.append("y keeps yours (and their other changes); n takes the version on disk")
        if case .form(let f)? = s.overlay { s.pendingForm = f }
        s.overlay = .confirm(ConfirmState(title: "Changed here and on disk", lines: lines,
                                          operation: .keepMine(c), onNo: .takeTheirs(c)))
        return []
    }

    static func keepMine(_ c: DiskChange, _ s: inout AppState) -> [Effect] {
        takeIn(c.merged, write: c.toWrite.union(c.conflictFiles), c, &s, note: "Kept your version and their other changes; saved")
    }

    static func takeTheirs(_ c: DiskChange, _ s: inout AppState) -> [Effect] {
        takeIn(c.theirs, write: c.toWrite.subtracting(c.conflictFiles), c, &s, note: "Took the version on disk")
    }

    static func takeIn(_ ws: Workspace, write: Set<WorkspaceFile>, _ c: DiskChange, _ s: inout AppState, note: String) -> [Effect] {
        s.workspace = ws
        s.unsaved.subtract(c.files)
        s.unsaved.formUnion(write)
        s.undo = UndoHistory(limit: s.undo.limit)
        clampSelection(&s)
        if s.overlay == nil, let f = s.pendingForm {
            s.overlay = .form(f)
            s.pendingForm = nil
        }
        if case .form(var f)? = s.overlay, let ref = f.ref, let fresh = f.kind.schema.read(s.editable, ref) {
            f.rebase(onto: fresh)
            s.overlay = .form(f)
        }
        s.message = Message(note, .warning)
        return s.unsaved.isEmpty ? [] : [.save(s.unsaved)]
    }
}
