import Foundation

/// What a risk row's cells say, read apart from the workspace: the texts, status, score levels,
/// controls, mitigations, the names of linked records and the dates. Many rows are read so on a
/// second thread while the rows are applied in order (`RiskRowsAhead`). What reading a cell tells the row (a reason it is
/// refused) is kept with the step it belongs to, and `RiskSchema.apply` adds it at that step, so a
/// row is told the same things in the same order either way.
///
/// Cells are found by the column numbers `RiskColumns` resolved once per table, not by field name:
/// looking names up, and the reference counting of the shared header on two threads at once, cost
/// more than reading the cells.
struct RiskRowCells: Sendable {
    /// Where in applying a row a reason reading a cell gave is added.
    enum Step: Sendable, Equatable {
        case status, likelihood(Int), impact(Int), raisedOn, lastReview, nextReview
    }

    /// A stage's likelihood and impact levels (nil where not given or unreadable), whether either
    /// was unreadable, and its score cell's trimmed text and number when not blank.
    struct Stage: Sendable {
        var likelihood: Int?
        var impact: Int?
        var unreadable = false
        var score: (text: String, value: Double?)?
    }

    var title: String?
    var category: String?
    var owner: String?
    var cause: String?
    var event: String?
    var consequence: String?
    var status: RiskStatus?
    /// In `RiskSchema.scoreFields` order: inherent, residual, target.
    var stages: (Stage, Stage, Stage)
    var controls: [String]?
    var mitigations: [Mitigation]?
    var priorities: [String]?
    var bodies: [String]?
    /// As `RowReader.date` gives them: nil without a column or when refused, `.some(nil)` when empty.
    var raisedOn: Day??
    var lastReview: Day??
    var nextReview: Day??
    /// The reasons reading gave, by step (nearly always none).
    private(set) var told: [(step: Step, reason: String)] = []

    /// The words a risk's status is written in; a risk being monitored is still on the register, so open.
    static let statuses: [(words: [String], value: RiskStatus)] = [
        (["open", "live", "active", "current", "monitoring", "monitor", "being monitored"], .open),
        (["closed", "archived", "retired", "inactive"], .closed),
    ]

    /// Reads `row`, whose columns are `columns` (and, for naming them in reasons, `match`), in a
    /// register whose matrix is `likelihoodSize` × `impactSize`.
    init(row: borrowing TabularRow, columns: borrowing RiskColumns, match: borrowing ColumnMatch, likelihoodSize: Int, impactSize: Int) {
        var told: [(step: Step, reason: String)] = []
        func refuse(_ step: Step, _ field: String, _ what: String) { told.append((step, "\(match.place(field)): \(what)")) }
        func text(_ c: Int?) -> String? { c.map { row[$0].trimmedText } }
        title = text(columns.title)
        category = text(columns.category)
        owner = text(columns.owner)
        cause = text(columns.cause)
        event = text(columns.event)
        consequence = text(columns.consequence)
        if let t = text(columns.status), !t.isEmpty {
            status = RowReader.pick(t, Self.statuses)
            if status == nil { refuse(.status, "status", "expected open or closed, found \"\(t)\"") }
        }
        func stage(_ k: Int) -> Stage {
            var s = Stage()
            guard k < columns.scores.count, k < RiskSchema.scoreFields.count else { return s }
            let column = columns.scores[k], fields = RiskSchema.scoreFields[k]
            func level(_ step: Step, _ field: String, _ column: Int?, max: Int) -> Int? {
                guard let c = column else { return nil }
                switch CellValues.level(row[c], max: max) {
                case .success(let v): return v
                case .failure(let m):
                    s.unreadable = true
                    refuse(step, field, m.message)
                    return nil
                }
            }
            s.likelihood = level(.likelihood(k), fields.likelihood, column.likelihood, max: likelihoodSize)
            s.impact = level(.impact(k), fields.impact, column.impact, max: impactSize)
            if let c = column.score.map({ row[$0] }), !c.isBlank {
                let t = c.trimmedText
                s.score = (t, Double(t))
            }
            return s
        }
        stages = (stage(0), stage(1), stage(2))
        controls = columns.controls.map { CellValues.lines(row[$0]) }
        mitigations = columns.mitigations.map { CellValues.lines(row[$0]).compactMap { RiskCSV.parseMitigation($0) } }
        priorities = columns.priorities.map { CellValues.items(row[$0]) }
        bodies = columns.bodies.map { CellValues.items(row[$0]) }
        func date(_ step: Step, _ field: String, _ column: Int?) -> Day?? {
            guard let c = column else { return .none }
            switch CellValues.date(row[c]) {
            case .success(let d): return .some(d)
            case .failure(let m): refuse(step, field, m.message); return .none
            }
        }
        raisedOn = date(.raisedOn, "raised_on", columns.raisedOn)
        lastReview = date(.lastReview, "last_review", columns.lastReview)
        nextReview = date(.nextReview, "next_review", columns.nextReview)
        self.told = told
    }

