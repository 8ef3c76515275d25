import PlanCore

/// What a confirmed question does.
public enum PendingOperation: Equatable, Sendable {
    case delete(RecordRef)
    case discardForm
    case restoreRecovery(FormState)
    case discardRecovery
    /// Files changed here and on disk: keep my values where both changed one.
    case keepMine(DiskChange)
    /// Files changed here and on disk: take the disk's version of the files in conflict.
    case takeTheirs(DiskChange)
}

/// A yes/no question.
public struct ConfirmState: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var operation: PendingOperation
    /// What "no" does (nothing, unless set).
    public var onNo: PendingOperation?
}

/// What choosing an item of a menu does.
public enum MenuChoice: Equatable, Sendable {
    case section(PlanSection)
    case add(AddTarget)
    case jump(PlanLocation)
    case run(String)
    /// Opens the command line with this text, for a command that needs more (a reason, a date).
    case prompt(String)
}

/// A menu of choices.
public struct MenuState: Equatable, Sendable {
    public var title: String
    public var items: [(label: String, choice: MenuChoice)]
    public var cursor: Int
    /// In the History view: the save each item belongs to, for `x` and `:revert`.
    public var saves: [String]? = nil

    public static func == (a: MenuState, b: MenuState) -> Bool {
        a.title == b.title && a.cursor == b.cursor && a.items.map(\.label) == b.items.map(\.label)
            && a.items.map(\.choice) == b.items.map(\.choice) && a.saves == b.saves
    }
}

/// A list to pick from for a form field: one value, or several ticked.
public struct PickerState: Equatable, Sendable {
    public var title: String
    public var options: [Option]
    public var multiple: Bool
    /// Values ticked (or the one chosen).
    public var chosen: [String]
    public var cursor: Int
    public var filter: TextBuffer

    /// Options matching the filter.
    public var visibleOptions: [Option] {
        let f = filter.text.lowercased()
        guard !f.isEmpty else { return options }
        return options.filter { $0.label.lowercased().contains(f) || $0.value.lowercased().contains(f) }
    }
}

/// What covers the sections for a while.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    case form(FormState)
    case confirm(ConfirmState)
    case menu(MenuState)
    /// A picker opened from a form field; the form is kept underneath.
    case picker(PickerState, form: FormState)
}

/// The line at the bottom where a search or command is typed.
public struct InputLine: Equatable, Sendable {
    public enum Kind: Sendable, Equatable { case search, command }
    public var kind: Kind
    public var buffer: TextBuffer
}

/// A message in the status line until the next key.
public struct Message: Equatable, Sendable {
    public enum Level: Sendable, Equatable { case info, warning, error }
    public var text: String
    public var level: Level

    public init(_ text: String, _ level: Level = .info) {
        self.text = text
        self.level = level
    }
}
