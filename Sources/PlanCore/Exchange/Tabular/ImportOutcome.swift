/// A field an import changed on a record: its label, and the value before and after, as shown.
public struct FieldChange: Sendable, Equatable, CustomStringConvertible {
    /// The field's label, e.g. "Owner": SaferPlan's label, not necessarily the sheet's own header.
    public var field: String
    /// The value before the import, as an exported sheet shows it; empty when there was none.
    public var before: String
    /// The value after the row is applied, as an exported sheet shows it; empty when the row clears it.
    public var after: String

    /// A change of `field` from `before` to `after`.
    public init(field: String, before: String, after: String) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// `Owner: Jo Bloggs → Sam Smith`, on one line: an empty value is shown as "(empty)", a value's
    /// line breaks as ⏎.
    public var description: String { "\(field): \(FieldChange.shown(before)) → \(FieldChange.shown(after))" }

    static func shown(_ value: String) -> String {
        guard !value.isEmpty else { return "(empty)" }
        return CellValues.lines(.text(value)).joined(separator: " ⏎ ")
    }
}

/// What an import did, or would do, with one row.
public enum RowOutcome: Sendable, Equatable {
    /// A new record, by the name people call it (e.g. a risk's reference), with notes such as a
    /// partner created for it.
    case added(id: String, notes: [String])
    /// An existing record changed, with each field's change and any notes.
    case updated(id: String, changes: [FieldChange], notes: [String] = [])
    /// An existing record the row leaves as it was, with notes on what was read but not stored.
    case unchanged(id: String, notes: [String] = [])
    /// Each reason names the column and what was expected.
    case refused(reasons: [String])
    /// Not a record at all, e.g. a totals row.
    case skipped(reason: String)
}

/// The result of importing a table: the workspace with the accepted rows applied, and each row's outcome.
public struct TableImportResult: Sendable {
    /// The workspace with every accepted row applied and refused rows left out; nothing is on disk
    /// until the caller saves it.
    public var workspace: Workspace
    /// Row number and what happened to it, in file order.
    public var outcomes: [(row: Int, outcome: RowOutcome)]
    /// Where the rows came from, for messages.
    public var input: TabularInput
    /// How the header was read: its row, which column holds which field, and the headers ignored.
    public var match: ColumnMatch

    /// How many rows made a new record.
    public var added: Int { outcomes.filter { if case .added = $0.outcome { return true }; return false }.count }
    /// How many rows changed a record that was there before the import.
    public var updated: Int { updatedRows.before }
    /// How many rows went on to fill in a record an earlier row of the same import added (a new
    /// action's next quarter's update): part of that addition, so not counted as updated.
    public var addedAlong: Int { updatedRows.along }

    /// Updated rows split by whether their record was there before, or added by an earlier row.
    private var updatedRows: (before: Int, along: Int) {
        var new: Set<String> = []
        var counts = (before: 0, along: 0)
        for (_, outcome) in outcomes {
            switch outcome {
            case .added(let id, _): new.insert(id)
            case .updated(let id, _, _): if new.contains(id) { counts.along += 1 } else { counts.before += 1 }
            case .unchanged, .refused, .skipped: break
            }
        }
        return counts
    }
    /// How many rows found an existing record and would change nothing in it.
    public var unchanged: Int { outcomes.filter { if case .unchanged = $0.outcome { return true }; return false }.count }
    /// How many rows were refused; each has its reasons in `outcomes`.
    public var refused: Int { outcomes.filter { if case .refused = $0.outcome { return true }; return false }.count }

    /// "2 added, 1 updated, 14 unchanged" (and refused, when any); rows that filled in a record added
    /// by an earlier row are told with the addition: "3 added (with 4 more rows), 0 updated …".
    public var summary: String { summary(furtherRow: "more row") }

    /// The summary for rows of `schema`'s kind: an action sheet's further rows are quarterly updates,
    /// "3 added (with 4 quarterly updates), 0 updated, 0 unchanged".
    public func summary(of schema: some TableSchema) -> String {
        summary(furtherRow: schema.furtherRow)
    }

    private func summary(furtherRow: String) -> String {
        let (updated, along) = updatedRows
        let with = along == 0 ? "" : " (with \(along) \(furtherRow)\(along == 1 ? "" : "s"))"
        var s = "\(added) added\(with), \(updated) updated, \(unchanged) unchanged"
        if refused > 0 { s += ", \(refused) refused" }
        return s
    }

    /// The dry run's lines of the rows that carry notes (a value taken otherwise than the sheet
    /// says it, a sheet's RAG that differs, an update added …), for the import itself to say too.
    public func notedReport() -> [String] {
        report(outcomes.filter {
            switch $0.outcome {
            case .added(_, let notes), .updated(_, _, let notes), .unchanged(_, let notes): return !notes.isEmpty
            case .refused, .skipped: return false
            }
        })
    }

    /// One line per row (and one per change), for `--dry-run` and for refusals.
    public func report(onlyRefused: Bool = false) -> [String] { report(outcomes, onlyRefused: onlyRefused) }

    private func report(_ outcomes: [(row: Int, outcome: RowOutcome)], onlyRefused: Bool = false) -> [String] {
        var lines: [String] = []
        // Records added by an earlier row: a later row of one is part of its addition.
        var new: Set<String> = []
        for (row, outcome) in outcomes {
            let place = input.place(row)
            switch outcome {
            case .added(let id, let notes):
                new.insert(id)
                if onlyRefused { continue }
                lines.append("\(place): added \(id)")
                lines += notes.map { "    " + $0 }
            case .updated(let id, let changes, let notes):
                if onlyRefused { continue }
                lines.append("\(place): updated \(id)" + (new.contains(id) ? " (added by an earlier row of this sheet)" : ""))
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
