import Spreadsheet

/// A kind of record a sheet can bring in: its fields, how a row finds or makes its record, how
/// the row's cells are applied, and each field's value for export and for "old → new".
public protocol TableSchema {
    associatedtype Record: Equatable
    /// "risk", "action": for messages.
    var noun: String { get }
    func fields(_ ws: Workspace) -> [FieldDescription]
    /// The fields a sheet's columns are matched against on import: `fields` and any a council's
    /// sheet may give that exports do not write, e.g. an action's "Q2 RAG" (default: `fields`).
    func importFields(_ ws: Workspace) -> [FieldDescription]
    /// Why the header cannot be imported (no column naming the record), or nil.
    func headerProblem(_ match: ColumnMatch) -> String?
    /// The fields whose value finds an existing record, in order (default: the id alone).
    var referenceFields: [String] { get }
    /// The existing record a row is about (default: by its reference fields).
    func locate(_ reader: RowReader, in ws: Workspace) -> Record?
    /// The existing record a row without any reference is about, found by its title (so a council's
    /// sheet without references can be imported again without duplicating every row); nil when none
    /// or several share it.
    func sameTitle(_ reader: RowReader, in ws: Workspace) -> Record?
    /// The record a row's reference names (by id, or by code where records have one).
    func find(_ reference: String, in ws: Workspace) -> Record?
    /// The id for a new record given no reference, after every one in use or given in the sheet.
    func newId(in ws: Workspace, reserved: Set<String>) -> String
    /// A new record holding only `id`. It is made twice for a new row (the record the row fills and
    /// the original it is compared with), so it must be the same each time.
    func blank(id: String, in ws: Workspace) -> Record
    /// Every record, in the order exports list them.
    func records(in ws: Workspace) -> [Record]
    func id(of record: Record) -> String
    /// What people call the record in messages (default: its id), e.g. a risk's reference R07.
    func label(of record: Record) -> String
    /// Applies the row's cells to `record`, refusing through `reader` what cannot be taken.
    func apply(_ reader: inout RowReader, to record: inout Record, original: Record, isNew: Bool, ws: inout Workspace)
    /// Puts a new or changed record into the workspace.
    func store(_ record: consuming Record, isNew: Bool, in ws: inout Workspace)
    /// A field's value as a sheet holds it.
    func value(_ field: String, of record: Record, in ws: Workspace, today: Day) -> RawCell
    /// What tells apart rows that may name the same record, e.g. an action's quarter: one row per
    /// quarterly update (default: nothing, so a record named twice is refused).
    func repeatKey(_ reader: RowReader) -> String
    /// Fields showing the latest entry of a list the row adds to, which the schema reports in a
    /// note rather than as "old → new" (default: none).
    var listedFields: Set<String> { get }
    /// Derived fields whose column is checked against the others, a row that disagrees being
    /// refused (default: none; the other derived columns are worked out again, not stored).
    var checkedFields: Set<String> { get }

    /// Called once with a table's columns before its rows are applied, so a schema can find the
    /// columns it reads in every row once (default: nothing).
    func prepare(_ match: ColumnMatch)
    /// Called once with the rows to be applied, after `prepare`, so a schema can begin reading what
    /// their cells say apart from the workspace (on a second thread, for many rows) while they are
    /// applied in order (default: nothing; each row is read as it is applied).
    func readAhead(_ rows: [TabularRow], match: ColumnMatch, options: TableImportOptions, file: String, in ws: Workspace)
    /// Called once, when the first new record is about to be stored, with the number of rows left
    /// (that one included), so a schema can make room in the workspace for that many more records
    /// at once rather than as each is added (default: nothing).
    func reserve(_ rows: Int, in ws: inout Workspace)
    /// What one row after a record's first holds, when a sheet gives a record in several rows one
    /// after another, for an import's summary: "quarterly update" (default: "more row").
    var furtherRow: String { get }
}

extension TableSchema {
    /// By default a row finds its record by the id column alone.
    public var referenceFields: [String] { ["id"] }
    /// By default the columns an import reads are the columns an export writes.
    public func importFields(_ ws: Workspace) -> [FieldDescription] { fields(ws) }
    /// By default a record is called by its id.
    public func label(of record: Record) -> String { id(of: record) }
    /// By default rows are not told apart, so a record named on two rows is refused on the second.
    public func repeatKey(_ reader: RowReader) -> String { "" }
    /// By default no field is a list's latest entry, so every changed field is reported as "old → new".
    public var listedFields: Set<String> { [] }
    /// By default no derived column is checked against the others.
    public var checkedFields: Set<String> { [] }

