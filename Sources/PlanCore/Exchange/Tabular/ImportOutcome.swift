/// A field an import changed on a record: its label, and the value before and after, as shown.
public struct FieldChange: Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var before: String
    public var after: String

    public init(field: String, before: String, after: String) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// `Owner: Jo Bloggs → Sam Smith`, on one line: a value's line breaks are shown as ⏎.
    public var description: String { "\(field): \(FieldChange.shown(before)) → \(FieldChange.shown(after))" }

    static func shown(_ value: String) -> String {
        guard !value.isEmpty else { return "(empty)" }
        return CellValues.lines(.text(value)).joined(separator: " ⏎ ")
    }
}

/// What an import did, or would do, with one row.
public enum RowOutcome: Sendable, Equatable {
    case added(id: String, notes: [String])
    case updated(id: String, changes: [FieldChange], notes: [String] = [])
    case unchanged(id: String, notes: [String] = [])
    /// Each reason names the column and what was expected.
    case refused(reasons: [String])
    /// Not a record at all, e.g. a totals row.
    case skipped(reason: String)
}

/// The result of importing a table: the workspace with the accepted rows applied, and each row's outcome.
public struct TableImportResult: Sendable {
    public var workspace: Workspace
    /// Row number and what happened to it, in file order.
    public var outcomes: [(row: Int, outcome: RowOutcome)]
    /// Where the rows came from, for messages.
    public var input: TabularInput
    public var match: ColumnMatch

    public var added: Int { outcomes.filter { if case .added = $0.outcome { return true }; return false }.count }
    public var updated: Int { outcomes.filter { if case .updated = $0.outcome { return true }; return false }.count }
    public var unchanged: Int { outcomes.filter { if case .unchanged = $0.outcome { return true }; return false }.count }
    public var refused: Int { outcomes.filter { if case .refused = $0.outcome { return true }; return false }.count }

    /// "2 added, 1 updated, 14 unchanged" (and refused, when any).
    public var summary: String {
        var s = "\(added) added, \(updated) updated, \(unchanged) unchanged"
        if refused > 0 { s += ", \(refused) refused" }
        return s
    }

    /// One line per row (and one per change), for `--dry-run` and for refusals.
    public func report(onlyRefused: Bool = false) -> [String] {
        var lines: [String] = []
        for (row, outcome) in outcomes {
            let place = input.place(row)
            switch outcome {
            case .added(let id, let notes):
                if onlyRefused { continue }
                lines.append("\(place): added \(id)")
                lines += notes.map { "    " + $0 }
            case .updated(let id, let changes, let notes):
                if onlyRefused { continue }
                lines.append("\(place): updated \(id)")
                lines += changes.map { "    \($0)" }
                lines += notes.map { "    " + $0 }
            case .unchanged(let id, let notes):
                if onlyRefused { continue }
                lines.append("\(place): unchanged \(id)")
                lines += notes.map { "    " + $0 }
            case .refused(let reasons):
                lines += reasons.map { "\(place): refused: \($0)" }
            case .skipped(let reason):
                if onlyRefused { continue }
                lines.append("\(place): skipped: \(reason)")
            }
        }
        return lines
    }
}
