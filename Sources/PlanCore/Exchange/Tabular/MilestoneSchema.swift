/// The plan timetable as a table: one row per step, its date as written.
public struct MilestoneSchema: TableSchema {
    public init() {}
    private let ids = NumberedIDs(prefix: "ms-")
    private let lookup = RecordLookup<Milestone>(id: { [$0.id] }, title: [\.step])
    public var noun: String { "milestone" }

    /// The milestone catalogue's sheet columns.
    public func fields(_ ws: Workspace) -> [FieldDescription] { Milestone.catalogue.columns() }

    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["step"] != nil ? nil : "the header has no column for the step (\"Step\", \"Milestone\", \"Activity\")"
    }

    public func find(_ reference: String, in ws: Workspace) -> Milestone? { lookup.find(reference, in: ws.plan.timetable) }
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Milestone? { lookup.only(titled: reader.text("step"), in: ws.plan.timetable) }
    public func newId(in ws: Workspace, reserved: Set<String>) -> String { ids.next(count: ws.plan.timetable.count, reserved: reserved) { ws.plan.timetable.map(\.id) } }
    public func blank(id: String, in ws: Workspace) -> Milestone { Milestone(id: id) }
    public func id(of record: Milestone) -> String { record.id }
    public func records(in ws: Workspace) -> [Milestone] { ws.plan.timetable }

    public func store(_ record: Milestone, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.plan.timetable)
    }

    public func value(_ field: String, of m: Milestone, in ws: Workspace, today: Day) -> RawCell {
        switch field {
        case "done": return .text(m.done ? "yes" : "no")
        case "done_on": return m.doneOn.map(RawCell.date) ?? .empty
        default:
            let text = field == "id" ? m.id : field == "date" ? m.date : field == "step" ? m.step : field == "body" ? m.body : field == "note" ? m.note : ""
            return text.isEmpty ? .empty : .text(text)
        }
    }

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
