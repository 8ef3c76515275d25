import PlanCore

/// What a confirmed question does.
public enum PendingOperation: Equatable, Sendable {
    /// Delete the record and clear the references to it.
    case delete(RecordRef)
    /// Close the open form without saving it.
    case discardForm
    /// Open this form kept from a session that ended, to check and save.
    case restoreRecovery(FormState)
    /// Throw away the form kept from a session that ended.
    case discardRecovery
    /// Files changed here and on disk: keep my values where both changed one.
    case keepMine(DiskChange)
    /// Files changed here and on disk: take the disk's version of the files in conflict.
    case takeTheirs(DiskChange)
    /// Open a file just written, with the viewer named.
    case openFile(String)
}

/// A yes/no question.
public struct ConfirmState: Equatable, Sendable {
    /// The question, as the box title.
    public var title: String
    /// What the question rests on, line by line.
    public var lines: [String]
    /// What "yes" does.
    public var operation: PendingOperation
    /// What "no" does (nothing, unless set).
    public var onNo: PendingOperation?
}

/// What choosing an item of a menu does.
public enum MenuChoice: Equatable, Sendable {
    /// Go to this section.
    case section(PlanSection)
    /// Open the form that adds this kind of record.
    case add(AddTarget)
    /// Go to this record.
    case jump(PlanLocation)
    /// Run this command line as if typed after `:`.
    case run(String)
    /// Opens the command line with this text, for a command that needs more (a reason, a date).
    case prompt(String)
}

/// A menu of choices.
public struct MenuState: Equatable, Sendable {
    /// The menu's title.
    public var title: String
    /// The items in order, each with what choosing it does.
    public var items: [(label: String, choice: MenuChoice)]
    /// The highlighted item.
    public var cursor: Int
    /// In the History view: the save each item belongs to, for `x` and `:revert`.
    public var saves: [String]? = nil

    /// Equal when title, cursor, items and saves are (the tuples compared field by field).
    public static func == (a: MenuState, b: MenuState) -> Bool {
        a.title == b.title && a.cursor == b.cursor && a.items.map(\.label) == b.items.map(\.label)
            && a.items.map(\.choice) == b.items.map(\.choice) && a.saves == b.saves
    }
}

/// A list to pick from for a form field: one value, or several ticked.
public struct PickerState: Equatable, Sendable {
    /// The picker's title: the field being filled.
    public var title: String
    /// Every option, in the field's order.
    public var options: [Option]
    /// True when several may be ticked.
    public var multiple: Bool
    /// Values ticked (or the one chosen).
    public var chosen: [String]
    /// The highlighted option, among those the filter shows.
    public var cursor: Int
    /// The text typed to narrow the options.
    public var filter: TextBuffer

    /// Options matching the filter, best first: a whole name, its start, a word's start, then its
    /// letters in order (so "ysp" finds "Youth Support Panel").
    public var visibleOptions: [Option] {
        guard !filter.text.trimmingSpaces().isEmpty else { return options }
        let ranked = NameMatch.ranked(filter.text, options.map { NameMatch.Candidate(id: $0.value, names: [$0.label]) })
        return ranked.compactMap { c in options.first { $0.value == c.id } }
    }

    /// The options that fit the filter best (all of them when nothing is typed).
    public var bestOptions: [Option] {
        guard !filter.text.trimmingSpaces().isEmpty else { return options }
        let best = NameMatch.best(filter.text, options.map { NameMatch.Candidate(id: $0.value, names: [$0.label]) })
        return best.compactMap { c in options.first { $0.value == c.id } }
    }

    /// Tab: the filter grows to what the best-fitting options' labels start with.
    public mutating func complete() {
        let labels = bestOptions.map(\.label)
        // Growing the filter must not lose an option that fits as well by another word.
        guard labels.allSatisfy({ $0.lowercased().hasPrefix(filter.text.lowercased()) }) else { return }
        let prefix = NameMatch.commonPrefix(labels)
        if prefix.count > filter.text.count { filter = TextBuffer(prefix) }
    }
}

/// What covers the sections for a while.
public enum Overlay: Equatable, Sendable {
    /// The help, scrolled.
    case help(scroll: Int)
    /// The message log and the undo history, scrolled.
    case messages(scroll: Int)
    /// A form adding or editing a record.
    case form(FormState)
    /// A yes/no question.
    case confirm(ConfirmState)
    /// A menu of choices.
    case menu(MenuState)
    /// A picker opened from a form field; the form is kept underneath.
    case picker(PickerState, form: FormState)
}

/// The line at the bottom where a search or command is typed.
public struct InputLine: Equatable, Sendable {
    /// A search (`/`) or a command (`:`).
    public enum Kind: Sendable, Equatable { case search, command }
    /// Which of the two is being typed.
    public var kind: Kind
    /// What has been typed.
    public var buffer: TextBuffer
}

/// A message in the status line until the next key.
public struct Message: Equatable, Sendable {
    /// How the message is coloured: plain, a warning, or an error.
    public enum Level: Sendable, Equatable { case info, warning, error }
    /// The words shown.
    public var text: String
    /// Its level.
    public var level: Level

    /// A message at `level` (plain by default).
    public init(_ text: String, _ level: Level = .info) {
        self.text = text
        self.level = level
    }
}
