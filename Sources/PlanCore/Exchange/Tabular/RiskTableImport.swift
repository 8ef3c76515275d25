/// How an import treats what it is given.
public struct TableImportOptions: Sendable {
    /// The date a changed score is reviewed on when the sheet gives no review date.
    public var today: Day
    /// Header → field name pairs that the automatic matching does not find (`--map`).
    public var map: [String: String]
    /// Create a priority or body named in a reference that the workspace does not have.
    public var createMissing: Bool

    public init(today: Day, map: [String: String] = [:], createMissing: Bool = false) {
        self.today = today
        self.map = map
        self.createMissing = createMissing
    }
}

/// Brings a risk register in from a council's own sheet (CSV or Excel): columns matched by name
/// and the words councils use, rows without a reference added, rows with one updating that risk.
///
/// Honest: a row that changes nothing changes nothing; a changed score records a review dated from
/// the sheet (or today); review history never goes backwards; half a score is refused; a derived
/// score that disagrees with likelihood × impact is refused.
public enum RiskTableImport {
    /// Imports the first of `tables` (a workbook's sheets in order) whose header names risk columns.
    public static func run(_ tables: [TabularInput], into ws: Workspace, options: TableImportOptions) throws(TabularReadError) -> TableImportResult {
        var firstError: TabularReadError?
        for table in tables {
            do { return try run(table, into: ws, options: options) } catch {
                if firstError == nil { firstError = error }
            }
        }
        throw firstError ?? TabularReadError(file: "", "there is no table to import")
    }

    /// Imports one table.
    public static func run(_ input: TabularInput, into ws: Workspace, options: TableImportOptions) throws(TabularReadError) -> TableImportResult {
        let fields = RiskFields.all(matrix: ws.risks.matrix)
        let match = try ColumnMatcher.match(input, fields: fields, map: options.map)
        guard match.columns["title"] != nil || match.columns["id"] != nil else {
            throw TabularReadError(file: input.place(match.headerRow), "the header has no column for the risk (\"Risk\", \"Description\") "
                                   + "nor its reference (\"Ref\")")
        }
        var out = ws
        var outcomes: [(Int, RowOutcome)] = []
        var seen: [String: Int] = [:]
        let rows = input.rows.filter { $0.number > match.headerRow && !$0.isBlank }
        // A column of month-first dates would be misread wherever the day is 12 or less: refuse it whole.
        for f in fields where f.kind == .date {
            guard let c = match.columns[f.name], let example = rows.lazy.compactMap({ CellValues.monthFirst($0[c]) }).first else { continue }
            throw TabularReadError(file: input.sheet.map { "\(input.file), sheet \"\($0)\"" } ?? input.file,
                                   "\(match.place(f.name)) holds month-first (US) dates such as \(example); SaferPlan reads dates day first, "
                                   + "as in the UK. Save the sheet with a UK locale, or write the dates as 2009-11-30")
        }
        // References the sheet gives are kept for those rows; new rows take the next free one after them.
        let reserved = Set(rows.compactMap { row in match.columns["id"].map { row[$0].text.trimmingSpaces() } }.filter { !$0.isEmpty })
        for row in rows {
            var context = RowContext(row: row, match: match, fields: fields, options: options, file: input.file, reserved: reserved)
            let outcome = context.apply(to: &out, seen: &seen)
            outcomes.append((row.number, outcome))
        }
        return TableImportResult(workspace: out, outcomes: outcomes, input: input, match: match)
    }

    /// The next free reference of the form R01, R02…, after every one in use.
    static func nextReference(in risks: [Risk], reserved: Set<String> = []) -> String {
        IDs.next(prefix: "R", existing: risks.map(\.id) + reserved, width: 2)
    }
}

/// One row being applied: its cells by field, and the reasons it is refused.
struct RowContext {
    let row: TabularRow
    let match: ColumnMatch
    let fields: [FieldDescription]
    let options: TableImportOptions
    let file: String
    let reserved: Set<String>
    var reasons: [String] = []
    var notes: [String] = []

    init(row: TabularRow, match: ColumnMatch, fields: [FieldDescription], options: TableImportOptions, file: String,
         reserved: Set<String>) {
        self.row = row
        self.reserved = reserved
        self.match = match
        self.fields = fields
        self.options = options
        self.file = file
    }

    /// The cell of `field`, nil when the sheet has no such column.
    func cell(_ field: String) -> RawCell? { match.columns[field].map { row[$0] } }

