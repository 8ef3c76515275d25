import PlanCore

/// The plan: its narrative parts, approval, revisions and the statutory checklist.
enum PlanSectionView {
    /// A part of the plan: row id, label, the record it lives in and the field indices edited.
    struct Part {
        let id: String
        let label: String
        let kind: RecordKind
        let fields: [Int]
    }

    static func fieldIndex(_ kind: RecordKind, _ label: String) -> Int {
        kind.schema.fields.firstIndex { $0.label == label } ?? 0
    }

    static let parts: [Part] = [
        Part(id: "partnership", label: "Partnership", kind: .partnership,
             fields: [fieldIndex(.partnership, "Name"), fieldIndex(.partnership, "Short name"), fieldIndex(.partnership, "Area")]),
        Part(id: "vision", label: "Vision", kind: .partnership, fields: [fieldIndex(.partnership, "Vision")]),
        Part(id: "storyOfPlace", label: "Story of place", kind: .partnership, fields: [fieldIndex(.partnership, "Story of place")]),
        Part(id: "communityStrategyLink", label: "Community strategy", kind: .partnership,
             fields: [fieldIndex(.partnership, "Community strategy")]),
        Part(id: "lessonsLearnt", label: "Lessons learnt", kind: .partnership, fields: [fieldIndex(.partnership, "Lessons learnt")]),
        Part(id: "keyChallenges", label: "Key challenges", kind: .partnership, fields: [fieldIndex(.partnership, "Key challenges")]),
        Part(id: "strategicLinks", label: "Links to other plans", kind: .partnership, fields: []),
        Part(id: "strategicAssessment", label: "Strategic assessment", kind: .plan,
             fields: [fieldIndex(.plan, "Strategic assessment"), fieldIndex(.plan, "Assessment summary")]),
        Part(id: "crimeStrategy", label: "Crime strategy", kind: .plan, fields: [fieldIndex(.plan, "Crime strategy")]),
        Part(id: "performanceFramework", label: "Performance framework", kind: .plan,
             fields: [fieldIndex(.plan, "Performance framework")]),
        Part(id: "resourcing", label: "Resourcing", kind: .plan, fields: [fieldIndex(.plan, "Resourcing")]),
        Part(id: "engagementApproach", label: "Engagement approach", kind: .plan, fields: [fieldIndex(.plan, "Engagement approach")]),
        Part(id: "businessProcesses", label: "Business processes", kind: .plan, fields: [fieldIndex(.plan, "Business processes")]),
        Part(id: "nationalPriorities", label: "National priorities", kind: .plan, fields: []),
        Part(id: "period", label: "Period and version", kind: .plan,
             fields: [fieldIndex(.plan, "Title"), fieldIndex(.plan, "Period from"), fieldIndex(.plan, "Period to"),
                      fieldIndex(.plan, "Current year"), fieldIndex(.plan, "Version label")]),
        Part(id: "status", label: "Approval", kind: .plan, fields: []),
        Part(id: "revisions", label: "Annual revisions", kind: .plan, fields: []),
        Part(id: "publicSummary", label: "Public summary", kind: .plan, fields: [fieldIndex(.plan, "Public summary")]),
        Part(id: "checklist", label: "Statutory checklist", kind: .plan, fields: []),
    ]

    static func summary(_ part: Part, _ s: AppState) -> (String, Role) {
        let ws = s.workspace
        func text(_ t: String) -> (String, Role) {
            t.trimmingSpaces().isEmpty ? ("not written", .warning) : (t.replacingAll("\n", with: " "), .normal)
        }
        switch part.id {
        case "partnership": return (ws.partnership.name + (ws.partnership.area.isEmpty ? "" : " · " + ws.partnership.area), .normal)
        case "vision": return text(ws.partnership.vision)
        case "storyOfPlace": return text(ws.partnership.storyOfPlace)
        case "communityStrategyLink": return text(ws.partnership.communityStrategyLink)
        case "lessonsLearnt": return (Fmt.count(ws.partnership.lessonsLearnt.count, "lesson"), ws.partnership.lessonsLearnt.isEmpty ? .warning : .normal)
        case "keyChallenges": return (Fmt.count(ws.partnership.keyChallenges.count, "challenge"), .normal)
        case "strategicLinks": return (Fmt.count(ws.partnership.strategicLinks.count, "link"), .normal)
        case "strategicAssessment":
            return ws.plan.strategicAssessment.date.map { ($0.display + " · " + ws.plan.strategicAssessment.summary, .normal) }
                ?? text(ws.plan.strategicAssessment.summary)
        case "crimeStrategy": return text(ws.plan.crimeStrategy)
        case "performanceFramework": return text(ws.plan.performanceFramework)
        case "resourcing": return text(ws.plan.resourcing)
        case "engagementApproach": return text(ws.plan.engagementApproach)
        case "businessProcesses": return text(ws.plan.businessProcesses)
        case "nationalPriorities": return (Fmt.count(ws.plan.nationalPriorities.count, "priority", plural: "priorities"), .normal)
        case "period": return ("\(ws.plan.period) · \(ws.plan.yearPhrase(today: s.today)) · \(ws.plan.versionLabel)", .normal)
        case "status":
            return (ws.plan.approvalStatus, .strong)
        case "revisions": return (Fmt.count(ws.plan.revisions.count, "revision"), .normal)
        case "publicSummary": return text(ws.plan.publicSummary)
        default:
            let items = ws.statutoryChecklist(today: s.today)
            let done = items.filter(\.result.satisfied).count
            return ("\(done) of \(items.count) satisfied", done == items.count ? .ok : .warning)
        }
    }

