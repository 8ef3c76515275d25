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
