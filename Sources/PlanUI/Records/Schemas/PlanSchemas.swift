import PlanCore

/// Schemas for the plan itself and the partnership's narrative.
enum PlanSchemas {
    static let plan = Schema<Plan>.single(
        .plan, noun: "plan",
        fields: [
            .text("Title", \.title, required: true),
            .integer("Period from", \.period.startYear, 1990...2100),
            .integer("Period to", \.period.endYear, 1990...2100),
            .year("Current year", \.currentYear),
            .text("Version label", \.versionLabel),
            .date("Strategic assessment", \.strategicAssessment.date),
            .longText("Assessment summary", \.strategicAssessment.summary),
            .longText("Crime strategy", \.crimeStrategy, help: "The strategy for tackling crime and disorder"),
            .longText("Performance framework", \.performanceFramework),
            .longText("Resourcing", \.resourcing, help: "Mainstreaming, skills, partner contributions"),
            .longText("Engagement approach", \.engagementApproach),
            .longText("Business processes", \.businessProcesses, help: "Compliance with the partnership guidance"),
            .longText("Public summary", \.publicSummary),
        ],
        at: \.plan, title: { $0.title })

    static let partnership = Schema<Partnership>.single(
        .partnership, noun: "partnership",
        fields: [
            .text("Name", \.name, required: true),
            .text("Short name", \.shortName),
            .text("Area", \.area),
            .longText("Vision", \.vision),
            .longText("Story of place", \.storyOfPlace),
            .longText("Community strategy", \.communityStrategyLink, help: "Link to the Sustainable Community Strategy"),
            .list("Lessons learnt", \.lessonsLearnt),
            .list("Key challenges", \.keyChallenges),
        ],
        at: \.partnership, title: { $0.name })

    static let strategicLink = Schema<StrategicLink>.listed(
        .strategicLink, noun: "link to another plan",
        fields: [
            .text("Plan", \.plan, required: true),
            .choice("Kind", \.kind),
            .owner("Owner", \.owner),
            .longText("Relationship", \.relationship),
        ],
        list: \.partnership.strategicLinks, idPrefix: "link-",
        make: { _, id, _ in StrategicLink(id: id) },
        title: { $0.plan })

    static let revision = Schema<PlanRevision>.listed(
        .revision, noun: "annual revision",
        fields: [
            .year("Year", \.year),
            .date("Date", \.date),
            .longText("Summary", \.summary),
            .list("Changes", \.changes),
        ],
        list: \.plan.revisions, idPrefix: "rev-",
        make: { ws, id, _ in PlanRevision(id: id, year: ws.plan.currentYear, date: Today.resolve(for: ws.info)) },
        title: { "Revision for \($0.year)" })

    static let nationalPriority = Schema<NationalPriority>.listed(
        .nationalPriority, noun: "national priority",
        fields: [.text("Framework", \.framework), .text("Title", \.title, required: true)],
        list: \.plan.nationalPriorities, idPrefix: "np-",
        make: { _, id, _ in NationalPriority(id: id) },
        title: { $0.title })

    static let checklistNote = Schema<ChecklistNote>(
        kind: .checklistNote, noun: "evidence note",
        fields: [
            Field.make("Checklist item", "item", .choice, required: true,
                       options: { ws in ws.statutoryChecklist(today: Today.resolve(for: ws.info)).map { Option($0.id, $0.text) } },
                       get: { n, _ in n.item }) { (n, v, _) throws(FieldError) in
                guard !v.trimmingSpaces().isEmpty else { throw FieldError("choose the checklist item") }
                n.item = v.trimmingSpaces()
            },
            .longText("Note", \.note),
        ],
        find: { ws, ref in ws.plan.checklistNotes.first { $0.item == ref.id } },
        make: { _, parent in ChecklistNote(item: parent ?? "", note: "") },
        store: { ws, n, ref, _ in
            ws.plan.checklistNotes.removeAll { $0.item == (ref?.id ?? n.item) || $0.item == n.item }
            if !n.note.isEmpty { ws.plan.checklistNotes.append(n) }
            return RecordRef(.checklistNote, n.item)
        },
        remove: { ws, ref in ws.plan.checklistNotes.removeAll { $0.item == ref.id } },
        dependents: { _, _ in [] },
        title: { "Note on \($0.item)" })
}
