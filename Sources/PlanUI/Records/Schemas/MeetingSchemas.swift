import PlanCore

/// Schemas for meetings, their agenda items, papers, and the plan's approval steps.
enum MeetingSchemas {
    static func meetingIndex(_ ws: Workspace, _ id: String?) -> Int? {
        guard let id else { return nil }
        return ws.governance.meetings.firstIndex { $0.id == id }
    }

    static let meeting = Schema<Meeting>(
        kind: .meeting, noun: "meeting",
        fields: [
            .requiredReference("Body", \.body, .body),
            .requiredDate("Date", \.date),
            .text("Time", \.time, help: "As written, e.g. 18:30"),
            .text("Place", \.place),
            .choice("Status", \.status),
            .longText("Note", \.note),
        ],
        find: { ws, ref in ws.governance.meeting(ref.id) },
        make: { ws, parent in
            Meeting(id: IDs.unique(prefix: "meeting-"), body: parent ?? ws.governance.partnershipBoard ?? "",
                    date: Today.resolve(for: ws.info))
        },
        store: { ws, m, ref, _ in
            var m = m
            // A new meeting's id is its body and day, as generated meetings' are, when that is free.
            let readable = Governance.meetingID(m.body, m.date)
            if ref == nil, ws.governance.meeting(readable) == nil { m.id = readable }
            Store.upsert(&ws.governance.meetings, m, replacing: ref?.id)
            ws.governance.meetings.sort { $0.date != $1.date ? $0.date < $1.date : $0.body < $1.body }
            return RecordRef(.meeting, m.id)
        },
        remove: { ws, ref in
            ws.governance.meetings.removeAll { $0.id == ref.id }
            for i in ws.governance.papers.indices where ws.governance.papers[i].meeting == ref.id { ws.governance.papers[i].meeting = nil }
            for i in ws.plan.approval.indices where ws.plan.approval[i].meeting == ref.id { ws.plan.approval[i].meeting = nil }
        },
        dependents: { ws, ref in
            var out: [String] = []
            let papers = ws.governance.papers.filter { $0.meeting == ref.id }
            if !papers.isEmpty { out.append("\(papers.count) paper\(papers.count == 1 ? " names" : "s name") it") }
            let steps = ws.plan.approval.filter { $0.meeting == ref.id }
            if !steps.isEmpty { out.append("an approval step names it") }
            return out
        },
        title: { $0.body + " " + $0.date.display })

    static let agendaItem = Schema<AgendaItem>(
        kind: .agendaItem, noun: "agenda item",
        fields: [
            .text("Title", \.title, required: true),
            .reference("Paper", \.paper, .paper),
            .optionalChoice("Decision", \.outcome),
            .text("Recommended to", \.to, help: "The body, for a recommendation"),
            .longText("Words used", \.words, help: "The decision as minuted"),
        ],
        find: { ws, ref in ws.governance.meeting(ref.parent)?.agenda.first { $0.id == ref.id } },
        make: { _, parent in AgendaItem(id: IDs.unique(prefix: "\(parent ?? "meeting")-item-")) },
        store: { ws, item, ref, parent in
            let owner = ref?.parent ?? parent
            if let i = meetingIndex(ws, owner) { Store.upsert(&ws.governance.meetings[i].agenda, item, replacing: ref?.id) }
            return RecordRef(.agendaItem, item.id, parent: owner)
        },
        remove: { ws, ref in
            if let i = meetingIndex(ws, ref.parent) { ws.governance.meetings[i].agenda.removeAll { $0.id == ref.id } }
        },
        dependents: { _, _ in [] },
        title: { $0.title },
        // Another hand may have removed the meeting while the form was open.
        missingOwner: MissingOwner.named("meeting") { ws, id in meetingIndex(ws, id) != nil })

    static let boardPaper = Schema<BoardPaper>.listed(
        .boardPaper, noun: "paper",
        fields: [
            .text("Subject", \.subject, required: true),
            .text("Author", \.author),
            .text("Author's role", \.role),
            .reference("Body", \.body, .body),
            .reference("Meeting", \.meeting, .meeting),
            .date("Date", \.date),
            .list("Purpose", \.purpose),
            .list("Recommendations", \.recommendations),
            .list("Implications", \.implications, help: "One a line, e.g. Financial: none identified"),
            .longText("Note", \.note),
        ],
        list: \.governance.papers, idPrefix: "paper-",
        make: { _, id, parent in BoardPaper(id: id, meeting: parent) },
        title: { $0.subject })

    static let approvalStep = Schema<ApprovalStep>(
        kind: .approvalStep, noun: "approval step",
        fields: [
            .choice("What was done", \.action),
            .choice("State", \.state),
            .text("Body", \.body, help: "Who acts, as the paper names it, e.g. Cabinet"),
            .text("To", \.to, help: "The body recommended or submitted to, e.g. Council"),
            .reference("Meeting", \.meeting, .meeting),
            .date("Date", \.date),
            .text("Date in words", \.dateWords, help: "When it says more than a day, e.g. by July 2008"),
            .text("Words used", \.words, help: "For a step in other words, e.g. agreed the content"),
            .longText("Note", \.note),
        ],
        find: { ws, ref in ws.plan.approval.first { $0.id == ref.id } },
        make: { ws, _ in ApprovalStep(id: IDs.unique(prefix: "step-"), action: .approved, date: Today.resolve(for: ws.info)) },
        store: { ws, step, ref, _ in
            if let ref, let i = ws.plan.approval.firstIndex(where: { $0.id == ref.id }) {
                ws.plan.approval[i] = step
                return RecordRef(.approvalStep, step.id)
            }
            return RecordRef(.approvalStep, ws.plan.record(step).id)
        },
        remove: { ws, ref in ws.plan.approval.removeAll { $0.id == ref.id } },
        dependents: { _, _ in [] },
        title: { $0.sentence })
}
