import PlanCore

/// Work the reducer asks the shell to do; its results come back as actions.
public enum Effect: Equatable, Sendable {
    /// Write these files of the current workspace atomically.
    case save(Set<WorkspaceFile>)
    /// Hand the terminal to `$VISUAL`/`$EDITOR` to edit a form field's text.
    case editExternally(text: String, field: Int)
    /// Write an export of the current workspace.
    case export(ExportSubject, ExportFormat, path: String, summary: Bool = false)
    /// Read the workspace's papers config and open the paper dialog with it.
    case loadPaperCover
    /// Remember the paper cover fields in the workspace's papers config, then reopen the dialog.
    case savePaperCover(PaperCoverFields)
    /// Write a copy of the whole workspace into a new folder.
    case writeCopy(folder: String)
    /// Load and apply a theme.
    case loadTheme(String)
    /// Stop the process until the shell resumes it.
    case suspend
    /// Repaint every cell (the screen may have been disturbed).
    case redraw
    /// Remove the recovery file: its form was restored or discarded.
    case clearRecovery
    /// Open a written file with the user's viewer ($BROWSER, else xdg-open).
    case openFile(String)
    /// Leave.
    case quit
    /// Read the workspace's change log; it comes back as `changeLogRead`.
    case readChangeLog
}

/// What happens to the app: keys, window changes, and the results of effects.
public enum AppAction: Equatable, Sendable {
    /// A key was pressed (or the mouse used).
    case key(Key)
    /// The window changed to this size.
    case resize(Size)
    /// A save finished; an error message when it failed.
    case saved(files: Set<WorkspaceFile>, error: String?)
    /// The external editor finished; nil text when it failed or was abandoned.
    case edited(field: Int, text: String?, error: String?)
    /// A theme was applied (or could not be, with the reason).
    case themeApplied(name: String, error: String?)
    /// An effect has something to tell the user.
    case notify(Message)
    /// The papers config was read or written (or could not be, with the reason).
    case paperCoverLoaded(PaperCoverFields, error: String?)
    /// An export was written to `path` (absolute); `opener` is the program that can show it, if any.
    case exported(path: String, message: Message, opener: String?)
    /// A form saved at a hang-up was found: offer it back.
    case offerRecovery(FormState, savedAt: String)
    /// The workspace's change log was read.
    case changeLogRead([ChangeEntry])
    /// Another hand changed workspace files while they were open.
    case changedOnDisk(DiskChange)
}