    /// The headers of `match`'s derived columns: those checked against the others, and those
    /// worked out again and not stored.
    public func derivedHeaders(_ match: ColumnMatch) -> (checked: [String], workedOut: [String]) {
        let checked = Set(checkedFields.compactMap { match.columns[$0] })
        let derived = match.columns.filter { match.derived.contains(match.headers[$0.value]) }.map(\.value).sorted()
        return (derived.filter { checked.contains($0) }.map { match.headers[$0] }, derived.filter { !checked.contains($0) }.map { match.headers[$0] })
    }

    /// Nothing to find before the rows.
    public func prepare(_ match: ColumnMatch) {}
    /// Nothing read ahead: each row is read as it is applied.
    public func readAhead(_ rows: [TabularRow], match: ColumnMatch, options: TableImportOptions, file: String, in ws: Workspace) {}
    /// No room made ahead: the records' list grows as they are added.
    public func reserve(_ rows: Int, in ws: inout Workspace) {}
    /// A record's further rows are just more rows.
    public var furtherRow: String { "more row" }

    /// The existing record a row is about: the first reference field the row fills, looked up; with
    /// no reference, the one record of the same title.
    public func locate(_ reader: RowReader, in ws: Workspace) -> Record? {
        let reference = referenceFields.lazy.compactMap { reader.text($0) }.first { !$0.isEmpty } ?? ""
        return reference.isEmpty ? sameTitle(reader, in: ws) : find(reference, in: ws)
    }

    /// By default a row without a reference finds no record, so it makes a new one.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Record? { nil }

    /// The only one of `records` whose title matches the row's `field`, ignoring case and spacing.
    func only(_ records: [Record], titled title: (Record) -> String, _ reader: RowReader, field: String = "title") -> Record? {
        guard let t = reader.text(field), !t.isEmpty else { return nil }
        let key = FieldDescription.normalise(t)
        let hits = records.filter { FieldDescription.normalise(title($0)) == key }
        return hits.count == 1 ? hits[0] : nil
    }
}