    mutating func refuse(_ field: String, _ what: String) { reasons.append("\(match.place(field)): \(what)") }

    mutating func apply(to ws: inout Workspace, seen: inout [String: Int]) -> RowOutcome {
        let register = ws.risks
        var id = cell("id")?.text.trimmingSpaces() ?? ""
        let isNew: Bool
        let original: Risk
        if id.isEmpty {
            id = RiskTableImport.nextReference(in: ws.risks.risks, reserved: reserved)
            isNew = true
            original = Risk(id: id)
        } else if let existing = ws.risks.risks.first(where: { $0.id == id }) {
            isNew = false
            original = existing
        } else {
            isNew = true
            original = Risk(id: id)
        }
        if let first = seen[id] {
            return .refused(reasons: ["\(match.place("id")): the reference \(id) is also on row \(first)"])
        }
        var risk = original
        applyText(&risk)
        let missing = applyScores(&risk, isNew: isNew, register: register)
        applyLists(&risk)
        applyReferences(&risk, ws: &ws)
        applyDates(&risk, original: original, isNew: isNew, register: register)
        if risk.title.isEmpty { refuse("title", "expected what the risk is, found nothing") }
        if isNew, reasons.isEmpty {
            if missing.contains("residual") {
                refuse("residual_likelihood", "a new risk needs its residual likelihood and impact; SaferPlan does not yet keep "
                       + "a risk that has not been scored")
            } else {
                for stage in ["inherent", "target"] where missing.contains(stage) {
                    risk[keyPath: stage == "inherent" ? \Risk.inherent : \Risk.target] = risk.residual
                    notes.append("no \(stage) score given: set to the residual score \(risk.residual.likelihood) × \(risk.residual.impact)")
                }
            }
        }
        guard reasons.isEmpty else { return .refused(reasons: reasons) }
        seen[id] = row.number
        if isNew {
            ws.risks.risks.append(risk)
            return .added(id: id, notes: notes)
        }
        guard risk != original, let index = ws.risks.risks.firstIndex(where: { $0.id == id }) else { return .unchanged(id: id) }
        ws.risks.risks[index] = risk
        return .updated(id: id, changes: changes(from: original, to: risk, register: ws.risks))
    }

    mutating func applyText(_ risk: inout Risk) {
        let paths: [(String, WritableKeyPath<Risk, String>)] = [
            ("title", \.title), ("category", \.category), ("owner", \.owner), ("cause", \.cause), ("event", \.event), ("consequence", \.consequence),
        ]
        for (field, path) in paths {
            if let c = cell(field) { risk[keyPath: path] = c.text.trimmingSpaces() }
        }
        if let c = cell("status"), !c.isBlank {
            switch c.text.trimmingSpaces().lowercased() {
            case "open", "live", "active", "current": risk.status = .open
            case "closed", "archived", "retired", "inactive": risk.status = .closed
            default: refuse("status", "expected open or closed, found \"\(c.text.trimmingSpaces())\"")
            }
        }
    }

    /// Sets each score given in full; returns the stages given not at all.
    mutating func applyScores(_ risk: inout Risk, isNew: Bool, register: RiskRegister) -> Set<String> {
        var missing: Set<String> = []
        for stage in RiskFields.stages.map(\.name) {
            let lField = "\(stage)_likelihood", iField = "\(stage)_impact", sField = "\(stage)_score"
            var unreadable = false
            func level(_ f: String, max: Int) -> Int? {
                guard let c = cell(f) else { return nil }
                switch CellValues.level(c, max: max) {
                case .success(let v): return v
                case .failure(let m): refuse(f, m.message); unreadable = true; return nil
                }
            }
            let l = level(lField, max: register.matrix.likelihoodSize)
            let i = level(iField, max: register.matrix.impactSize)
            if unreadable { continue }
            let path: WritableKeyPath<Risk, RiskScore> = stage == "inherent" ? \.inherent : stage == "residual" ? \.residual : \.target
            switch (l, i) {
            case let (l?, i?): risk[keyPath: path] = RiskScore(likelihood: l, impact: i)
            case (_?, nil): refuse(iField, "the likelihood is given but not the impact; give both, or neither")
            case (nil, _?): refuse(lField, "the impact is given but not the likelihood; give both, or neither")
            case (nil, nil): missing.insert(stage)
            }
            if let c = cell(sField), !c.isBlank, let l, let i {
                let stated = Double(c.text.trimmingSpaces())
                if stated != Double(l * i) {
                    refuse(sField, "is \(c.text.trimmingSpaces()) but likelihood \(l) × impact \(i) = \(l * i); "
                           + "the score is worked out, so correct the likelihood or the impact")
                }
            }
        }
        return missing
    }