    /// The stage at `k` of `RiskSchema.scoreFields`.
    func stage(_ k: Int) -> Stage {
        switch k {
        case 0: stages.0
        case 1: stages.1
        default: stages.2
        }
    }

    /// Adds to `r` the reasons reading gave for `step`.
    func tell(_ r: inout RowReader, _ step: Step) {
        for t in told where t.step == step { r.reasons.append(t.reason) }
    }
}

/// The columns of the fields a risk row is read for, found once per table.
struct RiskColumns: Sendable {
    var title, category, owner, cause, event, consequence, status: Int?
    var controls, mitigations, priorities, bodies: Int?
    var raisedOn, lastReview, nextReview: Int?
    /// A stage's likelihood, impact and score columns.
    typealias Stage = (likelihood: Int?, impact: Int?, score: Int?)
    /// Each stage's columns, in `RiskSchema.scoreFields` order.
    var scores: [Stage]

    /// The columns of `match`.
    init(_ match: ColumnMatch) {
        (title, category, owner, cause, event, consequence, status) = (match.column("title"), match.column("category"), match.column("owner"),
            match.column("cause"), match.column("event"), match.column("consequence"), match.column("status"))
        (controls, mitigations, priorities, bodies) = (match.column("controls"), match.column("mitigations"), match.column("priorities"),
            match.column("bodies"))
        (raisedOn, lastReview, nextReview) = (match.column("raised_on"), match.column("last_review"), match.column("next_review"))
        scores = RiskSchema.scoreFields.map { (match.column($0.likelihood), match.column($0.impact), match.column($0.score)) }
    }
}

/// The cells of a table's risk rows read ahead, by the rows' places, for `RiskSchema.apply` to take:
/// on a second thread while the rows are applied (``ReadAheadPipeline``).
final class RiskRowsAhead {
    /// Tables of fewer rows are read row by row as they are applied: reading ahead pays only for many.
    let minimumRows: Int
    private var pipeline: ReadAheadPipeline<TabularRow, RiskRowCells>?
    private var numbers: [Int] = []
    /// The columns of the table last prepared, and its header.
    private var columns: (match: ColumnMatch, columns: RiskColumns)?

    /// Reads ahead tables of `minimumRows` rows or more.
    init(minimumRows: Int = 512) { self.minimumRows = minimumRows }

    deinit { pipeline?.stop() }

    /// The columns of `match`'s fields: those found when it was last given, or found now.
    func columns(of match: ColumnMatch) -> RiskColumns {
        if let known = columns, known.match == match { return known.columns }
        let found = RiskColumns(match)
        columns = (match, found)
        return found
    }

    /// Begins reading every row of `rows` ahead on a second thread (with two processors or more).
    func read(_ rows: [TabularRow], match: ColumnMatch, matrix: RiskMatrix) {
        pipeline?.stop()
        pipeline = nil
        numbers = []
        guard rows.count >= minimumRows else { return }
        let (l, i) = (matrix.likelihoodSize, matrix.impactSize)
        let columns = columns(of: match)
        let pipeline = ReadAheadPipeline(rows) { row in
            RiskRowCells(row: row, columns: columns, match: match, likelihoodSize: l, impactSize: i)
        }
        if ProcessInfo.processInfo.activeProcessorCount > 1 { pipeline.start() }
        self.pipeline = pipeline
        numbers = rows.map { $0.number }
    }

    /// The cells read ahead for the row of `r`, taken out (each row is applied once), else read now.
    func cells(of r: RowReader, matrix: RiskMatrix) -> RiskRowCells {
        if let p = r.position, p < numbers.count, numbers[p] == r.row.number, let taken = pipeline?.take(p) {
            return taken
        }
        return RiskRowCells(row: r.row, columns: columns(of: r.match), match: r.match,
                            likelihoodSize: matrix.likelihoodSize, impactSize: matrix.impactSize)
    }
}
