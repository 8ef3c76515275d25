/// How an import treats what it is given.
public struct TableImportOptions: Sendable {
    /// The date a changed score is reviewed on when the sheet gives no review date.
    public var today: Day
    /// Header → field name pairs that the automatic matching does not find (`--map`).
    public var map: [String: String]
    /// Create a priority or body named in a reference that the workspace does not have.
    public var createMissing: Bool

    /// Options for an import dated `today`, with `map`'s extra header pairs; a priority, body or partner
    /// a row names that the workspace lacks is refused unless `createMissing` (`--create-missing`).
    public init(today: Day, map: [String: String] = [:], createMissing: Bool = false) {
        self.today = today
        self.map = map
        self.createMissing = createMissing
    }
}

/// Brings a risk register in from a council's own sheet (CSV or Excel).
///
/// Honest: a row that changes nothing changes nothing; a changed score records a review dated from
/// the sheet (or today); review history never goes backwards; half a score is refused; a derived
/// score that disagrees with likelihood × impact is refused.
public enum RiskTableImport {
    /// Imports the first of `tables` whose header names risk columns.
    public static func run(_ tables: [TabularInput], into ws: Workspace, options: TableImportOptions) throws(TabularReadError) -> TableImportResult {
        try TableImport.run(RiskSchema(), tables, into: ws, options: options)
    }

    /// Imports one table.
    public static func run(_ input: TabularInput, into ws: Workspace, options: TableImportOptions) throws(TabularReadError) -> TableImportResult {
        try TableImport.run(RiskSchema(), input, into: ws, options: options)
    }
}

/// The risk register as a table.
public struct RiskSchema: TableSchema {
    /// The risk register's schema; make one for each import, as it keeps that import's references and
    /// lookups. A new risk given no id gets a unique "risk-…" id from `IDs.unique`.
    public init() {}

    /// A schema whose new risks' ids come from `makeID` (a test's stand-in for `IDs.unique`).
    init(makeID: @escaping @Sendable () -> String) { self.makeID = makeID }

    /// A schema that reads ahead only tables of `minimumRows` rows or more (a test's way to compare
    /// reading ahead with reading each row as it is applied).
    init(readingAheadFrom minimumRows: Int) { ahead = RiskRowsAhead(minimumRows: minimumRows) }

    private var makeID: @Sendable () -> String = { IDs.unique(prefix: "risk-") }
    private let index = ReferenceIndex()
    private let titles = ReferenceIndex()
    private let references = NumberedReferences(prefix: "R", width: 2)
    private var ahead = RiskRowsAhead()
    /// "risk", as messages name a record.
    public var noun: String { "risk" }
    /// The register's columns, the score columns bounded by the workspace's matrix.
    public func fields(_ ws: Workspace) -> [FieldDescription] { RiskFields.all(matrix: ws.risks.matrix) }

    /// A row finds its risk by id, else by reference ("R07").
    public var referenceFields: [String] { ["id", "ref"] }
    /// The score columns: each must be its likelihood × impact.
    public var checkedFields: Set<String> { Set(Self.scoreFields.map(\.score)) }

