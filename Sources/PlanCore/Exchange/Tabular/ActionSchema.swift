/// The year's action plans as a table: one row per quarterly update (an action without one has a
/// row of its own), each with the action's priority and year, SMART target, resources, status and
/// RAG, and the update in the Quarter, Quarter RAG and Commentary columns. On import a row may
/// instead give each quarter's RAG and update in columns of their own (see `ActionQuarterColumns`).
public struct ActionSchema: TableSchema {
    /// The quarter whose updates an export shows, one row per action; nil shows every update.
    public let quarter: Quarter?

    /// The schema; `quarter` limits an export's updates to that quarter's (imports read any).
    public init(quarter: Quarter? = nil) { self.quarter = quarter }
    private let ids = NumberedIDs(prefix: "A", width: 3)
    private let lookup = ActionLookup()
    private let agreement = ActionRowAgreement()
    /// "action", as messages name a record.
    public var noun: String { "action" }

    /// The plan's columns (year, priority) from the action plan catalogue, then the action's from its own.
    public func fields(_ ws: Workspace) -> [FieldDescription] {
        ActionPlan.sheetOrder.compactMap { ActionPlan.catalogue.field($0)?.column(matrix: .standard) }
            + PlanAction.catalogue.columns()
    }

    /// Nil when the header has a column for the action's title or id; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["title"] != nil || match.columns["id"] != nil ? nil
            : "the header has no column for the action (\"Action\", \"Description\") nor its reference (\"Ref\")"
    }

    /// An action and the plan it sits in, with the quarterly update the row shows.
    public struct Row: Equatable {
        /// The action itself, with all its updates.
        public var action: PlanAction
        /// The id of the priority whose action plan holds it.
        public var priority: String
        /// The financial year of that action plan.
        public var year: FinancialYear
        /// The update in the row's Quarter, Quarter RAG and Commentary columns: on export one of the
        /// action's updates per row, nil for an action with none (in the quarter exported); on
        /// import the latest.
        public var update: ProgressUpdate?
    }

    /// A row finds its action by id, else by code (ignoring case).
    public var referenceFields: [String] { ["id", "code"] }

    /// Rows naming one action for different quarters each give that quarter's update.
    public func repeatKey(_ reader: RowReader) -> String { reader.text("latest_quarter").map(FieldDescription.normalise) ?? "" }

    /// The quarterly update a row gives is added or changed in the action's list of updates, and said so in a note.
    public var listedFields: Set<String> { Self.listed }
    private static let listed = Set(["latest_quarter", "latest_rag", "latest_commentary"]).union(ActionQuarterColumns.names)

    /// The action's columns, then each quarter's RAG and update as councils' wide sheets give them
    /// ("Q1 RAG", "Q1 Update" … "Q4 Update"), which exports do not write.
    public func importFields(_ ws: Workspace) -> [FieldDescription] { fields(ws) + ActionQuarterColumns.fields }

    /// The row of the action whose id is `reference`, else whose code is, in any plan; its update is the latest.
    public func find(_ reference: String, in ws: Workspace) -> Row? { lookup.position(reference, in: ws).map { row(at: $0, in: ws) } }

    /// The row of the one action whose title is the row's, ignoring case and spacing; nil when none or several.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Row? {
        lookup.only(titled: reader.text("title"), in: ws).map { row(at: $0, in: ws) }
    }

    private func row(at p: ActionLookup.Position, in ws: Workspace) -> Row {
        let plan = ws.actionPlans[p.plan]
        let action = plan.actions[p.action]
        return Row(action: action, priority: plan.priority, year: plan.year, update: action.latestUpdate)
    }

    /// The next "A001"-style id after the highest among every plan's actions and the ids the sheet gives.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String {
        ids.next(count: ws.actionPlans.reduce(0) { $0 + $1.actions.count }, reserved: reserved) { ws.allActions.map(\.action.id) }
    }

    /// A new action with only its id, in no priority's plan yet, for the plan's current year.
    public func blank(id: String, in ws: Workspace) -> Row { Row(action: PlanAction(id: id), priority: "", year: ws.plan.currentYear) }
    /// The action's id.
    public func id(of record: Row) -> String { record.action.id }
    /// One row per update in the order the action holds them (only `quarter`'s when given), one
    /// for an action with none: read back, the rows give the same updates in the same order.
    public func records(in ws: Workspace) -> [Row] {
        ws.allActions.flatMap { plan, a -> [Row] in
            let updates = a.updates.filter { quarter == nil || $0.quarter == quarter }
            let shown: [ProgressUpdate?] = updates.isEmpty ? [nil] : updates
            return shown.map { Row(action: a, priority: plan.priority, year: plan.year, update: $0) }
        }
    }

    /// Puts the action into the plan of its priority and year: in place when it stays in its plan, else
    /// removed from its old plan and appended; a plan for that priority and year is made ("ap-N") when
    /// there is none.
    public func store(_ record: consuming Row, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.action.id) }
        let plan = ws.actionPlans.firstIndex { $0.priority == record.priority && $0.year == record.year }
        // In place when it stays in its plan; otherwise moved to the end of its new plan.
        if !isNew, let p = plan, let at = lookup.position(record.action.id, in: ws, codes: false), at.plan == p {
            let old = ws.actionPlans[p].actions[at.action]
            ws.actionPlans[p].actions[at.action] = record.action
            if old.title != record.action.title || old.code != record.action.code { lookup.invalidate() }
            return
        }
        if !isNew {
            for p in ws.actionPlans.indices { ws.actionPlans[p].actions.removeAll { $0.id == record.action.id } }
            lookup.invalidate()
        }
        if let p = plan {
            ws.actionPlans[p].actions.append(record.action)
            lookup.noteAppended(record.action, at: (p, ws.actionPlans[p].actions.count - 1))
        } else {
            let id = IDs.next(prefix: "ap-", existing: ws.actionPlans.map(\.id))
            ws.actionPlans.append(ActionPlan(id: id, priority: record.priority, year: record.year, actions: [record.action]))
            lookup.noteAppended(record.action, at: (ws.actionPlans.count - 1, 0))
        }
    }

    /// The row's value for `field` as the export writes it: the plan's year and priority (code and title),
    /// the action's own fields, the row's update in the latest_ fields, and worked-out fields such as
    /// overdue (against `today`) and the SMART gaps; empty for a field it has no value for.
    public func value(_ field: String, of row: Row, in ws: Workspace, today: Day) -> RawCell {
        let a = row.action
        let u = row.update
        func text(_ s: String?) -> RawCell { (s ?? "").isEmpty ? .empty : .text(s ?? "") }
        switch field {
        case "year": return text(row.year.description)
        case "priority_code": return text(ws.priority(row.priority)?.code)
        case "priority": return text(ws.priority(row.priority)?.title ?? row.priority)
        case "id": return text(a.id)
        case "code": return text(a.code)
        case "title": return text(a.title)
        case "owner": return text(a.owner)
        case "partners": return text(a.partners.joined(separator: "\n"))
        case "due": return a.due.map(RawCell.date) ?? .empty
        case "measure": return text(a.smart.measure)
        case "baseline": return text(a.smart.baseline)
        case "target": return text(a.smart.target)
        case "deadline": return a.smart.deadline.map(RawCell.date) ?? .empty
        case "amount": return a.resources.amount.map { .number(Double($0.pence) / 100) } ?? .empty
        case "funding_line":
            // The source names the line when it is the only one of that name; otherwise its id does.
            guard let line = ws.fundingLine(a.resources.fundingLine) else { return text(a.resources.fundingLine) }
            return text(ws.budget.fundingLines.filter { $0.source == line.source }.count == 1 ? line.source : line.id)
        case "staff": return text(a.resources.staff)
        case "status": return text(a.status.label)
        case "rag": return text(a.rag?.label)
        case "latest_quarter": return text(u?.quarter.description)
        case "latest_rag": return text(u?.rag.label)
        case "latest_commentary": return text(u?.commentary)
        case "overdue": return text(a.isOverdue(today: today) ? "yes" : "no")
        case "smart_gaps": return text(a.smartGaps.map(\.label).joined(separator: "; "))
        case "carried_from": return text(a.carriedFrom)
        default: return .empty
        }
    }

    /// Applies the row: year and priority (a new action must name one), the action's own columns, status
    /// and RAG, then the row's quarterly update and any wide "Qn RAG"/"Qn Update" columns, each update added
    /// or changed said in a note. Only the latest update's row sets the action's status and RAG; a row that
    /// disagrees with an earlier row of the same action on its own columns, or has no title, is refused.
    public func apply(_ r: inout RowReader, to row: inout Row, original: Row, isNew: Bool, ws: inout Workspace) {
        agreement.check(&r, action: row.action.id, isNew: isNew)
        if let t = r.text("year"), !t.isEmpty {
            if let y = FinancialYear(text: t) { row.year = y } else { r.refuse("year", "expected a financial year such as 2026-27, found \"\(t)\"") }
        }
        if let name = r.text("priority"), !name.isEmpty {
            if let id = Reference.priority(name, field: "priority", reader: &r, ws: &ws) { row.priority = id }
        } else if isNew {
            r.refuse("priority", "a new action needs the priority it delivers (by id, code or title)")
        }
        r.setText("code", &row.action, \.code)
        r.setText("title", &row.action, \.title)
        r.setText("owner", &row.action, \.owner)
        if let p = r.lines("partners") { row.action.partners = p }
        if case .some(let d) = r.dateOrMonth("due") { row.action.due = d }
        r.setText("measure", &row.action, \.smart.measure)
        r.setText("baseline", &row.action, \.smart.baseline)
        r.setText("target", &row.action, \.smart.target)
        if case .some(let d) = r.dateOrMonth("deadline") { row.action.smart.deadline = d }
        if case .some(let m) = r.money("amount") { row.action.resources.amount = m }
        if let name = r.text("funding_line") {
            row.action.resources.fundingLine = name.isEmpty ? nil : Reference.fundingLine(name, year: row.year, field: "funding_line", reader: &r, ws: ws)
        }
        r.setText("staff", &row.action, \.resources.staff)
        let held = (status: row.action.status, rag: row.action.rag)
        let statuses = ActionStatus.allCases.map { ([$0.label, $0.rawValue] + ($0 == .complete ? ["completed", "done"] : []), $0) }
        if let s = r.choice("status", statuses, expected: "one of " + ActionStatus.allCases.map(\.label).joined(separator: ", ")) {
            row.action.status = s
        }
        let rags = RAG.allCases.map { ([$0.label, $0.letter], $0) }
        if r.has("rag") {
            if r.text("rag")?.isEmpty == true { row.action.rag = nil } else if let g = r.choice("rag", rags, expected: "Red, Amber or Green") { row.action.rag = g }
        }
        var notes: [String] = []
        let quarter = applyUpdate(&r, &row, rags: rags, notes: &notes)
        applyQuarterColumns(&r, &row, rags: rags, longQuarter: quarter, notes: &notes)
        // One row per update repeats the action's columns: its own status and RAG are read from the
        // row of its latest update only, so a sheet whose RAG column rates each quarter leaves the
        // action as its latest quarter rates it, and reads back unchanged.
        if let q = quarter, let latest = row.action.latestUpdate?.quarter, q < latest {
            (row.action.status, row.action.rag) = held
        }
        // Without a RAG column (a wide sheet's "Q1 RAG" … rate only their quarters), an action whose
        // updates the row changed is rated as its latest update is, as the long form's latest row rates it.
        if !r.has("rag"), row.action.updates != original.action.updates, let latest = row.action.latestUpdate {
            row.action.rag = latest.rag
        }
        // Without a status column, an action given its first progress updates is under way.
        if !r.has("status"), row.action.status == .notStarted, original.action.updates.isEmpty, !row.action.updates.isEmpty {
            row.action.status = .inProgress
        }
        // Every update added or changed is said, a new action's too.
        for n in notes { r.note(n) }
        if row.action.title.isEmpty { r.refuse("title", "expected what the action is, found nothing") }
    }

    /// The quarter's RAG and commentary (the Quarter, Quarter RAG and Commentary columns): added as
    /// that quarter's update, or replacing it when they differ, said in `notes`. Returns the quarter
    /// given, nil when the row gives no update that way or is refused.
    func applyUpdate(_ r: inout RowReader, _ row: inout Row, rags: [([String], RAG)], notes: inout [String]) -> Quarter? {
        let commentary = r.text("latest_commentary") ?? ""
        let quarterRAG = r.choice("latest_rag", rags, expected: "Red, Amber or Green")
        guard !commentary.isEmpty || quarterRAG != nil else { return nil }
        var quarter = Quarter(containing: r.options.today)
        if let t = r.text("latest_quarter"), !t.isEmpty {
            // "Q2" alone is the quarter of the action's plan year.
            let alone = FieldDescription.normalise(t)
            let n = alone.count == 2 && alone.hasPrefix("q") ? Int(alone.dropFirst()) : nil
            guard let q = Quarter(text: t) ?? n.flatMap({ (1...4).contains($0) ? Quarter(year: row.year, number: $0) : nil }) else {
                r.refuse("latest_quarter", "expected a quarter such as 2026-27 Q2 (or Q2 for the action's year), found \"\(t)\"")
                return nil
            }
            quarter = q
        }
        guard let rag = quarterRAG ?? row.action.rag else {
            let how = r.has("latest_rag") ? "write Red, Amber or Green in this cell"
                : "add a \"Quarter RAG\" column with Red, Amber or Green, " + Self.ownRAG(r)
            r.refuse(r.has("latest_rag") ? "latest_rag" : "latest_commentary",
                     "the \(quarter) update has commentary but no RAG, and the action has none to lend it: \(how)")
            return nil
        }
        if let note = Self.record(quarter, rag: rag, commentary: commentary, in: &row.action, today: r.options.today) { notes.append(note) }
        return quarter
    }
}

extension ActionSchema {
    /// The other way to give a quarter's RAG, for a refusal: the action's own RAG, in its column when
    /// the sheet has one, else in a column to add, else imported first.
    static func ownRAG(_ r: RowReader) -> String {
        r.has("rag") ? "or fill the action's RAG in \(r.match.place("rag"))"
            : "or a \"RAG\" column with the action's own RAG (or import the action's RAG first)"
    }
}

extension ActionSchema {
    /// An action's rows after its first give its other quarters' updates.
    public var furtherRow: String { "quarterly update" }
}
