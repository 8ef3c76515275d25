/// Example data marked in the papers of a demo workspace: a note at the start, and `*` after each
/// table entry or bullet that names a record no source paper states. An entry whose sourced value the
/// user has since changed ends in `†` instead, so the paper does not claim the source for it. Papers
/// of a workspace the user made (no provenance) are left as they are.
public enum ExampleMarks {
    /// The mark after an entry no source states.
    static let example = " *"
    /// The mark after an entry whose sourced value the user has changed.
    static let changed = " \u{2020}"

    /// The note printed at the start of a demo's papers; it speaks of changed entries only when there are some.
    public static func note(_ p: Provenance, changed anyChanged: Bool = false) -> String {
        "Entries marked * are example data, not from the partnership's documents; the rest is taken from "
            + p.documents.map { "\($0.title) (\($0.id))" }.joined(separator: "; ") + "."
            + (anyChanged ? " Entries marked \u{2020} have been changed since they were taken from them." : "")
    }

    /// The paper with the note added and example entries marked.
    public static func apply(_ paper: Paper, _ ws: Workspace) -> Paper {
        guard let p = ws.info.provenance else { return paper }
        let changedNotes = ws.changedFromSource(p.notes)
        let (records, standing) = markedRecords(ws, p, changed: Set(changedNotes.map(\.record)))
        let marks = Marks(records: records, names: markedNames(records, standing: standing),
                          texts: markedTexts(ws, p, changed: changedNotes),
                          fields: Dictionary(grouping: p.notes, by: \.record).mapValues { Set($0.compactMap(\.field)) })
        var out = paper
        out.blocks = [.paragraph(note(p, changed: !changedNotes.isEmpty))] + out.blocks.map { mark($0, marks) }
        out.appendices = out.appendices.map {
            PaperAppendix(title: $0.title, blocks: $0.blocks.map { b in mark(b, marks) })
        }
        return out
    }

    /// What to mark: records by key, with the names they print; names where a paper says no record; texts.
    struct Marks {
        var records: [String: (mark: String, names: [String])]
        var names: [String: String]
        var texts: [String: String]
        /// The fields notes vouch for, by the key of each record that has notes.
        var fields: [String: Set<String>] = [:]
    }

    static func mark(_ block: PaperBlock, _ marks: Marks) -> PaperBlock {
        switch block {
        case .paragraph(let text):
            return marks.texts[text.trimmingSpaces()].map { .paragraph(text + $0) } ?? block
        case .table(var t):
            t.rows = t.rows.enumerated().map { i, row in
                guard !row.isEmpty else { return row }
                var r = row
                if i < t.rowRecords.count {
                    // The table says which record the row shows: mark the cell that names it, else the first.
                    let key = t.rowRecords[i]
                    if let m = marks.records[key] {
                        let k = row.firstIndex { m.names.contains($0.trimmingSpaces()) } ?? 0
                        r[k] += m.mark
                    }
                    // A sourced record's cells printing fields no note vouches for are example data.
                    if marks.records[key]?.mark != example, let vouched = marks.fields[key] {
                        for (c, fields) in t.columnFields.enumerated() where c < r.count && !fields.isEmpty {
                            let text = row[c].trimmingSpaces()
                            if !text.isEmpty && text != "\u{2014}" && !fields.allSatisfy(vouched.contains) { r[c] += example }
                        }
                    }
                } else {
                    guard let k = row.firstIndex(where: { marks.names[$0.trimmingSpaces()] != nil }),
                          let m = marks.names[row[k].trimmingSpaces()] else { return row }
                    r[k] += m
                }
                return r
            }
            return .table(t)
        case .bullets(let items): return .bullets(items.map { $0 + (marks.names[$0.trimmingSpaces()] ?? "") })
        default: return block
        }
    }

