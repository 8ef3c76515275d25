/// Example data marked in the papers of a demo workspace: a note at the start, and `*` after each
/// table entry or bullet that names a record no source paper states. Papers of a workspace the
/// user made (no provenance) are left as they are.
public enum ExampleMarks {
    /// The note printed at the start of a demo's papers.
    public static func note(_ p: Provenance) -> String {
        "Entries marked * are example data, not from the partnership's documents; the rest is taken from "
            + p.documents.map { "\($0.title) (\($0.id))" }.joined(separator: "; ") + "."
    }

    /// The paper with the note added and example entries marked.
    public static func apply(_ paper: Paper, _ ws: Workspace) -> Paper {
        guard let p = ws.info.provenance else { return paper }
        let names = exampleNames(ws, p)
        let texts = exampleTexts(ws, p)
        var out = paper
        out.blocks = [.paragraph(note(p))] + out.blocks.map { mark($0, names, texts) }
        out.appendices = out.appendices.map {
            PaperAppendix(title: $0.title, blocks: $0.blocks.map { b in mark(b, names, texts) })
        }
        return out
    }

    static func mark(_ block: PaperBlock, _ names: Set<String>, _ texts: Set<String>) -> PaperBlock {
        switch block {
        case .paragraph(let text) where texts.contains(text.trimmingSpaces()): return .paragraph(text + " *")
        case .table(var t):
            t.rows = t.rows.map { row in
                guard let k = row.firstIndex(where: { names.contains($0.trimmingSpaces()) }) else { return row }
                var r = row
                r[k] += " *"
                return r
            }
            return .table(t)
        case .bullets(let items): return .bullets(items.map { names.contains($0.trimmingSpaces()) ? $0 + " *" : $0 })
        default: return block
        }
    }

    /// The plan's and the partnership's written parts that no note vouches for, as papers print them.
    static func exampleTexts(_ ws: Workspace, _ p: Provenance) -> Set<String> {
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
        return Set(fields.filter { p.isExample($0.0, field: $0.1) }.map { $0.2.trimmingSpaces() }.filter { !$0.isEmpty })
    }

    /// The names papers print for records no note vouches for, less any a sourced record also bears.
    static func exampleNames(_ ws: Workspace, _ p: Provenance) -> Set<String> {
        var example = Set<String>()
        var sourced = Set<String>()
        func add(_ kind: String, _ id: String, _ names: [String]) {
            let shown = names.filter { !$0.trimmingSpaces().isEmpty }
            if p.isExample(Provenance.key(kind, id)) { example.formUnion(shown) } else { sourced.formUnion(shown) }
        }
        for x in ws.partners { add("partner", x.id, [x.name]) }
        for x in ws.governance.bodies { add("body", x.id, [x.name]) }
        for x in ws.priorities { add("priority", x.id, [x.title]) }
        for x in ws.indicators { add("indicator", x.id, [x.code, x.title]) }
        for x in ws.risks.risks { add("risk", x.id, [x.id, x.title]) }
        for x in ws.budget.fundingLines { add("fundingLine", x.id, [x.source]) }
        for x in ws.engagement { add("engagement", x.id, [x.name]) }
        for x in ws.glossary { add("glossaryTerm", x.id, [x.term]) }
        for x in ws.plan.timetable { add("milestone", x.id, [x.step]) }
        for (_, a) in ws.allActions { add("action", a.id, [a.code, a.title]) }
        // A meeting's row in the governance paper begins with its date.
        for m in ws.governance.meetings { add("meeting", m.id, [PaperDate.long(m.date)]) }
        return example.subtracting(sourced)
    }
}

/// The statutory contents checklist as an appendix of the plan, each item with what it rests on.
public enum ChecklistPaper {
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
