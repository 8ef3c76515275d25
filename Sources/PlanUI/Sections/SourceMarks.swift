import PlanCore

/// Example-data markers and sources, for demo workspaces (those with `WorkspaceInfo.provenance`).
/// A workspace the user made has no provenance, and nothing here draws anything for it.
enum SourceMarks {
    /// The search word that finds rows of example data.
    static let tag = "is:example"

    /// The Plan section's rows that show several fields, and which.
    static let rowFields: [String: [String]] = ["partnership": ["name", "shortName", "area"],
                                                "period": ["title", "period", "versionLabel"]]

    /// The provenance key of the record a row shows, and the fields when the row shows part of the
    /// plan or partnership (the Plan section's rows).
    static func key(_ s: AppState, _ row: Row) -> (record: String, fields: [String]?)? {
        guard let ref = row.ref else { return nil }
        switch ref.kind {
        case .plan: return ("plan", rowFields[row.id] ?? [row.id])
        case .partnership: return ("partnership", rowFields[row.id] ?? [row.id])
        case .body where s.editingProposalIndex != nil:
            // A proposal's body stands on its own notes, or on the current body it was copied from.
            let proposed = Provenance.key("proposedBody", ref.id)
            let own = s.workspace.info.provenance.map { $0.isExample(proposed) || !$0.notes(for: proposed).isEmpty } ?? false
            return (own ? proposed : Provenance.key("body", ref.id), nil)
        default: return (Provenance.key(ref.kind.rawValue, ref.id), nil)
        }
    }

    /// True when a demo states nothing about what the row shows.
    static func isExample(_ p: Provenance, _ examples: Set<String>, _ s: AppState, _ row: Row) -> Bool {
        guard let k = key(s, row) else { return false }
        if let fields = k.fields {
            // A plan field stands on the notes of either single part.
            return fields.allSatisfy { p.isExample("plan", field: $0) && p.isExample("partnership", field: $0) }
        }
        return examples.contains(k.record)
    }

    /// The model with its example rows marked (a dim `ex` in the list, and `is:example` for search).
    static func marked(_ model: SectionModel, _ s: AppState, _ section: PlanSection) -> SectionModel {
        guard let p = s.workspace.info.provenance, section != .dashboard else { return model }
        var m = model
        let examples = Set(p.examples)
        for i in m.rows.indices where isExample(p, examples, s, m.rows[i]) {
            m.rows[i].example = true
            m.rows[i].tags.append(tag)
        }
        return m
    }

    /// Lines that end a record's page in a demo: where its values come from, or that it is example data.
    static func lines(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let p = s.workspace.info.provenance, s.section != .dashboard, let k = key(s, row) else { return [] }
        let notes = k.fields.map { fs in
            p.notes.filter { ($0.record == "plan" || $0.record == "partnership") && fs.contains($0.field ?? "") }
        } ?? p.notes(for: k.record)
        // A record the user added to the demo is theirs: nothing to say about its source.
        if notes.isEmpty && k.fields == nil && !p.isExample(k.record) { return [] }
        var out: [DetailLine] = [.blank, DetailLine("Source", .heading)]
        if notes.isEmpty {
            out.append(DetailLine([Span("ex ", .dim), Span("Example data: no source paper states this; it was filled "
                + "in to show the app working.", .dim)], indent: 3))
            return out
        }
        // A value the user has changed is theirs now: the note says what the source stated instead.
        let changed = s.workspace.changedFromSource(notes)
        for n in notes {
            let what = n.field.map { (k.fields?.count ?? 2) > 1 ? label($0) + ": " : "" } ?? "That it exists: "
            if changed.contains(n) {
                out.append(DetailLine([Span("  " + what, .label), Span("changed from the source, which stated ", .dim),
                                       Span(n.citation, .dim)], indent: 4))
            } else {
                out.append(DetailLine([Span("  " + what, .label), Span(n.citation, .normal)], indent: 4))
            }
        }
        out.append(DetailLine("  " + Set(notes.map(\.source)).sorted().map { "\($0): " + p.title(of: $0) }
            .joined(separator: "; "), .dim, indent: 2))
        if (k.fields?.count ?? 2) > 1 {
            out.append(DetailLine("  Fields not named here are example data, filled in to show the app working.", .dim,
                                  indent: 2))
        }
        return out
    }

    /// `storyOfPlace` → `Story of place`.
    static func label(_ field: String) -> String {
        var out = ""
        for c in field {
            if c.isUppercase { out += " " + c.lowercased() } else { out.append(c) }
        }
        return out.prefix(1).uppercased() + out.dropFirst()
    }
}
