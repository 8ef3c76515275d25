import Spreadsheet

/// Which column of a table holds which field, found by header names.
public struct ColumnMatch: Sendable, Equatable {
    /// The header row's number.
    public var headerRow: Int
    /// The header of each column, as written.
    public var headers: [String]
    /// Field name → column index.
    public var columns: [String: Int] { didSet { index = FieldColumns(columns) } }
    /// `columns` again, for the lookups of every row.
    private var index: FieldColumns
    /// Headers that match no field, as written.
    public var ignored: [String]
    /// Headers of derived fields: worked out from others, not stored.
    public var derived: [String]
    /// The year a header gives for a field that records its value's period beside it, e.g.
    /// "baseline" → 2025-26 from "Baseline (2025/26)".
    public var periods: [String: FinancialYear] = [:]

    /// Matches `columns` of `headers` (the row numbered `headerRow`), with the headers left out.
    public init(headerRow: Int, headers: [String], columns: [String: Int], ignored: [String], derived: [String]) {
        self.headerRow = headerRow
        self.headers = headers
        self.columns = columns
        self.index = FieldColumns(columns)
        self.ignored = ignored
        self.derived = derived
    }

    /// The column of `field`, nil when the table has none: `columns[field]`, found faster.
    public func column(_ field: String) -> Int? { index[field] }

    /// The column's place for messages: `column C "Risk Owner"`.
    public func place(_ field: String) -> String {
        guard let c = columns[field] else { return "column \"\(field)\"" }
        return "column \(columnLetters(c)) \"\(headers[c])\""
    }
}

/// Finds the header row and matches its columns to fields.
public enum ColumnMatcher {
    /// How many rows from the top are looked at for the header (titles often sit above it).
    public static let headerSearchRows = 20

    /// Matches `input`'s header to `fields`. `map` gives extra header → field name pairs (from
    /// `--map`; an empty field name leaves the header's column ignored). A header that is a synonym
    /// of several fields ("Funder": the source, or the partner) gives the first of them no other
    /// column gives. Fails when no row looks like a header, or two columns give one field.
    public static func match(_ input: TabularInput, fields: [FieldDescription], map: [String: String] = [:])
        throws(TabularReadError) -> ColumnMatch {
        var lookup: [String: String] = [:]
        var alternatives: [String: [String]] = [:]
        for f in fields {
            for k in f.keys {
                if lookup[k] == nil { lookup[k] = f.name } else if lookup[k] != f.name { alternatives[k, default: []].append(f.name) }
            }
        }
        // Names first: a field's own name or label beats another field's synonym.
        for f in fields {
            lookup[FieldDescription.normalise(f.name)] = f.name
            lookup[FieldDescription.normalise(f.label)] = f.name
        }
        for (header, field) in map {
            let key = FieldDescription.normalise(header)
            lookup[key] = field.isEmpty ? nil : field
            alternatives[key] = nil
        }

        var best: (row: TabularRow, hits: Int)?
        for row in input.rows.prefix(headerSearchRows) {
            let distinct = Set(row.cells.compactMap { lookup[FieldDescription.normalise($0.text)] })
            if distinct.count > (best?.hits ?? 1) { best = (row, distinct.count) }
        }
        guard let header = best?.row else {
            let examples = fields.filter { $0.kind != .derived }.prefix(5).map(\.label).joined(separator: ", ")
            throw TabularReadError(file: input.sheet.map { "\(input.file), sheet \"\($0)\"" } ?? input.file,
                                   "no header row found in the first \(headerSearchRows) rows; expected columns such as \(examples) "
                                   + "(or name the sheet's own headers with --map FILE)")
        }
        let headers = header.cells.map { $0.text.trimmingSpaces() }
        var columns: [String: Int] = [:]
        var ignored: [String] = []
        var derived: [String] = []
        let kinds = Dictionary(fields.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var periods: [String: FinancialYear] = [:]
        for (i, h) in headers.enumerated() where !h.isEmpty {
            let dated = lookup[FieldDescription.normalise(h)] == nil ? HeaderPeriod.field(for: h, lookup: lookup, names: Set(kinds.keys)) : nil
            guard let field = lookup[FieldDescription.normalise(h)] ?? dated?.field else {
                ignored.append(h)
                continue
            }
            if let year = dated?.period { periods[field] = year }
            if let other = columns[field] {
                // "Funding Stream" beside "Funder": the synonym shared with a field no column gives goes to that field.
                if let (moved, to) = ColumnMatcher.alternative(for: [i, other], headers: headers, alternatives: alternatives, taken: columns) {
                    if moved == other { columns[field] = i }
                    columns[to] = moved
                    if kinds[to] == .derived { derived.append(headers[moved]) }
                    continue
                }
                // "Risk" holding R01, R02… beside "Risk Description": the codes are the reference.
                if let reference = ["ref", "id"].first(where: { name in columns[name] == nil && fields.contains { $0.name == name } }),
                   let (codes, text) = codesBeside(other, i, rows: input.rows.filter { $0.number > header.number }) {
                    columns[reference] = codes
                    columns[field] = text
                    continue
                }
                throw TabularReadError(file: input.place(header.number),
                                       "columns \(columnLetters(other)) \"\(headers[other])\" and \(columnLetters(i)) \"\(h)\" "
                                       + "both give the \(fields.first { $0.name == field }?.label.lowercased() ?? field); "
                                       + "remove one, or name the one to use with --map")
            }
            columns[field] = i
            if kinds[field] == .derived { derived.append(h) }
        }
        var match = ColumnMatch(headerRow: header.number, headers: headers, columns: columns, ignored: ignored, derived: derived)
        match.periods = periods
        return match
    }

    /// Of `candidates` (columns giving one field, the newer first), the first whose header is also a
    /// synonym of a field no column gives yet, and that field; nil when none is.
    static func alternative(for candidates: [Int], headers: [String], alternatives: [String: [String]],
                            taken: [String: Int]) -> (column: Int, field: String)? {
        for c in candidates {
            if let free = alternatives[FieldDescription.normalise(headers[c])]?.first(where: { taken[$0] == nil }) { return (c, free) }
        }
        return nil
    }

    /// Of two columns giving one field, the one whose every filled cell is a short code with a digit
    /// ("R01", "CSP-3", "7") and the other, which is not; nil when neither or both are such.
    static func codesBeside(_ a: Int, _ b: Int, rows: [TabularRow]) -> (codes: Int, text: Int)? {
        func isCodes(_ c: Int) -> Bool {
            let cells = rows.map { $0[c].trimmedText }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy { t in
                t.count <= 10 && !t.contains(" ") && t.contains { $0.isNumber } && t.allSatisfy { $0.isLetter || $0.isNumber || "-/.".contains($0) }
            }
        }
        switch (isCodes(a), isCodes(b)) {
        case (true, false): return (a, b)
        case (false, true): return (b, a)
        default: return nil
        }
    }
}