    mutating func applyLists(_ risk: inout Risk) {
        if let c = cell("controls") { risk.controls = CellValues.lines(c) }
        if let c = cell("mitigations") {
            risk.mitigations = CellValues.lines(c).compactMap { RiskCSV.parseMitigation($0) }
        }
    }

    mutating func applyReferences(_ risk: inout Risk, ws: inout Workspace) {
        if let c = cell("priorities") {
            risk.priorities = CellValues.items(c).compactMap { name in
                if let p = ws.priorities.first(where: { $0.id == name || $0.title.lowercased() == name.lowercased() || $0.code == name }) {
                    return p.id
                }
                if options.createMissing {
                    let p = Priority(id: IDs.next(prefix: "p-", existing: ws.priorities.map(\.id)), title: name)
                    ws.priorities.append(p)
                    notes.append("created the priority \"\(name)\"")
                    return p.id
                }
                refuse("priorities", "no priority \"\(name)\" in the plan (by id or title); add it first, or use --create-missing")
                return nil
            }
        }
        if let c = cell("bodies") {
            risk.bodies = CellValues.items(c).compactMap { name in
                let key = name.lowercased()
                if let b = ws.governance.bodies.first(where: { $0.id == name || $0.name.lowercased() == key || $0.acronym.lowercased() == key }) {
                    return b.id
                }
                if options.createMissing {
                    let b = Body(id: IDs.next(prefix: "body-", existing: ws.governance.bodies.map(\.id)), name: name)
                    ws.governance.bodies.append(b)
                    notes.append("created the body \"\(name)\"")
                    return b.id
                }
                refuse("bodies", "no board or group \"\(name)\" in the governance structure; add it first, or use --create-missing")
                return nil
            }
        }
    }

    mutating func applyDates(_ risk: inout Risk, original: Risk, isNew: Bool, register: RiskRegister) {
        func date(_ f: String) -> Day?? {
            guard let c = cell(f) else { return .none }
            switch CellValues.date(c) {
            case .success(let d): return .some(d)
            case .failure(let m): refuse(f, m.message); return .none
            }
        }
        if case .some(let d) = date("raised_on") { risk.raisedOn = d }
        let sheetReview = date("last_review")
        let scoreChanged = risk.residual != original.residual || risk.target != original.target
        if isNew {
            if case .some(let d) = sheetReview { risk.lastReview = d }
        } else if case .some(let d?) = sheetReview, let previous = original.lastReview, d < previous {
            refuse("last_review", "is \(d.display), before the last review already recorded (\(previous.display)); "
                   + "review history does not go backwards")
        } else {
            var reviewDay: Day?
            if case .some(let d?) = sheetReview, d != original.lastReview { reviewDay = d }
            if scoreChanged && reviewDay == nil { reviewDay = max(options.today, original.lastReview ?? options.today) }
            if let day = reviewDay {
                risk.reviews.append(RiskReview(date: day, residual: risk.residual,
                                               target: risk.target != original.target ? risk.target : nil,
                                               note: scoreChanged ? "Imported from \(file)" : "Imported from \(file): reviewed, score unchanged"))
                risk.lastReview = day
            }
        }
        if case .some(let next) = date("next_review") {
            if !isNew, original.nextReview == nil, next == register.nextReviewDue(original), !scoreChanged, risk.lastReview == original.lastReview {
                risk.nextReview = nil
            } else {
                risk.nextReview = next
            }
            if let next, let last = risk.lastReview, next < last {
                refuse("next_review", "is \(next.display), before the last review (\(last.display))")
            }
        }
    }

    func changes(from a: Risk, to b: Risk, register: RiskRegister) -> [FieldChange] {
        fields.filter { $0.kind != .derived && $0.name != "id" }.compactMap { f in
            let before = RiskFields.value(f.name, of: a, in: register, today: options.today).text
            let after = RiskFields.value(f.name, of: b, in: register, today: options.today).text
            return before == after ? nil : FieldChange(field: f.label, before: before, after: after)
        } + (b.reviews.count > a.reviews.count ? [FieldChange(field: "Reviews", before: "\(a.reviews.count)", after: "\(b.reviews.count)")] : [])
    }
}
