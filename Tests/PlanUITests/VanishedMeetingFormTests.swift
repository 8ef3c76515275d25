import Testing
@testable import PlanCore
@testable import PlanUI

/// An agenda item's form whose meeting was removed meanwhile (another hand's change merged from
/// disk) says so when saved, and keeps what was typed.
@Suite("Agenda item of a vanished meeting")
struct VanishedMeetingFormTests {
    @Test func savingSaysTheMeetingIsGoneAndKeepsTheForm() throws {
        var s = demoState()
        let meeting = try #require(s.workspace.governance.meetings.first)
        Reducer.openAdd(AddTarget(.agendaItem, parent: meeting.id), &s)
        type(&s, "Knife crime update")
        // Another hand removes the meeting; the change is taken in while the form is open.
        s.workspace.governance.meetings.removeAll { $0.id == meeting.id }
        let before = s.workspace
        press(&s, [.ctrl("s")])
        let f = try #require(form(s), "the form stays open")
        #expect(f.currentValues.first == "Knife crime update")
        #expect(s.message?.text.hasPrefix("Not saved: the meeting \(meeting.id) was removed meanwhile") == true)
        #expect(s.message?.level == .error)
        #expect(s.workspace == before)
    }

    @Test func anAgendaItemOfAMeetingStillThereIsSaved() throws {
        var s = demoState()
        let meeting = try #require(s.workspace.governance.meetings.first)
        Reducer.openAdd(AddTarget(.agendaItem, parent: meeting.id), &s)
        type(&s, "Knife crime update")
        press(&s, [.ctrl("s")])
        #expect(form(s) == nil)
        #expect(s.workspace.governance.meeting(meeting.id)?.agenda.contains { $0.title == "Knife crime update" } == true)
    }
}

/// Every record kept inside another is refused, not dropped, when that one was removed meanwhile.
@Suite("Records of a vanished owner")
struct VanishedOwnerTests {
    /// A kind of record, the owner a new one is added to, and how another hand removes that owner.
    struct Case: Sendable, CustomStringConvertible {
        var kind: RecordKind
        var noun: String
        var owner: @Sendable (Workspace) -> String?
        var remove: @Sendable (inout Workspace, String) -> Void
        var description: String { "\(kind)" }
    }

    static let cases: [Case] = [
        Case(kind: .agendaItem, noun: "meeting", owner: { $0.governance.meetings.first?.id },
             remove: { ws, id in ws.governance.meetings.removeAll { $0.id == id } }),
        Case(kind: .mitigation, noun: "risk", owner: { $0.risks.risks.first?.id },
             remove: { ws, id in ws.risks.risks.removeAll { $0.id == id } }),
        Case(kind: .riskReview, noun: "risk", owner: { $0.risks.risks.first?.id },
             remove: { ws, id in ws.risks.risks.removeAll { $0.id == id } }),
        Case(kind: .yearTarget, noun: "indicator", owner: { $0.indicators.first?.id },
             remove: { ws, id in ws.indicators.removeAll { $0.id == id } }),
        Case(kind: .quarterActual, noun: "indicator", owner: { $0.indicators.first?.id },
             remove: { ws, id in ws.indicators.removeAll { $0.id == id } }),
        Case(kind: .action, noun: "action plan", owner: { $0.actionPlans.first?.id },
             remove: { ws, id in ws.actionPlans.removeAll { $0.id == id } }),
        Case(kind: .progressUpdate, noun: "action", owner: { $0.actionPlans.first?.actions.first?.id },
             remove: { ws, id in for p in ws.actionPlans.indices { ws.actionPlans[p].actions.removeAll { $0.id == id } } }),
    ]

    @Test(arguments: cases) func aNewRecordOfARemovedOwnerIsRefused(_ c: Case) throws {
        var ws = DemoWorkspaces.haringey
        let owner = try #require(c.owner(ws))
        let schema = c.kind.schema
        var values = schema.blank(ws, owner)
        if let title = schema.fields.firstIndex(where: { $0.label == "Title" || $0.label == "Description" }) {
            values[title] = "Typed by the user"
        }
        var kept = ws
        #expect(throws: Never.self) { try schema.write(&kept, nil, owner, values).get() }
        c.remove(&ws, owner)
        let before = ws
        #expect(schema.write(&ws, nil, owner, values) == .failure(.ownerGone("the \(c.noun) \(owner)")))
        #expect(ws == before)
    }
}
