import PlanCore

/// A workspace as it was before a change, with what the change was called.
public struct Snapshot: Equatable, Sendable {
    /// The workspace before the change.
    public var workspace: Workspace
    /// What the change was, e.g. "edit risk R07 (owner)".
    public var label: String
}

/// Undo and redo across the session: every confirmed change pushes the workspace it replaced.
public struct UndoHistory: Equatable, Sendable {
    /// The changes undo steps back through, oldest first.
    public private(set) var past: [Snapshot] = []
    /// The changes redo steps forward through, next last.
    public private(set) var future: [Snapshot] = []
    /// The most changes kept.
    public let limit: Int

    /// An empty history keeping at most `limit` changes.
    public init(limit: Int = 200) { self.limit = limit }

    /// Records the workspace before a change.
    public mutating func record(_ before: Workspace, label: String) {
        past.append(Snapshot(workspace: before, label: label))
        if past.count > limit { past.removeFirst(past.count - limit) }
        future.removeAll()
    }

    /// Steps back: returns the workspace to restore, keeping `current` for redo.
    public mutating func undo(current: Workspace) -> Snapshot? {
        guard let last = past.popLast() else { return nil }
        future.append(Snapshot(workspace: current, label: last.label))
        return last
    }

    /// Steps forward again.
    public mutating func redo(current: Workspace) -> Snapshot? {
        guard let next = future.popLast() else { return nil }
        past.append(Snapshot(workspace: current, label: next.label))
        return next
    }
}