    /// Nil when the header has a column for the risk's title, its id or its reference; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["title"] != nil || match.columns["id"] != nil || match.columns["ref"] != nil ? nil
            : "the header has no column for the risk (\"Risk\", \"Description\") nor its reference (\"Ref\")"
    }

    /// The risk whose id or reference is `reference`, found through an index kept as risks are stored.
    public func find(_ reference: String, in ws: Workspace) -> Risk? {
        index.position(of: reference, in: ws.risks.risks) { [$0.id, $0.reference] }.map { ws.risks.risks[$0] }
    }
    /// The one risk of the row's title (ignoring case and spacing); none when several share it.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Risk? {
        guard let t = reader.text("title"), !t.isEmpty else { return nil }
        let key = FieldDescription.normalise(t)
        guard let p = titles.position(of: key, in: ws.risks.risks, keys: { [FieldDescription.normalise($0.title)] }) else { return nil }
        // Another risk of the same title makes the match ambiguous: then the row is a new risk.
        return titles.isShared(key) ? nil : ws.risks.risks[p]
    }

    /// A unique id; ids made in the same millisecond differ only in four random characters, so one
    /// already in use (by a risk, or given in the sheet) is drawn again.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String {
        while true {
            let id = makeID()
            if !reserved.contains(id) && index.position(of: id, in: ws.risks.risks, keys: { [$0.id, $0.reference] }) == nil { return id }
        }
    }
    /// A new risk with only its id: unscored, open, its reference its id until `apply` gives it an "R" one.
    public func blank(id: String, in ws: Workspace) -> Risk { Risk(id: id) }
    /// The risk's id.
    public func id(of record: Risk) -> String { record.id }
    /// The risk's reference, e.g. "R07", as the register names it.
    public func label(of record: Risk) -> String { record.reference }
    /// The register's risks, in register order.
    public func records(in ws: Workspace) -> [Risk] { ws.risks.risks }

    /// Appends a new risk or replaces the one of the same id, keeping the id, reference and title indexes
    /// in step, and notes its reference so the next one made follows it.
    public func store(_ record: consuming Risk, isNew: Bool, in ws: inout Workspace) {
        references.note(record.reference)
        let keys = [record.id, record.reference], title = record.title
        let at: Int
        if isNew {
            at = ws.risks.risks.count
            // The record's last use, so it is moved into the register rather than copied.
            ws.risks.risks.append(consume record)
        } else if let i = index.position(of: record.id, in: ws.risks.risks, keys: { [$0.id, $0.reference] }) {
            at = i
            ws.risks.risks[i] = record
        } else {
            return
        }
        index.noteStored(keys, at: at, newCount: ws.risks.risks.count)
        titles.noteStored([FieldDescription.normalise(title)], at: at, newCount: ws.risks.risks.count)
    }

    /// The risk's value for `field` as the register's export writes it; `today` decides whether its review is overdue.
    public func value(_ field: String, of record: Risk, in ws: Workspace, today: Day) -> RawCell {
        RiskFields.value(field, of: record, in: ws.risks, today: today)
    }

    /// Applies the row: reference (a new risk given neither id nor reference gets the next "R" number),
    /// text fields, status, scores, controls, mitigations, linked priorities and bodies, and dates.
    /// Refuses a row with no title, half a score, or a score column that is not likelihood × impact; a
    /// partly scored risk takes its residual score for a missing inherent or target one, with a note.
    public func apply(_ r: inout RowReader, to risk: inout Risk, original: Risk, isNew: Bool, ws: inout Workspace) {
        let register = ws.risks
        let table = r.table
        func nextReference() -> String {
            references.next { register.risks.flatMap { [$0.id, $0.reference] } + table.reservedReferences }
        }
        if let ref = r.text("ref") {
            if ref.isEmpty {
                if isNew { risk.ref = nextReference() }
            } else {
                risk.ref = ref == risk.id ? nil : ref
            }
        } else if isNew && r.text("id")?.isEmpty != false {
            risk.ref = nextReference()
        }
        // Each value is taken out of the cells read, not copied.
        var cells = ahead.cells(of: r, matrix: register.matrix)
        if let t = cells.title.take() { risk.title = t }
        if let t = cells.category.take() { risk.category = t }
        if let t = cells.owner.take() { risk.owner = t }
        if let t = cells.cause.take() { risk.cause = t }
        if let t = cells.event.take() { risk.event = t }
        if let t = cells.consequence.take() { risk.consequence = t }
        cells.tell(&r, .status)
        if let s = cells.status { risk.status = s }
        let missing = applyScores(&r, &risk, cells: cells)
        if let c = cells.controls.take() { risk.controls = c }
        if let m = cells.mitigations.take() { risk.mitigations = m }
        if let names = cells.priorities.take() {
            risk.priorities = names.compactMap { Reference.priority($0, field: "priorities", reader: &r, ws: &ws) }
        }
        if let names = cells.bodies.take() {
            risk.bodies = names.compactMap { Reference.body($0, field: "bodies", reader: &r, ws: &ws) }
        }
        applyDates(&r, &risk, cells: cells, original: original, isNew: isNew, register: register)
        if risk.title.isEmpty { r.refuse("title", "expected what the risk is, found nothing") }
        guard r.reasons.isEmpty, !risk.isScored else { return }
        if risk.missingScores.isEmpty {
            if isNew && missing == RiskFields.stages.count { r.note("no scores given: kept as \(Risk.notYetScoredText)") }
            return
        }
        guard let residual = risk.residual else {
            r.refuse("residual_likelihood", "an inherent or target score is given but not the residual likelihood and impact; "
                     + "give the residual score too, or no scores at all for a risk \(Risk.notYetScoredText)")
            return
        }
        if risk.inherent == nil {
            risk.inherent = residual
            r.note("no inherent score given: set to the residual score \(residual.likelihood) × \(residual.impact)")
        }
        if risk.target == nil {
            risk.target = residual
            r.note("no target score given: set to the residual score \(residual.likelihood) × \(residual.impact)")
        }
    }

    /// Each stage's name, its likelihood, impact and score fields and how it is set, named once
    /// rather than per row.
    static let scoreFields: [(stage: String, likelihood: String, impact: String, score: String, set: @Sendable (inout Risk, RiskScore) -> Void)] =
        RiskFields.stages.map { stage in
            let set: @Sendable (inout Risk, RiskScore) -> Void = switch stage.name {
            case "inherent": { $0.inherent = $1 }
            case "residual": { $0.residual = $1 }
            default: { $0.target = $1 }
            }
            return (stage.name, "\(stage.name)_likelihood", "\(stage.name)_impact", "\(stage.name)_score", set)
        }

    /// Works out afresh what the schema kept of an import before (its indexes, the highest
    /// reference), so one schema imports a second sheet, or into another workspace, as a new one would.
    public func prepare(_ match: ColumnMatch) {
        references.reset()
        index.invalidate()
        titles.invalidate()
    }

    /// Begins reading the cells of many rows ahead on a second thread while they are applied in order.
    public func readAhead(_ rows: [TabularRow], match: ColumnMatch, options: TableImportOptions, file: String, in ws: Workspace) {
        ahead.read(rows, match: match, matrix: ws.risks.matrix)
        // Each row may store a risk under its id and its reference, and its title.
        index.expect(2 * rows.count)
        titles.expect(rows.count)
    }

    /// Makes room in the register for a risk per row left, so adding them does not move the register again and again.
    public func reserve(_ rows: Int, in ws: inout Workspace) {
        ws.risks.risks.reserveCapacity(ws.risks.risks.count + rows)
    }

    /// Sets each score given in full from the levels `cells` read; returns how many stages are given not at all.
    func applyScores(_ r: inout RowReader, _ risk: inout Risk, cells: RiskRowCells) -> Int {
        var missing = 0
        for (k, (_, lField, iField, sField, set)) in Self.scoreFields.enumerated() {
            let stage = cells.stage(k)
            cells.tell(&r, .likelihood(k))
            cells.tell(&r, .impact(k))
            if stage.unreadable { continue }
            switch (stage.likelihood, stage.impact) {
            case let (l?, i?): set(&risk, RiskScore(likelihood: l, impact: i))
            case (_?, nil): r.refuse(iField, "the likelihood is given but not the impact; give both, or neither")
            case (nil, _?): r.refuse(lField, "the impact is given but not the likelihood; give both, or neither")
            case (nil, nil): missing += 1
            }
            if let score = stage.score, let l = stage.likelihood, let i = stage.impact, score.value != Double(l * i) {
                r.refuse(sField, "is \(score.text) but likelihood \(l) × impact \(i) = \(l * i); "
                         + "the score is worked out, so correct the likelihood or the impact")
            }
        }
        return missing
    }

    func applyDates(_ r: inout RowReader, _ risk: inout Risk, cells: RiskRowCells, original: Risk, isNew: Bool, register: RiskRegister) {
        // A new risk is raised on the day it comes in unless the sheet says when it was raised, so
        // the chair's brief counts it as new; an update keeps the date it was raised on unless the
        // sheet gives another (an empty cell leaves it, so the same sheet imported again changes nothing).
        cells.tell(&r, .raisedOn)
        switch cells.raisedOn {
        case .some(let d?): risk.raisedOn = d
        case .some(nil): if isNew { risk.raisedOn = r.options.today }
        case .none: if isNew && !r.has("raised_on") { risk.raisedOn = r.options.today }
        }
        cells.tell(&r, .lastReview)
        let sheetReview = cells.lastReview
        let scoreChanged = risk.residual != original.residual || risk.target != original.target
        if isNew {
            if case .some(let d) = sheetReview { risk.lastReview = d }
        } else if case .some(let d?) = sheetReview, let previous = original.lastReview, d < previous {
            r.refuse("last_review", "is \(d.display), before the last review already recorded (\(previous.display)); "
                     + "review history does not go backwards")
        } else {
            var reviewDay: Day?
            if case .some(let d?) = sheetReview, d != original.lastReview { reviewDay = d }
            if scoreChanged && reviewDay == nil { reviewDay = max(r.options.today, original.lastReview ?? r.options.today) }
            if let day = reviewDay, risk.residual == nil {
                r.refuse("last_review", "is \(day.display), but a review gives scores and this risk is \(Risk.notYetScoredText); "
                         + "give its scores, or leave the review date empty")
            } else if let day = reviewDay, let residual = risk.residual {
                risk.reviews.append(RiskReview(date: day, residual: residual,
                                               target: risk.target != original.target ? risk.target : nil,
                                               note: scoreChanged ? "Imported from \(r.file)" : "Imported from \(r.file): reviewed, score unchanged"))
                risk.lastReview = day
                r.note("a review is recorded on \(day.display)")
            }
        }
        cells.tell(&r, .nextReview)
        if case .some(let next) = cells.nextReview {
            // The sheet shows the due date worked out from the band when none was set: keep it worked out.
            let unchangedDue = original.nextReview == nil && next == register.nextReviewDue(original)
            risk.nextReview = !isNew && unchangedDue && !scoreChanged && risk.lastReview == original.lastReview ? nil : next
            if let next, let last = risk.lastReview, next < last {
                r.refuse("next_review", "is \(next.display), before the last review (\(last.display))")
            }
        }
    }
}