/// Runs an import of any kind of record: header, rows, outcomes.
public enum TableImport {
    /// Imports the first of `tables` (a workbook's sheets in order) whose header names the schema's columns.
    public static func run<S: TableSchema>(_ schema: S, _ tables: [TabularInput], into ws: Workspace,
                                           options: TableImportOptions) throws(TabularReadError) -> TableImportResult {
        var firstError: TabularReadError?
        for table in tables {
            do { return try run(schema, table, into: ws, options: options) } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw firstError ?? TabularReadError(file: "", "there is no table to import")
    }

    /// Imports one table.
    public static func run<S: TableSchema>(_ schema: S, _ input: TabularInput, into ws: Workspace,
                                           options: TableImportOptions) throws(TabularReadError) -> TableImportResult {
        let fields = schema.importFields(ws)
        let match = try ColumnMatcher.match(input, fields: fields, map: options.map)
        if let problem = schema.headerProblem(match) { throw TabularReadError(file: input.place(match.headerRow), problem) }
        schema.prepare(match)
        let dates = fields.filter { $0.kind == .date }.compactMap { f in match.columns[f.name].map { (field: f, column: $0) } }
        let scan = RowScan(input.rows, dateColumns: dates.map(\.column))
        let kept = input.rows.indices.filter { input.rows[$0].number > match.headerRow && !scan.isBlank($0) }
        let rows = kept.map { input.rows[$0] }
        // A column of month-first dates would be misread wherever the day is 12 or less: refuse it whole.
        for (k, date) in dates.enumerated() {
            guard let (i, example) = scan.firstMonthFirst(k, among: kept, of: input.rows) else { continue }
            let f = date.field
            throw TabularReadError(file: input.place(input.rows[i].number),
                                   "\(match.place(f.name)) holds month-first (US) dates such as \(example), which cannot be read day first; "
                                   + "SaferPlan reads dates day first, as in the UK. Save the sheet with a UK locale, or write the dates as 2009-11-30")
        }
        // References the sheet gives are kept for those rows; new rows take the next free one after them.
        var out = ws
        var reserved = false
        var outcomes: [(row: Int, outcome: RowOutcome)] = []
        outcomes.reserveCapacity(rows.count)
        var seen: [String: Int] = [:]
        seen.reserveCapacity(rows.count)
        let textColumns = fields.filter { $0.kind == .text }.compactMap { match.columns[$0.name] }
        let headed = (match.headers.lastIndex { !$0.isEmpty } ?? -1) + 1
        schema.readAhead(rows, match: match, options: options, file: input.file, in: ws)
        let table = RowTable(match: match, options: options, file: input.file, rows: rows)
        for (position, row) in rows.enumerated() {
            if row.cells.count > headed, let beyond = beyondHeader(row, headed: headed, match: match) {
                outcomes.append((row.number, .refused(reasons: [beyond])))
                continue
            }
            var reader = RowReader(row: row, table: table, position: position)
            if isTotalsRow(row, match: match, textColumns: textColumns) {
                outcomes.append((row.number, .skipped(reason: "a totals row; SaferPlan works totals out")))
                continue
            }
            let given = reader.text("id") ?? ""
            let existing = schema.locate(reader, in: out)
            let isNew = existing == nil
            let id = existing.map(schema.id) ?? (given.isEmpty ? schema.newId(in: out, reserved: table.reservedIDs) : given)
            let seenKey = id + "\u{0}" + schema.repeatKey(reader)
            if let first = seen[seenKey] {
                outcomes.append((row.number, .refused(reasons: ["\(match.place("id")): the reference \(id) is also on row \(first)"])))
                continue
            }
            let original = existing ?? schema.blank(id: id, in: out)
            // A new record is made twice rather than copied: a blank one costs less to make than to copy.
            var record = existing ?? schema.blank(id: id, in: out)
            // The row is applied to the workspace itself (no copy of it per row, which made an import
            // quadratic); what it may add beside its record — a priority, body or partner it names — is
            // put back if the row is refused.
            let kept = (out.priorities, out.governance.bodies, out.partners)
            schema.apply(&reader, to: &record, original: original, isNew: isNew, ws: &out)
            let addedBeside = out.priorities.count != kept.0.count || out.governance.bodies.count != kept.1.count
                || out.partners.count != kept.2.count
            guard reader.reasons.isEmpty else {
                if addedBeside { (out.priorities, out.governance.bodies, out.partners) = kept }
                outcomes.append((row.number, .refused(reasons: reader.reasons)))
                continue
            }
            seen[seenKey] = row.number
            if !isNew && record == original && !addedBeside {
                outcomes.append((row.number, .unchanged(id: schema.label(of: record), notes: reader.notes)))
                continue
            }
            let label = schema.label(of: record)
            if isNew {
                if !reserved {
                    // Room for every row left, made when the first record is added, not before: an
                    // import that adds none (every row unchanged) copies nothing.
                    schema.reserve(rows.count - position, in: &out)
                    reserved = true
                }
                schema.store(consume record, isNew: true, in: &out)
                outcomes.append((row.number, .added(id: label, notes: reader.notes)))
            } else {
                let listed = schema.listedFields
                let changes = fields.filter { $0.kind != .derived && $0.name != "id" && !listed.contains($0.name) }.compactMap { f -> FieldChange? in
                    let a = schema.value(f.name, of: original, in: out, today: options.today).text
                    let b = schema.value(f.name, of: record, in: out, today: options.today).text
                    return a == b ? nil : FieldChange(field: f.label, before: a, after: b)
                }
                schema.store(consume record, isNew: false, in: &out)
                outcomes.append((row.number, .updated(id: label, changes: changes, notes: reader.notes)))
            }
        }
        return TableImportResult(workspace: out, outcomes: outcomes, input: input, match: match)
    }

    /// Why a row with cells to the right of the header's last named column is refused (a value
    /// holding the separator, unquoted, split in two: "£120,000" read as "£120" and "000"), or nil
    /// when those cells are empty. `headed` is the number of columns up to the last named one.
    static func beyondHeader(_ row: TabularRow, headed: Int, match: ColumnMatch) -> String? {
        let extra = row.cells.indices.dropFirst(headed).filter { !row.cells[$0].isBlank }
        guard !extra.isEmpty else { return nil }
        let cells = extra.map { "\(columnLetters($0)) \"\(row.cells[$0].text)\"" }.joined(separator: ", ")
        let last = headed > 0 ? "\(columnLetters(headed - 1)) \"\(match.headers[headed - 1])\"" : "none"
        return "column\(extra.count == 1 ? "" : "s") \(cells) \(extra.count == 1 ? "is" : "are") beyond the header's last column (\(last)); "
            + "a value holding a comma or semicolon must be in quotes, or the column needs a header"
    }

    /// A row that sums the others: no reference, and a text column saying "Total", "Grand total" or "Sub-total".
    /// `textColumns` are the columns of the schema's text fields.
    static func isTotalsRow(_ row: TabularRow, match: ColumnMatch, textColumns: [Int]) -> Bool {
        if let c = match.column("id"), !row[c].isBlank { return false }
        return textColumns.contains { c in
            // Every word below has at most 12 letters: text with more ASCII letters and digits is
            // not one, and is not normalised to find that out.
            guard case .text(let raw) = row[c], Self.hasAtMost12ASCIIAlphanumerics(raw) else { return false }
            let t = FieldDescription.normalise(raw)
            return ["total", "totals", "grandtotal", "subtotal", "overalltotal"].contains(t) || (t.hasPrefix("total") && t.count <= 12)
        }
    }

    /// True when `text` has 12 ASCII letters and digits or fewer, counted only as far as the 13th.
    static func hasAtMost12ASCIIAlphanumerics(_ text: String) -> Bool {
        var n = 0
        for b in text.utf8 where isASCIIAlphanumeric(b) {
            n += 1
            if n > 12 { return false }
        }
        return true
    }

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
    }
}
