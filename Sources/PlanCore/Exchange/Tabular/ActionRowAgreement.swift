/// An action's own columns as the first of its rows in a sheet gives them. With one row per
/// quarterly update every row repeats the action's columns, so a later row of the same action that
/// gives another value is refused, naming both rows, rather than silently undoing the first (an
/// owner changed on one row of two was reported as changed and changed back). Status and RAG are
/// left out: the row of the latest update gives those.
final class ActionRowAgreement {
    /// The action's own columns compared, by field name.
    static let fields = ["code", "title", "owner", "partners", "due", "measure", "baseline", "target", "deadline", "amount",
                         "funding_line", "staff"]

    private var first: [String: (row: Int, cells: [String: String])] = [:]

    /// Notes the row's action columns for the action `id`, or refuses each that differs from the
    /// first row of that action. A row that found no action (`isNew`) is its action's first row:
    /// an earlier row under the same id was refused and stored nothing, so the next new action was
    /// given that id again (without this, three new actions after a refused one were each told they
    /// disagreed with it "for the same action").
    func check(_ r: inout RowReader, action id: String, isNew: Bool) {
        var cells: [String: String] = [:]
        for field in Self.fields { if let t = r.text(field) { cells[field] = t } }
        guard !isNew, let earlier = first[id], earlier.row != r.row.number else {
            first[id] = (r.row.number, cells)
            return
        }
        for field in Self.fields {
            guard let here = cells[field], let there = earlier.cells[field], here != there else { continue }
            r.refuse(field, "row \(earlier.row) gives \"\(there)\" for the same action \(id), this row \"\(here)\"; "
                     + "an action's own columns must be the same on each of its rows")
        }
    }
}
