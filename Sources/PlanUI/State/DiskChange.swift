import PlanCore

/// What another hand changed in the workspace folder while it was open, as the shell found it.
public struct DiskChange: Equatable, Sendable {
    /// The files another hand changed.
    public var files: [WorkspaceFile]
    /// The workspace with their changes in: a file only they changed is taken whole; a file both
    /// changed is merged value by value (holding mine where both changed the same value).
    public var merged: Workspace
    /// The same, but with the disk's version of every file that has a conflict.
    public var theirs: Workspace
    /// Files whose merged contents differ from the disk's, to be written.
    public var toWrite: Set<WorkspaceFile>
    /// Values both sides changed differently.
    public var conflicts: [DiskConflict]

    /// What another hand changed, as the shell found and merged it.
    public init(files: [WorkspaceFile], merged: Workspace, theirs: Workspace, toWrite: Set<WorkspaceFile>,
                conflicts: [DiskConflict]) {
        self.files = files
        self.merged = merged
        self.theirs = theirs
        self.toWrite = toWrite
        self.conflicts = conflicts
    }

    /// The files with a conflict.
    public var conflictFiles: Set<WorkspaceFile> { Set(conflicts.map(\.file)) }
}

/// A value changed both here and on disk.
public struct DiskConflict: Equatable, Sendable {
    /// The file the value is in.
    public var file: WorkspaceFile
    /// Where in the file, e.g. `risks › R01 › title`.
    public var place: String
    /// The value here, as text.
    public var mine: String
    /// The value on disk, as text.
    public var theirs: String

    /// A value of `file` at `place` that is `mine` here and `theirs` on disk.
    public init(file: WorkspaceFile, place: String, mine: String, theirs: String) {
        self.file = file
        self.place = place
        self.mine = mine
        self.theirs = theirs
    }
}
