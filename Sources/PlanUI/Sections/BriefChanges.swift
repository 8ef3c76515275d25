import PlanCore

extension RiskViews {
    /// The chair's brief's "changes since" group: what the change log holds after the brief's
    /// date, how many and by whom, with the latest ten.
    static func changesSince(_ s: AppState) -> [Row] {
        let entries = s.changeLog.filter { e in Instant.localDay(e.at).map { $0 > s.since } ?? false }
        var rows = [Row(id: "h-changes", cells: [Span("Changes since \(s.since.display) (\(entries.count))", .heading)], selectable: false)]
        guard !entries.isEmpty else {
            rows.append(Row(id: "none-changes", cells: [Span("  none recorded in the change log", .dim)], selectable: false))
            return rows
        }
        var people: [String: Int] = [:]
        for e in entries { people[e.who, default: 0] += 1 }
        let who = people.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        rows.append(Row(id: "changes-who", cells: [Span("  by " + ChangeReport.plain(who.joined(separator: ", ")), .dim)], selectable: false))
        for (k, e) in entries.suffix(10).reversed().enumerated() {
            let ref = e.kind == "risk" ? RecordRef(.risk, e.recordID) : nil
            rows.append(Row(id: "change-\(k)", ref: ref,
                            cells: [Span("  " + Instant.local(e.at), .dim), Span(ChangeReport.plain(e.who)), Span(ChangeReport.line(e)), Span("")],
                            selectable: ref != nil))
        }
        return rows
    }
}
