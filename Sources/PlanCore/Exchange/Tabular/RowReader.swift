/// One row being imported: its cells by field, typed, and the reasons it is refused (each naming
/// the column and what was expected).
public struct RowReader {
    /// The row being read: its number as a person finds it and its cells.
    public let row: TabularRow
    /// What every row of the table shares, held once (a reader is made for every row).
    let table: RowTable
    /// Which column holds which field, and the header row as written, for naming columns in reasons.
    public var match: ColumnMatch { table.match }
    /// The import's options: today's date, the `--map` of headers to fields, whether a priority,
    /// body or partner a row names that the workspace lacks is made.
    public var options: TableImportOptions { table.options }
    /// The file as named, for review notes.
    public var file: String { table.file }
    /// Why the row is refused, each naming its column and what was expected (`column C "Owner": …`);
    /// the row is applied only when there are none.
    public internal(set) var reasons: [String] = []
    /// Notes on a row that is not refused, e.g. a cadence kept as written; shown in the import's summary.
    public internal(set) var notes: [String] = []
    /// The ids the sheet's "id" column gives, so an id made for a new row is not one of them.
    public var reservedIDs: Set<String> { table.reservedIDs }
    /// The row's place among the rows an import applies (from 0), for finding what was read of it
    /// ahead; nil when the reader was made otherwise.
    public internal(set) var position: Int?

    /// A reader of `row` in `table`.
    init(row: TabularRow, table: RowTable, position: Int? = nil) {
        self.row = row
        self.table = table
        self.position = position
    }

    /// The cell of `field`, nil when the sheet has no such column.
    public func cell(_ field: String) -> RawCell? { table.match.column(field).map { row[$0] } }

    /// True when the sheet has a column for `field`.
    public func has(_ field: String) -> Bool { table.match.column(field) != nil }

    /// Refuses the row: adds a reason naming `field`'s column (letter and header) and `what` was expected.
    public mutating func refuse(_ field: String, _ what: String) { reasons.append("\(table.match.place(field)): \(what)") }
    /// Adds a note for the import's summary; unlike `refuse` it does not stop the row being applied.
    public mutating func note(_ what: String) { notes.append(what) }

    /// The trimmed text of `field`, nil without a column.
    public func text(_ field: String) -> String? {
        // Not `cell(field).map(\.trimmedText)`: that key path was called, not inlined, for every cell,
        // a tenth of an import's time.
        guard let c = table.match.column(field) else { return nil }
        return row[c].trimmedText
    }

    /// Sets `path` from `field`'s text when the sheet has the column.
    public func setText<R>(_ field: String, _ record: inout R, _ path: WritableKeyPath<R, String>) {
        if let t = text(field) { record[keyPath: path] = t }
    }

    /// A date (`.some(nil)` for an empty cell), nil without a column or when refused.
    public mutating func date(_ field: String) -> Day?? {
        guard let c = cell(field) else { return .none }
        switch CellValues.date(c) {
        case .success(let d): return .some(d)
        case .failure(let m): refuse(field, m.message); return .none
        }
    }

    /// A number (`.some(nil)` for an empty cell): "1,200", "£1,200.50", "(1,000)" for negative,
    /// "40%" as 40; nil without a column or when refused.
    public mutating func number(_ field: String) -> Double?? {
        guard let c = cell(field) else { return .none }
        switch CellValues.number(c) {
        case .success(let n): return .some(n)
        case .failure(let m): refuse(field, m.message); return .none
        }
    }

    /// An amount of money (`.some(nil)` for an empty cell), nil without a column or when refused.
    public mutating func money(_ field: String) -> Money?? {
        guard let c = cell(field) else { return .none }
        switch CellValues.money(c) {
        case .success(let m): return .some(m)
        case .failure(let m): refuse(field, m.message); return .none
        }
    }

    /// One of `choices` (words as people write them → value); nil without a column, empty, or refused.
    public mutating func choice<T>(_ field: String, _ choices: [(words: [String], value: T)], expected: String) -> T? {
        guard let t = text(field), !t.isEmpty else { return nil }
        if let hit = Self.pick(t, choices) { return hit }
        refuse(field, "expected \(expected), found \"\(t)\"")
        return nil
    }

    /// The value of the first of `choices` whose words include `text`, ignoring case, spaces and punctuation.
    static func pick<T>(_ text: String, _ choices: [(words: [String], value: T)]) -> T? {
        let key = FieldDescription.normalise(text)
        // A word written as compared (most are) matches without being normalised again.
        return choices.first(where: { $0.words.contains { $0 == key || FieldDescription.normalise($0) == key } })?.value
    }

    /// Yes or no; nil without a column or empty.
    public mutating func flag(_ field: String) -> Bool? {
        if case .bool(let b)? = cell(field) { return b }
        return choice(field, [(["yes", "y", "true", "1", "x", "✓"], true), (["no", "n", "false", "0", "-"], false)], expected: "yes or no")
    }

    /// Lines of the cell, nil without a column.
    public func lines(_ field: String) -> [String]? { cell(field).map(CellValues.lines) }

    /// Items separated by semicolons, nil without a column.
    public func items(_ field: String) -> [String]? { cell(field).map(CellValues.items) }

    /// Sets `path` from `field`'s words (monthly, quarterly, six times a year…) when the sheet has
    /// the column and they differ from what is held; words SaferPlan cannot count from are kept as
    /// written (the rule stays "as required") with a note, so nothing the sheet says is lost.
    public mutating func setCadence<R>(_ field: String, _ record: inout R, _ path: WritableKeyPath<R, Cadence>) {
        guard let t = text(field), t != record[keyPath: path].display else { return }
        if t.isEmpty {
            record[keyPath: path] = Cadence()
        } else if var c = Cadence(parsing: t) {
            c.anchor = record[keyPath: path].anchor
            if c.ruleDescription != t { c.text = t }
            record[keyPath: path] = c
        } else {
            record[keyPath: path] = Cadence(text: t)
            note("\(table.match.place(field)): \"\(t)\" is kept as written; SaferPlan cannot count meetings from it")
        }
    }
}

/// What every row of a table being imported shares: its header's match, the import's options, the
/// file, and the references and ids the sheet gives (found when first asked for: a sheet whose
/// every row gives both never needs them).
final class RowTable {
    let match: ColumnMatch
    let options: TableImportOptions
    let file: String
    private let rows: [TabularRow]

    /// The table of `rows`, matched by `match`.
    init(match: ColumnMatch, options: TableImportOptions, file: String, rows: [TabularRow] = []) {
        self.match = match
        self.options = options
        self.file = file
        self.rows = rows
    }

    /// The references the sheet's "ref" column gives.
    private(set) lazy var reservedReferences: Set<String> = given("ref")
    /// The ids the sheet's "id" column gives.
    private(set) lazy var reservedIDs: Set<String> = given("id")

    /// The values `field`'s column gives, trimmed, empty ones left out.
    private func given(_ field: String) -> Set<String> {
        guard let c = match.columns[field] else { return [] }
        return Set(rows.map { $0[c].trimmedText }.filter { !$0.isEmpty })
    }
}
