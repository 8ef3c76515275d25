/// Indicators as a table: definition, baseline, a target per year of the plan and an actual per
/// quarter — the shape of a quarterly indicator return.
public struct IndicatorSchema: TableSchema {
    /// The indicator table's schema; make one for each import, as it keeps that import's new ids and
    /// lookups. New indicators given no id are numbered "ind-N" after the highest in use.
    public init() {}
    private let ids = NumberedIDs(prefix: "ind-")
    /// By id, or by code as compared ("NI 15" is "ni15"); by title.
    private let lookup = RecordLookup<Indicator>(id: { [$0.id] + ($0.code.isEmpty ? [] : ["\u{1}" + FieldDescription.normalise($0.code)]) },
                                                 title: [\.title])
    /// "indicator", as messages name a record.
    public var noun: String { "indicator" }

    /// The years with a target column: the plan's years and any other year a target is held for.
    func years(_ ws: Workspace) -> [FinancialYear] {
        Array(Set(ws.plan.period.financialYears + ws.indicators.flatMap { $0.targets.map(\.year) })).sorted()
    }

    /// The quarters with an actual column: the current year's four and any other quarter held.
    func quarters(_ ws: Workspace) -> [Quarter] {
        let current = (1...4).compactMap { Quarter(year: ws.plan.currentYear, number: $0) }
        return Array(Set(current + ws.indicators.flatMap { $0.actuals.map(\.quarter) })).sorted()
    }

