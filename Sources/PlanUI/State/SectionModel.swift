import PlanCore

/// A run of text with a role, for rows and detail lines.
public struct Span: Equatable, Sendable {
    /// The text (capped, see `init`).
    public var text: String
    /// How it is drawn: the theme's style for the role.
    public var role: Role
    /// Drawn in italics where the terminal has them (projected figures).
    public var italic: Bool

    /// A span of text; text longer than `LongText.spanLimit` characters is cut with a note, so a
    /// page never lays out more than a few screens of one field.
    public init(_ text: String, _ role: Role = .normal, italic: Bool = false) {
        self.text = LongText.capped(text)
        self.role = role
        self.italic = italic
    }
}

/// A column of a section's table.
public struct Column: Equatable, Sendable {
    /// The title over the column; empty for none.
    public var title: String
    /// Fixed width in cells, or 0 to share what is left.
    public var width: Int
    /// True for figures, drawn against the right edge.
    public var alignRight: Bool
    /// Hidden when the window is narrower than this.
    public var minWindow: Int

    /// A column: fixed `width` or a share of what is left, right-aligned when `right`, hidden below `minWindow` columns.
    public init(_ title: String, width: Int = 0, right: Bool = false, minWindow: Int = 0) {
        self.title = title
        self.width = width
        alignRight = right
        self.minWindow = minWindow
    }
}

/// A row of a section's list, table or tree.
public struct Row: Equatable, Sendable {
    /// Unique within the section (a body under two parents has two rows).
    public var id: String
    /// The record the row shows, when it shows one.
    public var ref: RecordRef?
    /// The row's text, one span per column.
    public var cells: [Span]
    /// Indentation level in a tree.
    public var depth: Int
    /// Tree rows with children: collapsed or expanded.
    public var expandable: Bool
    /// True while its children show.
    public var expanded: Bool
    /// Group headers and totals are not selectable.
    public var selectable: Bool
    /// Words the search matches, beyond the cells' text; `is:` tags such as `is:overdue`.
    public var tags: [String]
    /// Where Enter goes for rows that stand for somewhere else (dashboard figures, checklist items).
    public var jump: PlanLocation?
    /// What `a` offers to add when this row is selected.
    public var adds: [AddTarget]
    /// The fields a form on `ref` shows (all when nil), for rows that stand for one part of a record.
    public var fields: [Int]?
    /// Drawn across the whole width instead of the cells (a line of a chart), each span in its role.
    public var line: [Span]?
    /// In a demo workspace, true when no source paper states what the row shows (drawn with a dim `ex`).
    public var example = false

    /// A row of a section's table; see the properties for each argument.
    public init(id: String, ref: RecordRef? = nil, cells: [Span], depth: Int = 0, expandable: Bool = false,
                expanded: Bool = false, selectable: Bool = true, tags: [String] = [], jump: PlanLocation? = nil,
                adds: [AddTarget] = [], fields: [Int]? = nil) {
        self.fields = fields
        self.id = id
        self.ref = ref
        self.cells = cells
        self.depth = depth
        self.expandable = expandable
        self.expanded = expanded
        self.selectable = selectable
        self.tags = tags
        self.jump = jump
        self.adds = adds
    }

    /// The text the search looks in.
    var searchText: String { (cells.map(\.text) + tags).joined(separator: " ").lowercased() }
}

/// A line of a detail pane. Lines with a record, an add target or a jump can be selected.
public struct DetailLine: Equatable, Sendable {
    /// The line's text in runs of one role.
    public var spans: [Span]
    /// The record the line stands for: Enter or `e` edits it.
    public var ref: RecordRef?
    /// What `a` or Enter adds from this line.
    public var add: AddTarget?
    /// Where Enter goes from this line.
    public var jump: PlanLocation?
    /// Cells of hanging indent for wrapped continuation lines.
    public var indent: Int

    /// A line of spans, with what selecting it does.
    public init(_ spans: [Span], ref: RecordRef? = nil, add: AddTarget? = nil, jump: PlanLocation? = nil, indent: Int = 0) {
        self.spans = spans
        self.ref = ref
        self.add = add
        self.jump = jump
        self.indent = indent
    }

    /// A line of one span of text in `role`.
    public init(_ text: String, _ role: Role = .normal, ref: RecordRef? = nil, add: AddTarget? = nil,
                jump: PlanLocation? = nil, indent: Int = 0) {
        self.init([Span(text, role)], ref: ref, add: add, jump: jump, indent: indent)
    }

    /// True when selecting the line does something.
    public var selectable: Bool { ref != nil || add != nil || jump != nil }

    /// An empty line.
    public static let blank = DetailLine([])
}

/// What a section shows: its table and the detail of the selected row.
public struct SectionModel: Sendable {
    /// True when some column has a title, so the table has a line of column titles.
    public var hasColumnTitles: Bool { columns.contains { !$0.title.isEmpty } }
    /// Header lines as the layout counts them (it adds one for the column titles): one fewer when
    /// there is no title line.
    public var headerLines: Int { header.count - (hasColumnTitles ? 0 : 1) }
    /// The table's columns.
    public var columns: [Column]
    /// Every row, trees expanded as the state says.
    public var rows: [Row]
    /// What the empty list says.
    public var empty: String
    /// What `a` offers when no row is selected (or the row offers nothing).
    public var adds: [AddTarget]
    /// Lines above the table (totals, a summary).
    public var header: [DetailLine]
    /// The list fills the content area; the detail shows only when opened with Enter.
    public var listOnly = false

    /// A section's table with what its empty list says, what `a` adds and the lines above it.
    public init(columns: [Column], rows: [Row], empty: String = "Nothing here yet.", adds: [AddTarget] = [],
                header: [DetailLine] = []) {
        self.columns = columns
        self.rows = rows
        self.empty = empty
        self.adds = adds
        self.header = header
    }
}

/// Where the selection and scroll of a section's list stand, and its search.
public struct ListState: Equatable, Sendable {
    /// The id of the selected row.
    public var selectedID: String?
    /// Where the selection was, used when its row disappears.
    public var index = 0
    /// The first row shown.
    public var scroll = 0
    /// The search typed with `/`; empty for none.
    public var filter = ""
    /// Column to sort by (nil: the section's own order), and direction.
    public var sortColumn: Int?
    /// True to sort the column from the largest down.
    public var sortDescending = false
    /// Which of the section's views is showing.
    public var view = 0

    /// Nothing selected, at the top, unsearched, in the section's own order, its first view.
    public init() {}
}

/// Which pane has the keyboard.
public enum Pane: Sendable, Equatable { case list, detail }
