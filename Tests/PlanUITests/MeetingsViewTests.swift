import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Meetings view")
struct MeetingsViewTests {
    /// Herefordshire on Governance › Meetings.
    func meetingsState() -> AppState {
        var s = demoState("herefordshire")
        press(&s, [.char("3")])
        command(&s, "view meetings")
        return s
    }

    func select(_ id: String, _ s: inout AppState) {
        s.list.selectedID = id
    }

    @Test func listsEachBodysMeetingsAndFitsAt80x24() {
        let s = meetingsState()
        #expect(s.list.view == MeetingsView.index)
        let rows = Sections.visibleRows(s, Sections.model(s)).map(\.id)
        #expect(rows.prefix(3) == ["mb-cabinet", "m-cabinet-2008-05-01", "mb-strategy-group"])
        assertSnapshot(Renderer.render(s), named: "80x24-meetings")
    }

    @Test func aMeetingHeldTodayCountsAsHeld() {
        // Herefordshire's Cabinet met on 1 May 2008, the demo's as-at date.
        var s = meetingsState()
        #expect(s.today.iso == "2008-05-01")
        select("mb-cabinet", &s)
        let detail = Reducer.detailLines(s).map { $0.spans.map(\.text).joined() }
        #expect(detail.contains("Last held: 1 May 2008"))
        #expect(s.workspace.governance.lastHeld(of: "cabinet", onOrBefore: s.today)?.id == "cabinet-2008-05-01")
        #expect(s.workspace.governance.lastHeld(of: "cabinet", onOrBefore: s.today.adding(days: -1)) == nil)
    }