    /// The catalogue's indicator columns, then "Target <year>" for each year with a target column and
    /// "Actual <quarter>" for each quarter with an actual column; the current year's also answer to the
    /// bare words a return uses ("Target", "Q2", "Jul-Sep").
    public func fields(_ ws: Workspace) -> [FieldDescription] {
        var out = Indicator.catalogue.columns()
        for y in years(ws) {
            let slash = y.description.replacingAll("-", with: "/")
            var synonyms = ["target \(slash)", "\(y) target", "\(slash) target", "target \(y.start)"]
            if y == ws.plan.currentYear { synonyms += ["target", "annual target", "year target", "target this year"] }
            out.append(FieldDescription("target \(y)", "Target \(y)", .number, synonyms: synonyms))
        }
        let months = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]
        let longMonths = ["April-June", "July-September", "October-December", "January-March"]
        for q in quarters(ws) {
            var synonyms = ["\(q) actual", "actual \(q.year) q\(q.number)", "\(q.year.description.replacingAll("-", with: "/")) q\(q.number)"]
            if q.year == ws.plan.currentYear {
                synonyms += ["q\(q.number)", "q\(q.number) actual", "quarter \(q.number)", "qtr \(q.number)", months[q.number - 1],
                             longMonths[q.number - 1], "\(months[q.number - 1]) actual"]
            }
            out.append(FieldDescription("actual \(q)", "Actual \(q)", .number, synonyms: synonyms))
        }
        return out
    }

    /// Nil when the header has a column for the indicator's title, code or id; else why it cannot be imported.
    public func headerProblem(_ match: ColumnMatch) -> String? {
        match.columns["title"] != nil || match.columns["code"] != nil || match.columns["id"] != nil ? nil
            : "the header has no column for the indicator (\"Indicator\", \"NI\", \"Code\")"
    }

    /// A row finds its indicator by id, else by code ("NI 15").
    public var referenceFields: [String] { ["id", "code"] }

    /// The indicator whose id is `reference`, else whose code is, compared without case or spacing
    /// ("ni15" finds "NI 15").
    public func find(_ reference: String, in ws: Workspace) -> Indicator? {
        lookup.find(reference, in: ws.indicators) ?? lookup.find("\u{1}" + FieldDescription.normalise(reference), in: ws.indicators)
    }

    /// The one indicator whose title is the row's, ignoring case and spacing; nil when none or several.
    public func sameTitle(_ reader: RowReader, in ws: Workspace) -> Indicator? { lookup.only(titled: reader.text("title"), in: ws.indicators) }

    /// The next "ind-N" after the highest among the indicators and the ids the sheet gives.
    public func newId(in ws: Workspace, reserved: Set<String>) -> String {
        ids.next(count: ws.indicators.count, reserved: reserved) { ws.indicators.map(\.id) }
    }

    /// A new indicator with only its id, with `Indicator`'s defaults (lower is better, 5% tolerance).
    public func blank(id: String, in ws: Workspace) -> Indicator { Indicator(id: id) }
    /// The indicator's id.
    public func id(of record: Indicator) -> String { record.id }
    /// The workspace's indicators, in the order held.
    public func records(in ws: Workspace) -> [Indicator] { ws.indicators }

    /// Puts a new indicator at the end, or a changed one in place of the one with its id, and notes a new
    /// one's id so the next made follows it.
    public func store(_ record: consuming Indicator, isNew: Bool, in ws: inout Workspace) {
        if isNew { ids.added(record.id) }
        lookup.store(record, in: &ws.indicators)
    }

    /// The indicator's value for `field` as the export writes it: yes/no for flags, numbers for figures,
    /// the worked-out latest actual, RAG and trend; empty for a field it has no value for.
    public func value(_ field: String, of i: Indicator, in ws: Workspace, today: Day) -> RawCell {
        func text(_ s: String?) -> RawCell { (s ?? "").isEmpty ? .empty : .text(s ?? "") }
        func number(_ n: Double?) -> RawCell { n.map(RawCell.number) ?? .empty }
        switch field {
        case "id": return text(i.id)
        case "code": return text(i.code)
        case "title": return text(i.title)
        case "polarity": return text(i.polarity.label)
        case "unit": return text(i.unit)
        case "baseline": return number(i.baseline)
        case "baseline_period": return text(i.baselinePeriod)
        case "stretch": return text(i.stretch ? "yes" : "no")
        case "laa": return text(i.laa ? "yes" : "no")
        case "stretch_target": return AgreedTargetCells.cell(i.agreed.filter { $0.kind == .stretch })
        case "local_target": return AgreedTargetCells.cell(i.agreed.filter { $0.kind == .local })
        case "tolerance": return number(i.tolerance)
        case "source": return text(i.source)
        case "latest": return number(i.latest?.value)
        case "latest_quarter": return text(i.latest?.quarter.description)
        case "rag": return text(i.rag?.label)
        case "trend": return text(i.trend.rawValue)
        default:
            if field.hasPrefix("target "), let y = FinancialYear(text: String(field.dropFirst(7))) { return number(i.target(for: y)) }
            if field.hasPrefix("actual "), let q = Quarter(text: String(field.dropFirst(7))) {
                return number(i.actuals.first { $0.quarter == q }?.value)
            }
            return .empty
        }
    }

    /// Applies the row: code, title, polarity (words or an arrow), unit, baseline and its period, flags,
    /// agreed targets, tolerance and source, then a target per year column and an actual per quarter column
    /// (an empty cell removes it, as "n/a", "-" or "TBC" do with a note). Refuses a row with
    /// neither title nor code; a new one without a title takes its code. The sheet's RAG is only compared,
    /// in a note.
    public func apply(_ r: inout RowReader, to i: inout Indicator, original: Indicator, isNew: Bool, ws: inout Workspace) {
        r.setText("code", &i, \.code)
        r.setText("title", &i, \.title)
        if let p = polarityArrow(r) {
            i.polarity = p
        } else if let p = r.choice("polarity", [(["higher is better", "higher", "high", "up", "increase", "higherisbetter"], Polarity.higherIsBetter),
                                         (["lower is better", "lower", "low", "down", "reduce", "decrease", "lowerisbetter"], .lowerIsBetter)],
                            expected: "Higher is better or Lower is better") {
            i.polarity = p
        }
        r.setText("unit", &i, \.unit)
        if case .some(let b) = figure(&r, "baseline", for: "the baseline") { i.baseline = b }
        r.setText("baseline_period", &i, \.baselinePeriod)
        applyBaselinePeriod(r, to: &i)
        if let s = r.flag("stretch") { i.stretch = s }
        if let l = r.flag("laa") { i.laa = l }
        applyAgreedTargets(&r, to: &i)
        if case .some(let t?) = r.number("tolerance") { i.tolerance = t }
        r.setText("source", &i, \.source)
        // The years and quarters of the sheet's columns (those of every indicator held are known
        // from the fields; working them out again for each row made an import quadratic).
        for y in given(r, "target ", FinancialYear.init(text:)) {
            guard case .some(let v) = figure(&r, "target \(y)", for: "the \(y) target") else { continue }
            i.targets.removeAll { $0.year == y }
            if let v { i.targets.append(YearTarget(year: y, value: v)) }
            i.targets.sort { $0.year < $1.year }
        }
        if i.targets == original.targets.sorted(by: { $0.year < $1.year }) { i.targets = original.targets }
        for q in given(r, "actual ", Quarter.init(text:)) {
            guard case .some(let v) = figure(&r, "actual \(q)", for: "\(q)") else { continue }
            let existing = i.actuals.firstIndex { $0.quarter == q }
            switch (existing, v) {
            case (let e?, let v?): if i.actuals[e].value != v { i.actuals[e].value = v }
            case (let e?, nil): i.actuals.remove(at: e)
            case (nil, let v?): i.actuals.append(QuarterActual(quarter: q, value: v)); i.actuals.sort { $0.quarter < $1.quarter }
            case (nil, nil): break
            }
        }
        if i.actuals == original.actuals.sorted(by: { $0.quarter < $1.quarter }) { i.actuals = original.actuals }
        if i.title.isEmpty && i.code.isEmpty { r.refuse(r.has("title") ? "title" : "code", "expected the indicator's title or code, found nothing") }
        if isNew && i.title.isEmpty { i.title = i.code }
        noteRAG(&r, i)
    }

    /// The years or quarters the row's sheet has a column for, from the fields named `prefix` + value, in order.
    func given<T: Comparable>(_ r: RowReader, _ prefix: String, _ value: (String) -> T?) -> [T] {
        r.match.columns.keys.compactMap { $0.hasPrefix(prefix) ? value(String($0.dropFirst(prefix.count))) : nil }.sorted()
    }

    /// Sets the stretch and local targets from their columns; an unchanged column leaves the
    /// indicator's list as it was (its order included).
    func applyAgreedTargets(_ r: inout RowReader, to i: inout Indicator) {
        for (field, kind) in [("stretch_target", TargetKind.stretch), ("local_target", .local)] {
            guard let cell = r.cell(field) else { continue }
            switch AgreedTargetCells.read(cell, kind: kind) {
            case .success(let given):
                guard given != i.agreed.filter({ $0.kind == kind }) else { continue }
                let all = i.agreed.filter { $0.kind != kind } + given
                i.agreedTargets = all.isEmpty ? nil : all
            case .failure(let problem):
                r.refuse(field, problem.message)
            }
        }
    }
}
