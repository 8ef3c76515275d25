import PlanCore

/// Dispatches to each section's model and detail, and applies search and sorting.
public enum Sections {
    /// The section's full model (trees expanded as the state says), built once per change of what
    /// it shows and kept in the state's cache.
    public static func model(_ s: AppState, _ section: PlanSection? = nil) -> SectionModel {
        var st = s
        if !s.list.filter.isEmpty && section == nil { st.forceExpand = true }
        let which = section ?? s.section
        return s.derived.model(s.derived.key(st, which, forceExpand: st.forceExpand)) { build(st, which) }
    }

    /// The rows the list shows for the current section (searched and sorted), kept in the state's
    /// cache: moving the selection reuses them.
    public static func listing(_ s: AppState) -> Listing {
        var st = s
        if !s.list.filter.isEmpty { st.forceExpand = true }
        let modelKey = s.derived.currentKey(s)
        let filter = s.list.filter.trimmingSpaces()
        let sortable = isSortable(s)
        let key = ListingKey(model: modelKey, filter: filter, sortColumn: sortable ? s.list.sortColumn : nil,
                             sortDescending: sortable && s.list.sortDescending)
        return s.derived.listing(key) {
            let model = s.derived.model(modelKey) { build(st, s.section) }
            let texts = filter.isEmpty ? [] : s.derived.searchTexts(modelKey, model)
            return Listing(model: model, rows: arrange(model.rows, texts: texts, filter: filter, sortColumn: key.sortColumn,
                                                      descending: key.sortDescending))
        }
    }

    /// Builds a section's model from scratch, with the demo's example-data marks.
    static func build(_ st: AppState, _ section: PlanSection) -> SectionModel {
        SourceMarks.marked(sectionModel(st, section), st, section)
    }

    static func sectionModel(_ st: AppState, _ section: PlanSection) -> SectionModel {
        switch section {
        case .dashboard: return DashboardSection.model(st)
        case .plan: return PlanSectionView.model(st)
        case .governance: return GovernanceViews.model(st)
        case .priorities: return PrioritiesSection.model(st)
        case .indicators: return IndicatorsSection.model(st)
        case .risks: return RiskViews.model(st)
        case .budget: return BudgetSection.model(st)
        case .partners: return PartnersSection.model(st)
        case .engagement: return EngagementSection.model(st)
        case .timetable: return st.list.view == 1 ? TimelineView.model(st) : TimetableSection.model(st)
        case .glossary: return GlossarySection.model(st)
        }
    }

    /// The detail lines for a row of the current section, kept in the state's cache until what they
    /// show changes.
    public static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let key = DetailKey(model: s.derived.currentKey(s), rowID: row.id, height: s.size.height)
        return s.derived.detail(key) { buildDetail(s, row) }
    }

    /// The detail lines for a row wrapped to `width`, kept like the lines themselves.
    static func detailLayout(_ s: AppState, _ row: Row, width: Int) -> DetailLayout {
        let key = DetailKey(model: s.derived.currentKey(s), rowID: row.id, height: width)
        return s.derived.layout(key) { DetailLayout(detail(s, row), width: width) }
    }

    /// The detail lines built from scratch, ending with the demo's source notes.
    static func buildDetail(_ s: AppState, _ row: Row) -> [DetailLine] {
        sectionDetail(s, row) + SourceMarks.lines(s, row)
    }

    static func sectionDetail(_ s: AppState, _ row: Row) -> [DetailLine] {
        switch s.section {
        case .dashboard: return DashboardSection.detail(s, row)
        case .plan: return PlanSectionView.detail(s, row)
        case .governance: return GovernanceViews.detail(s, row)
        case .priorities: return PrioritiesSection.detail(s, row)
        case .indicators: return IndicatorsSection.detail(s, row)
        case .risks: return RiskViews.detail(s, row)
        case .budget: return BudgetSection.detail(s, row)
        case .partners: return PartnersSection.detail(s, row)
        case .engagement: return EngagementSection.detail(s, row)
        case .timetable: return TimetableSection.detail(s, row)
        case .glossary: return GlossarySection.detail(s, row)
        }
    }

    /// Sections whose tables can be sorted by column.
    public static func isSortable(_ s: AppState) -> Bool {
        [.risks, .indicators, .partners, .engagement, .timetable, .glossary].contains(s.section) && s.list.view == 0
    }

    /// The names of a section's views, which `v` steps through (one name: no other view).
    public static func views(_ section: PlanSection) -> [String] {
        switch section {
        case .risks: return RiskViews.names
        case .governance: return GovernanceViews.names
        case .timetable: return ["Steps", "Timeline"]
        default: return []
        }
    }

    /// True when the row matches every word of the search: `is:`/`owner:`-style words match tags,
    /// other words match the row's text.
    public static func matches(_ row: Row, filter: String) -> Bool {
        matches(row, text: row.searchText, filter: filter)
    }

    /// `matches` with the row's search text already worked out.
    static func matches(_ row: Row, text: String, filter: String) -> Bool {
        for word in filter.lowercased().split(separator: " ") {
            let w = String(word)
            if w.contains(":") {
                if !row.tags.contains(where: { $0.lowercased().hasPrefix(w) }) { return false }
            } else if !text.contains(w) {
                return false
            }
        }
        return true
    }

    /// The rows shown: filtered by the search, sorted when a column is chosen.
    public static func visibleRows(_ s: AppState, _ model: SectionModel) -> [Row] {
        let filter = s.list.filter.trimmingSpaces()
        let sortable = isSortable(s)
        return arrange(model.rows, texts: filter.isEmpty ? [] : model.rows.map(\.searchText), filter: filter,
                       sortColumn: sortable ? s.list.sortColumn : nil, descending: sortable && s.list.sortDescending)
    }

    /// Rows filtered by the search (`texts`: each row's search text) and sorted by a column.
    static func arrange(_ all: [Row], texts: [String], filter: String, sortColumn: Int?, descending: Bool) -> [Row] {
        var rows = all
        if !filter.isEmpty {
            rows = all.indices.compactMap { i in
                all[i].selectable && matches(all[i], text: texts[i], filter: filter) ? all[i] : nil
            }
        }
        if let c = sortColumn {
            rows = rows.enumerated().sorted { a, b in
                let x = c < a.element.cells.count ? a.element.cells[c].text : ""
                let y = c < b.element.cells.count ? b.element.cells[c].text : ""
                if x == y { return a.offset < b.offset }
                if let dx = Double(x.filter { $0 != "," && $0 != "£" }), let dy = Double(y.filter { $0 != "," && $0 != "£" }) {
                    return descending ? dx > dy : dx < dy
                }
                return descending ? x.lowercased() > y.lowercased() : x.lowercased() < y.lowercased()
            }.map(\.element)
        }
        return rows
    }
}