    @Test func aYearFromTheCadenceThenHeldCancelledAndDecided() throws {
        var s = meetingsState()
        select("mb-strategy-group", &s)
        let effects = command(&s, "meetings")
        #expect(effects == [.save([.governance])])
        #expect(s.message?.text == "Added 4 planned meetings of HCSDP Strategy Group from its cadence (quarterly); "
                + "days estimated, edit them with e")
        #expect(s.workspace.governance.meetings(of: "strategy-group").map(\.date.iso)
                == ["2008-05-01", "2008-08-01", "2008-11-01", "2009-02-01"])
        // The dashboard names the next ones.
        #expect(DashboardSection.nextMeetings(s.workspace, today: s.today)
                == "1 May 2008 HCSDP Strategy Group · 1 Aug 2008 HCSDP Strategy Group · 1 Nov 2008 HCSDP Strategy Group")

        select("m-strategy-group-2008-05-01", &s)
        command(&s, "held")
        #expect(s.workspace.governance.meeting("strategy-group-2008-05-01")?.status == .held)
        // The brief now counts from that meeting, not from a guess.
        s.today = Day(iso: "2008-06-01") ?? s.today
        #expect(s.since.iso == "2008-05-01")
        select("m-strategy-group-2008-08-01", &s)
        command(&s, "cancel")
        #expect(s.workspace.governance.meeting("strategy-group-2008-08-01")?.status == .cancelled)

        select("m-cabinet-2008-05-01", &s)
        command(&s, "decide recommended to Council that the plan be adopted")
        let item = try #require(s.workspace.governance.meeting("cabinet-2008-05-01")?.agenda.first)
        #expect(item.outcome == .recommended && item.to == "Council")
        #expect(item.decision == "Recommended to Council: that the plan be adopted")
        command(&s, "decide noted")
        #expect(s.message?.text.hasPrefix("Every agenda item of this meeting has a decision") == true)
        select("mb-cabinet", &s)
        command(&s, "held")
        #expect(s.message?.text == "Select a meeting in Governance › Meetings first")
    }

    @Test func seedZeroIsAPaperOfItsOwn() {
        var s = demoState("haringey")
        press(&s, [.char("3")])
        command(&s, "view meetings")
        let rows = Sections.visibleRows(s, Sections.model(s))
        #expect(rows.filter { $0.ref?.kind == .boardPaper }.map { $0.cells[0].text }
                == ["  3-year Strategic Partnership Plan", "  Safer for All – Three-Year Partnership Plan (Draft)",
                    "  Community Safety Partnership – Governance Report"])
        s.list.selectedID = "p-paper-plan-requirements"
        let detail = Reducer.detailLines(s).map { $0.spans.map(\.text).joined() }
        #expect(detail.prefix(5) == ["3-year Strategic Partnership Plan",
                                     "Author: Claire Kowalska, Community Safety Strategic Manager",
                                     "To: Safer Communities Executive Board", "Meeting: not recorded", "Date: —"])
        #expect(detail.contains("• Establishment of a small strategy group (sub-group of the SCEB) and appointment of a Chair"))
    }

    @Test func aAddsAnAgendaItemToTheSelectedMeeting() throws {
        var s = meetingsState()
        select("m-cabinet-2008-05-01", &s)
        press(&s, [.char("a")])
        let f = try #require(form(s))
        #expect(f.title.contains("agenda item"))
    }

    @Test func theCoverCanComeFromAMeeting() {
        var s = meetingsState()
        command(&s, "cover meeting cabinet-2008-05-01")
        #expect(s.paperCover.meeting == "Herefordshire Council Cabinet")
        #expect(s.paperCover.date?.iso == "2008-05-01")
    }

    @Test func thePlansMenuOffersTheOutcomeOfTheStepAsked() throws {
        var s = demoState("herefordshire")
        press(&s, [.char("2"), .char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        #expect(m.items.first?.label == "Record the outcome: Cabinet asked on 1 May 2008 to recommend it to Council for adoption")
        press(&s, [.enter])
        #expect(s.input?.buffer.text == "advance recommended Cabinet to Council on 2008-05-01")
        press(&s, [.enter])
        #expect(s.workspace.plan.approvalStage == "recommended to Council")
        #expect(s.workspace.plan.approval.count == 2)
        let status = Sections.model(s).rows.first { $0.id == "status" }
        #expect(status?.cells.last?.text
                == "Approved by the HCSDP Strategy Group; Cabinet recommended it to Council for adoption on 1 May 2008")
    }

    @Test func aStepTakenAtAMeetingTakesItsBodyAndDate() throws {
        var s = demoState("herefordshire")
        command(&s, "advance adopted at cabinet-2008-05-01")
        let step = try #require(s.workspace.plan.approval.last)
        #expect(step.meeting == "cabinet-2008-05-01" && step.body == "Herefordshire Council Cabinet" && step.date?.iso == "2008-05-01")
        #expect(step.sentence == "Adopted by Herefordshire Council Cabinet on 1 May 2008")
        let before = s.workspace.plan.approval
        command(&s, "advance adopted at nowhere")
        #expect(s.message?.text == "no meeting has the id \"nowhere\"; the Meetings view in Governance lists them")
        command(&s, "advance planned published on sometime")
        #expect(s.message?.text == "\"sometime\" is not a date, e.g. on 2008-05-01 or on 1 May 2008")
        #expect(s.workspace.plan.approval == before)
    }

    @Test func theApprovalStepFormAddsAStepBeforeTheTargets() throws {
        var s = demoState("haringey")
        Reducer.openAdd(AddTarget(.approvalStep), &s)
        let f = try #require(form(s))
        #expect(f.title == "Add an approval step")
        var values = f.values
        values[0] = "endorsed"
        values[2] = "Cabinet"
        values[5] = "2008-04-22"
        s.overlay = .form(FormState(kind: f.kind, ref: nil, parent: nil, title: f.title, values: values))
        press(&s, [.ctrl("s")])
        #expect(form(s) == nil)
        // The target of the same kind and body became the record of its doing, in its place.
        #expect(s.workspace.plan.approval.map(\.id) == ["step-1", "step-2", "step-3", "step-4"])
        #expect(s.workspace.plan.approval[1].sentence == "Endorsed by Cabinet on 22 April 2008")
        #expect(s.workspace.plan.approval[1].note == "A final draft of the partnership plan")
    }

    @Test func theDashboardsNextMeetingsOpenTheMeetingsView() {
        var s = demoState("herefordshire")
        s.list.selectedID = "meetings"
        press(&s, [.enter])
        #expect(s.section == .governance && s.list.view == MeetingsView.index)
    }
}
