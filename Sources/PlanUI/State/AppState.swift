import PlanCore

/// Everything the app shows and remembers, as one value. Keys and events change it through
/// `reduce`; `render` draws it. Nothing here touches the terminal or the disk.
public struct AppState: Sendable {
    /// The workspace as it stands, with this session's changes.
    public var workspace: Workspace
    /// The workspace folder, for the title and messages.
    public var folder: String
    /// Why nothing may be changed; empty when editing is allowed.
    public var readOnlyReasons: [String]
    /// The date overdue and current-quarter figures are reckoned from.
    public var today: Day

    /// The window's size in cells.
    public var size: Size
    /// Unicode or ASCII drawing.
    public var charset: Charset
    /// The theme in use, by name.
    public var themeName: String
    /// Which key does what.
    public var keyMap: KeyMap

    /// The section showing.
    public var section: PlanSection = .dashboard
    /// Each section's selection, scroll, search, sort and view.
    public var lists: [PlanSection: ListState] = [:]
    /// The pane keys go to.
    public var focus: Pane = .list
    /// The detail pane fills the content area.
    public var zoomed = false
    /// Selected line of the detail pane (among all lines), and its scroll.
    public var detailCursor = 0
    /// The first detail line shown.
    public var detailScroll = 0
    /// Tree rows the user expanded or collapsed against their default, by row id.
    public var toggled: Set<String> = []
    /// Every tree row expanded, while a search looks through them.
    var forceExpand = false

    /// The date of the last meeting for the chair's brief and the movement view (nil: three
    /// months before today).
    public var briefSince: Day?
    /// The paper cover fields of the paper dialog, as last read from or written to papers.json.
    public var paperCover = PaperCoverFields()
    /// The draft proposal whose structure the Governance section is editing (nil: the current one).
    public var proposalEditing: String?
    /// The quarter of the update round in progress: after each update is saved, the next action
    /// needing one opens.
    public var updateRound: Quarter?
    /// Which score the heat map shows.
    public var heatKind: ScoreKind = .residual

    /// A form, menu, question or picker over the screen, if one is open.
    public var overlay: Overlay?
    /// A form waiting under a "discard changes?" question, restored when the answer is no.
    public var pendingForm: FormState?
    /// A search or command being typed at the bottom.
    public var input: InputLine?
    /// The status line's message until the next key.
    public var message: Message?
    /// This session's changes, for undo and redo.
    public var undo = UndoHistory()
    /// Every message shown this session (`:messages`).
    public var messageLog = MessageLog()
    /// The local time of day of the latest key ("08:15:02"), set by the shell; it stamps the log.
    public var clock = ""
    /// True from asking where an export goes until it is written: then opening it is offered.
    /// (A command that names its file is not interrupted by the question.)
    public var offerToOpen = false
    /// What is typed to search the help; nil when not searching.
    public var helpSearch: String?
    /// Commands typed at the `:` line, newest last.
    public var commandHistory: [String] = []
    /// Files changed in memory whose save has not (yet) succeeded.
    public var unsaved: Set<WorkspaceFile> = []
    /// The workspace's change log as last read (for the History view and the chair's brief).
    public var changeLog: [ChangeEntry] = []
    /// What the last change was called ("roll the plan into 2010-11", "undo delete risk R03"): the
    /// change log's "how" for the save that follows it.
    public var lastChange: String?
    /// A History view waiting for the change log to be read.
    public var pendingHistory: ChangeQuery?
    /// Set when the app should end after the current effects.
    public var quitting = false
    /// True when the terminal shows no colour (NO_COLOR, or none to show): views then rely on
    /// attributes alone, e.g. a selected row stays reverse video across its whole width.
    public var monochrome = false
    /// True until the first frame is on the screen: the dashboard then shows its checklist and
    /// checks as "being worked out" instead of running them, and the shell clears it and draws again at
    /// once, so the first frame comes before the slowest figures (no timer: the second frame
    /// follows the first, then the loop sleeps).
    public var checksPending = false
    /// Rows, listings and details worked out from this state, kept between frames and keys.
    public let derived = DerivedCache()

    /// The state at start: the dashboard of `workspace`, at `size`, nothing selected.
    public init(workspace: Workspace, folder: String, readOnlyReasons: [String] = [], today: Day,
                size: Size = Size(width: 80, height: 24), charset: Charset = .unicode, themeName: String = "default",
                keyMap: KeyMap = .standard) {
        self.workspace = workspace
        self.folder = folder
        self.readOnlyReasons = readOnlyReasons
        self.today = today
        self.size = size
        self.charset = charset
        self.themeName = themeName
        self.keyMap = keyMap
    }

    /// True when nothing may be changed.
    public var isReadOnly: Bool { !readOnlyReasons.isEmpty }

    /// The list state of the current section.
    public var list: ListState {
        get { lists[section] ?? ListState() }
        set { lists[section] = newValue }
    }

    /// Whether a tree row is expanded: its default, flipped if the user toggled it.
    public func isExpanded(_ rowID: String, byDefault: Bool = true) -> Bool {
        forceExpand || (toggled.contains(rowID) ? !byDefault : byDefault)
    }

    /// The workspace as edits see it: while a proposal is being edited, its bodies stand in for
    /// the current structure.
    public var editable: Workspace {
        guard let k = editingProposalIndex else { return workspace }
        var w = workspace
        w.governance.bodies = workspace.governance.proposals[k].bodies
        return w
    }

    /// An edited `editable` workspace folded back: the proposal takes the edited bodies and
    /// everything else stays as it was (removing a body from a proposal must not strip the
    /// current structure's references to it from risks or priorities).
    public func folding(_ edited: Workspace) -> Workspace {
        guard let k = editingProposalIndex else { return edited }
        var w = workspace
        w.governance.proposals[k].bodies = edited.governance.bodies
        return w
    }

    /// The index of the proposal being edited, when it is still a draft and Governance is showing.
    public var editingProposalIndex: Int? {
        guard section == .governance, let id = proposalEditing else { return nil }
        return workspace.governance.proposals.firstIndex { $0.id == id && $0.status == .draft }
    }

    /// The comparison date in use for the brief and the movement view: the one chosen with
    /// `:since`, else the last held meeting of the partnership board, else three months back.
    public var since: Day { briefSince ?? workspace.briefSince(today: today) }

    /// The smallest window the app draws in.
    public static let minimumSize = Size(width: 60, height: 16)
}
