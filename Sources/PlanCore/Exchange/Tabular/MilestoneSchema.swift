/// The plan timetable as a table: one row per step, its date as written.
public struct MilestoneSchema: TableSchema {
    /// The timetable's schema; make one for each import, as it keeps that import's new ids and lookups.
    /// New steps given no id are numbered "ms-N" after the highest in use.
    public init() {}
    private let ids = NumberedIDs(prefix: "ms-")
    private let lookup = RecordLookup<Milestone>(id: { [$0.id] }, title: [\.step])
    /// "milestone", as messages name a record.
    public var noun: String { "milestone" }

    /// The milestone catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { Milestone.catalogue.columns() }

    /// Nil when the header has a column for the step; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["step"] != nil ? nil : "the header has no column for the step (\"Step\", \"Milestone\", \"Activity\")"
    }

    /// The step whose id is `reference`.
    public func find(_ reference: String, in ws: Workspace) -> Milestone? { lookup.find(reference, in: ws.plan.timetable) }
    /// The one step whose wording is the row's "step", ignoring case and spacing; nil when none or several.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Milestone? { lookup.only(titled: reader.text("step"), in: ws.plan.timetable) }
    /// The next "ms-N" after the highest among the timetable's steps and the ids the sheet gives.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { ids.next(count: ws.plan.timetable.count, reserved: reserved) { ws.plan.timetable.map(\.id) } }
    /// A new step with only its id: not done, undated.
    public func blank(id: String, in ws: Workspace) -> Milestone { Milestone(id: id) }
    /// The step's id.
    public func id(of record: Milestone) -> String { record.id }
    /// The timetable's steps, in timetable order.
    public func records(in ws: Workspace) -> [Milestone] { ws.plan.timetable }

    /// Puts a new step at the end of the timetable, or a changed one in place of the one with its id.
    public func store(_ record: consuming Milestone, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.plan.timetable)
    }

    /// The step's value for `field` as the export writes it: "yes"/"no" for done, a date cell for done_on,
    /// the text as held for the rest; empty for a field it has no value for.
    public func value(_ field: String, of m: Milestone, in ws: Workspace, today: Day) -> RawCell {
        switch field {
        case "done": return .text(m.done ? "yes" : "no")
        case "done_on": return m.doneOn.map(RawCell.date) ?? .empty
        default:
            let text = field == "id" ? m.id : field == "date" ? m.date : field == "step" ? m.step : field == "body" ? m.body : field == "note" ? m.note : ""
            return text.isEmpty ? .empty : .text(text)
        }
    }

    /// Applies the row: the date as written (a workbook date as people read it, "31 Jan 2008"), step,
    /// body, done (yes/no, done, complete, in progress…), the day done and the note. Refuses a row whose
    /// step is empty.
    public func apply(_ r: inout RowReader, to m: inout Milestone, original: Milestone, isNew: Bool, ws: inout Workspace) {
        if let c = r.cell("date") {
            // Kept as the timetable words it; a workbook date is written the way people read it.
            if case .date(let d) = c { m.date = d.display } else { m.date = c.text.trimmingSpaces() }
        }
        r.setText("step", &m, \.step)
        r.setText("body", &m, \.body)
        if let d = r.choice("done", [(["yes", "y", "done", "complete", "completed", "true", "1", "x"], true),
                                     (["no", "n", "open", "not started", "in progress", "false", "0"], false)], expected: "yes or no") {
            m.done = d
        }
        if case .some(let d) = r.date("done_on") { m.doneOn = d }
        r.setText("note", &m, \.note)
        if m.step.isEmpty { r.refuse("step", "expected the step, found nothing") }
    }
}