    /// The plan's and the partnership's written parts, as papers print them, that no note vouches for
    /// (marked *) or whose sourced value the user has changed (marked †).
    static func markedTexts(_ ws: Workspace, _ p: Provenance, changed: [SourceNote]) -> [String: String] {
        let pt = ws.partnership
        let plan = ws.plan
        let fields: [(String, String, String)] = [
            ("partnership", "vision", pt.vision), ("partnership", "storyOfPlace", pt.storyOfPlace),
            ("partnership", "communityStrategyLink", pt.communityStrategyLink),
            ("plan", "strategicAssessment", plan.strategicAssessment.summary), ("plan", "crimeStrategy", plan.crimeStrategy),
            ("plan", "performanceFramework", plan.performanceFramework), ("plan", "resourcing", plan.resourcing),
            ("plan", "engagementApproach", plan.engagementApproach), ("plan", "businessProcesses", plan.businessProcesses),
            ("plan", "publicSummary", plan.publicSummary),
        ]
        var out: [String: String] = [:]
        for (record, field, text) in fields where !text.trimmingSpaces().isEmpty {
            if p.isExample(record, field: field) {
                out[text.trimmingSpaces()] = example
            } else if changed.contains(where: { $0.record == record && $0.field == field }) {
                out[text.trimmingSpaces()] = Self.changed
            }
        }
        return out
    }

    /// The records to mark, by key, with the names papers print for them: those no note vouches for
    /// (marked *) and sourced records whose sourced values the user has changed (marked †).
    /// Also the names records print whose sources stand.
    static func markedRecords(_ ws: Workspace, _ p: Provenance, changed: Set<String>)
        -> (records: [String: (mark: String, names: [String])], standing: Set<String>) {
        var out: [String: (mark: String, names: [String])] = [:]
        var standing = Set<String>()
        func add(_ kind: String, _ id: String, _ names: [String]) {
            let key = Provenance.key(kind, id)
            let shown = names.filter { !$0.trimmingSpaces().isEmpty }
            if p.isExample(key) {
                out[key] = (example, shown)
            } else if changed.contains(key) {
                out[key] = (Self.changed, shown)
            } else {
                standing.formUnion(shown)
            }
        }
        for x in ws.partners { add("partner", x.id, [x.name]) }
        for x in ws.governance.bodies { add("body", x.id, [x.name]) }
        for x in ws.priorities { add("priority", x.id, [x.title]) }
        for x in ws.indicators { add("indicator", x.id, [x.code, x.title]) }
        for x in ws.risks.risks { add("risk", x.id, [x.reference, x.title]) }
        for x in ws.budget.fundingLines { add("fundingLine", x.id, [x.source]) }
        for x in ws.engagement { add("engagement", x.id, [x.name]) }
        for x in ws.glossary { add("glossaryTerm", x.id, [x.term]) }
        for x in ws.plan.timetable { add("milestone", x.id, [x.step]) }
        for (_, a) in ws.allActions { add("action", a.id, [a.code, a.title]) }
        // A meeting's row in the governance paper begins with its date.
        for m in ws.governance.meetings { add("meeting", m.id, [PaperDate.long(m.date)]) }
        return (out, standing)
    }

    /// The mark for each printed name, where a paper does not say which record an entry shows: * wins
    /// over †, and a name a record whose sources stand also prints is left unmarked.
    static func markedNames(_ records: [String: (mark: String, names: [String])], standing: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for (_, r) in records {
            for n in r.names where !standing.contains(n) && out[n] != example { out[n] = r.mark }
        }
        return out
    }
}

/// The statutory contents checklist as an appendix of the plan, each item with what it rests on.
public enum ChecklistPaper {
    /// The appendix: each requirement, what it rests on, and whether the plan meets it as of `today`.
    public static func appendix(_ ws: Workspace, today: Day) -> PaperAppendix {
        let items = ws.statutoryChecklist(today: today)
        return PaperAppendix(title: "Contents checklist", blocks: [
            .paragraph("What the plan must, should and by law does contain, each with what it rests on: the Act or "
                       + "regulations, the guidance, or good practice."),
            .table(PaperTable(header: ["Requirement", "Rests on", "Met"], rows: items.map {
                [$0.text, $0.basis.text, $0.result.satisfied ? "yes" : "no: " + $0.result.reason]
            })),
        ])
    }
}
