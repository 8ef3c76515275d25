/// The risk register as CSV: one row per risk. Columns marked derived are written for readers and
/// ignored on import.
public enum RiskCSV {
    /// Column names in order.
    public static let header = [
        "id", "ref", "title", "category", "owner", "status", "cause", "event", "consequence",
        "inherent_likelihood", "inherent_impact", "inherent_score",
        "residual_likelihood", "residual_impact", "residual_score", "residual_band",
        "target_likelihood", "target_impact", "target_score",
        "direction", "outside_appetite", "controls", "mitigations",
        "raised_on", "last_review", "next_review", "overdue", "priorities", "bodies",
    ]

    /// Columns computed from the others.
    public static let derived: Set<String> = ["inherent_score", "residual_score", "residual_band", "target_score",
                                              "direction", "outside_appetite", "overdue"]

    /// Mitigations as one line each: `description | action id | owner | due date`.
    static func mitigationLine(_ m: Mitigation) -> String {
        [m.description, m.action ?? "", m.owner, m.due?.iso ?? ""].joined(separator: " | ")
    }

    static func parseMitigation(_ line: String) -> Mitigation? {
        let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        guard let d = parts.first, !d.isEmpty else { return nil }
        let action = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        let owner = parts.count > 2 ? parts[2] : ""
        let due = parts.count > 3 ? Day(lenient: parts[3]) : nil
        return Mitigation(description: d, action: action, owner: owner, due: due)
    }

    /// The register as a CSV document.
    public static func export(_ register: RiskRegister, today: Day) -> String {
        let rows: [[CSV.Cell]] = register.risks.map { r in
            let n = { (v: Int) in CSV.Cell.number(String(v)) }
            return [
                CSV.Cell(r.id), CSV.Cell(r.reference), CSV.Cell(r.title), CSV.Cell(r.category), CSV.Cell(r.owner), CSV.Cell(r.status.rawValue),
                CSV.Cell(r.cause), CSV.Cell(r.event), CSV.Cell(r.consequence),
                n(r.inherent.likelihood), n(r.inherent.impact), n(r.inherent.value),
                n(r.residual.likelihood), n(r.residual.impact), n(r.residual.value),
                CSV.Cell(register.matrix.band(for: r.residual)?.name ?? ""),
                n(r.target.likelihood), n(r.target.impact), n(r.target.value),
                CSV.Cell(r.direction.rawValue), CSV.Cell(register.isOutsideAppetite(r) ? "yes" : "no"),
                CSV.Cell(r.controls.joined(separator: "\n")),
                CSV.Cell(r.mitigations.map(mitigationLine).joined(separator: "\n")),
                CSV.Cell(r.raisedOn?.iso ?? ""), CSV.Cell(r.lastReview?.iso ?? ""),
                CSV.Cell(register.nextReviewDue(r)?.iso ?? ""),
                CSV.Cell(register.isOverdue(r, today: today) ? "yes" : "no"),
                CSV.Cell(r.priorities.joined(separator: ";")), CSV.Cell(r.bodies.joined(separator: ";")),
            ]
        }
        return CSV.document(header: header, rows: rows)
    }
}