    static func model(_ s: AppState) -> SectionModel {
        let rows = parts.map { part -> Row in
            let (text, role) = summary(part, s)
            let adds: [AddTarget]
            switch part.id {
            case "strategicLinks": adds = [AddTarget(.strategicLink)]
            case "nationalPriorities": adds = [AddTarget(.nationalPriority)]
            case "status": adds = [AddTarget(.approvalStep)]
            case "revisions": adds = [AddTarget(.revision)]
            case "checklist": adds = [AddTarget(.checklistNote)]
            default: adds = []
            }
            return Row(id: part.id, ref: part.fields.isEmpty ? nil : RecordRef(part.kind, part.kind.rawValue),
                       cells: [Span(part.label, .strong), Span(text, role)], adds: adds,
                       fields: part.fields.isEmpty ? nil : part.fields)
        }
        return SectionModel(columns: [Column("Part of the plan", width: 22), Column("Where it stands")], rows: rows)
    }

    /// A dim `ex` before an approval step a demo was written with that no source states.
    static func stepMark(_ ws: Workspace, _ step: ApprovalStep) -> [Span] {
        guard let p = ws.info.provenance, p.isExample(Provenance.key("approvalStep", step.id)) else { return [] }
        return [Span("ex ", .dim)]
    }

    /// Under an approval step of a demo, where it comes from: each source's citation.
    static func stepSources(_ ws: Workspace, _ step: ApprovalStep, _ d: inout DetailBuilder) {
        guard let p = ws.info.provenance else { return }
        for n in p.notes(for: Provenance.key("approvalStep", step.id)) {
            d.line(DetailLine("    Source: " + n.citation, .dim, indent: 6))
        }
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let ws = s.workspace
        var d = DetailBuilder()
        let partnershipRef = RecordRef(.partnership, "partnership")
        let planRef = RecordRef(.plan, "plan")
        switch row.id {
        case "partnership":
            d.heading("Partnership")
            d.field("Name", ws.partnership.name, ref: partnershipRef)
            d.field("Short name", ws.partnership.shortName, ref: partnershipRef)
            d.field("Area", ws.partnership.area, ref: partnershipRef)
            d.heading("About this workspace")
            d.paragraph(ws.info.description)
            for source in ws.info.sources { d.item([Span(source, .dim)]) }
        case "vision": d.heading("Vision"); d.paragraph(ws.partnership.vision, ref: partnershipRef)
        case "storyOfPlace": d.heading("Story of place"); d.paragraph(ws.partnership.storyOfPlace, ref: partnershipRef)
        case "communityStrategyLink":
            d.heading("Link to the Sustainable Community Strategy")
            d.paragraph(ws.partnership.communityStrategyLink, ref: partnershipRef)
        case "lessonsLearnt":
            d.heading("Assessment of the previous strategy: lessons learnt")
            for l in ws.partnership.lessonsLearnt { d.item([Span(l)], ref: partnershipRef) }
            if ws.partnership.lessonsLearnt.isEmpty { d.text("None recorded.", .dim) }
        case "keyChallenges":
            d.heading("Key challenges")
            for l in ws.partnership.keyChallenges { d.item([Span(l)], ref: partnershipRef) }
            if ws.partnership.keyChallenges.isEmpty { d.text("None recorded.", .dim) }
        case "strategicLinks":
            d.heading("Links with other strategic plans")
            for l in ws.partnership.strategicLinks {
                d.item([Span(l.plan, .strong), Span(" · " + l.kind.label, .dim)], ref: RecordRef(.strategicLink, l.id))
                if !l.relationship.isEmpty { d.line(DetailLine("  " + l.relationship, .normal, indent: 4)) }
            }
            d.add("Add a link", AddTarget(.strategicLink))
        case "strategicAssessment":
            d.heading("Strategic assessment")
            d.field("Date", Fmt.day(ws.plan.strategicAssessment.date), ref: planRef)
            d.paragraph(ws.plan.strategicAssessment.summary, ref: planRef)
        case "nationalPriorities":
            d.heading("National priorities")
            for n in ws.plan.nationalPriorities {
                d.item([Span(n.framework.isEmpty ? "" : n.framework + ": ", .dim), Span(n.title)], ref: RecordRef(.nationalPriority, n.id))
            }
            d.add("Add a national priority", AddTarget(.nationalPriority))
        case "period":
            d.heading("Period and version")
            d.field("Title", ws.plan.title, ref: planRef)
            d.field("Period", ws.plan.period.description, ref: planRef)
            d.field("Current year", ws.plan.currentYear.description, ref: planRef)
            d.field("Version", ws.plan.versionLabel, ref: planRef)
        case "status":
            d.heading("Approval so far")
            if ws.plan.approvalSoFar.isEmpty { d.line(DetailLine("No step recorded: the plan is a draft.", .dim)) }
            for step in ws.plan.approvalSoFar {
                d.item(stepMark(ws, step) + [Span(step.sentence, step.state == .done ? .strong : .normal),
                                             Span(step.note.isEmpty ? "" : " — " + step.note, .dim)],
                       ref: RecordRef(.approvalStep, step.id))
                stepSources(ws, step, &d)
            }
            if !ws.plan.approvalAhead.isEmpty {
                d.heading("Still to come (timetable targets)")
                for step in ws.plan.approvalAhead {
                    d.item(stepMark(ws, step) + [Span(step.sentence), Span(step.note.isEmpty ? "" : " — " + step.note, .dim)],
                           ref: RecordRef(.approvalStep, step.id))
                    stepSources(ws, step, &d)
                }
            }
            d.add("Record a step (:advance ACTION BODY …)", AddTarget(.approvalStep))
        case "revisions":
            d.heading("Annual revisions")
            for r in ws.plan.revisions {
                d.item([Span(r.year.description, .strong), Span(" " + Fmt.day(r.date) + " · " + r.summary)],
                       ref: RecordRef(.revision, r.id))
                for c in r.changes { d.line(DetailLine("    – " + c, .dim, indent: 6)) }
            }
            d.add("Record a revision", AddTarget(.revision))
        case "checklist":
            let checklist = ws.statutoryChecklist(today: s.today)
            for source in ChecklistSource.allCases {
                let group = checklist.filter { $0.source == source }
                guard let shared = group.first?.basis else { continue }
                d.heading(source.label)
                d.line(DetailLine("Rests on — " + shared.text, .dim, indent: 2))
                for item in group {
                    let ok = item.result.satisfied
                    d.item([Span(ok ? "[x] " : "[ ] ", ok ? .ok : .error), Span(item.text)], jump: item.result.fixAt, bullet: "")
                    d.line(DetailLine("     " + item.result.reason + (ok ? "" : " → \(item.result.fixAt)"),
                                      ok ? .dim : .warning, indent: 5))
                    if item.basis != shared { d.line(DetailLine("     Rests on — " + item.basis.text, .dim, indent: 5)) }
                    if let note = item.note { d.line(DetailLine("     Note: " + note, .info, ref: RecordRef(.checklistNote, item.id), indent: 5)) }
                }
            }
            d.add("Add an evidence note", AddTarget(.checklistNote))
        default:
            let (title, text): (String, String) = {
                switch row.id {
                case "crimeStrategy": return ("Strategy for tackling crime and disorder", ws.plan.crimeStrategy)
                case "performanceFramework": return ("Performance management framework", ws.plan.performanceFramework)
                case "resourcing": return ("Resourcing", ws.plan.resourcing)
                case "engagementApproach": return ("Engaging with communities", ws.plan.engagementApproach)
                case "businessProcesses": return ("Business processes", ws.plan.businessProcesses)
                default: return ("Public summary", ws.plan.publicSummary)
                }
            }()
            d.heading(title)
            d.paragraph(text, ref: planRef)
        }
        return d.lines
    }
}
