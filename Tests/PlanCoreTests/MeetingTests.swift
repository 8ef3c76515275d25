import Testing
@testable import PlanCore

@Suite("Meetings, decisions and approval steps")
struct MeetingTests {
    @Test func aYearOfMeetingsFromTheCadenceLeavesExistingDatesAlone() throws {
        var ws = DemoWorkspaces.herefordshire
        let board = try #require(ws.body("strategy-group"))
        #expect(board.cadence.rule == .monthly && board.cadence.interval == 3)
        ws.governance.meetings.append(Meeting(id: "x", body: board.id, date: day("2009-04-01"), status: .held))
        let added = ws.governance.generateMeetings(for: board, from: day("2009-01-01"))
        #expect(added == 3)
        #expect(ws.governance.meetings(of: board.id).map(\.date.iso) == ["2009-01-01", "2009-04-01", "2009-07-01", "2009-10-01"])
        #expect(ws.governance.meetings(of: board.id).filter { $0.status == .planned }.map(\.id)
                == ["strategy-group-2009-01-01", "strategy-group-2009-07-01", "strategy-group-2009-10-01"])
        // Again: nothing new.
        #expect(ws.governance.generateMeetings(for: board, from: day("2009-01-01")) == 0)
        // "As required" gives none.
        #expect(ws.governance.generatedMeetings(for: Body(id: "b"), from: day("2009-01-01")).isEmpty)
    }

    @Test func sinceTheLastMeetingResolvesFromHeldMeetings() {
        var ws = DemoWorkspaces.herefordshire
        let today = day("2009-06-10")
        // No held meeting: three months back.
        #expect(ws.briefSince(today: today).iso == "2009-03-10")
        ws.governance.meetings += [
            Meeting(id: "a", body: "strategy-group", date: day("2009-02-12"), status: .held),
            Meeting(id: "b", body: "strategy-group", date: day("2009-05-14"), status: .cancelled),
            Meeting(id: "c", body: "strategy-group", date: day("2009-05-21"), status: .planned),
            Meeting(id: "d", body: "cabinet", date: day("2009-06-01"), status: .held),
        ]
        #expect(ws.briefSince(today: today).iso == "2009-02-12")
        #expect(ws.lastBoardMeeting(onOrBefore: today)?.id == "a")
        if let c = ws.governance.meetings.firstIndex(where: { $0.id == "c" }) { ws.governance.meetings[c].status = .held }
        #expect(ws.briefSince(today: today).iso == "2009-05-21")
        let paper = try? Papers.render(.risks, format: .md, of: ws, options: PaperOptions(today: today))
        #expect(paper?.contains("changes since the last meeting on 21 May 2009") == true)
    }

    @Test func aBoardMeetingHeldTodayIsTheLastMeeting() {
        var ws = DemoWorkspaces.herefordshire
        let today = day("2009-06-10")
        ws.governance.meetings.append(Meeting(id: "today", body: "strategy-group", date: today, status: .held))
        #expect(ws.lastBoardMeeting(onOrBefore: today)?.id == "today")
        #expect(ws.briefSince(today: today) == today)
        // Still planned: the brief counts from the meeting before (none here: three months back).
        ws.governance.meetings[ws.governance.meetings.count - 1].status = .planned
        #expect(ws.briefSince(today: today).iso == "2009-03-10")
    }

    @Test func decisionsSayTheirWords() {
        #expect(AgendaItem(id: "1", outcome: .approved).decision == "Approved")
        #expect(AgendaItem(id: "1", outcome: .recommended, to: "Council").decision == "Recommended to Council")
        #expect(AgendaItem(id: "1", outcome: .noted, words: "with thanks").decision == "Noted: with thanks")
        #expect(AgendaItem(id: "1", outcome: .other, words: "Agreed, subject to the funding").decision == "Agreed, subject to the funding")
        #expect(AgendaItem(id: "1").decision == nil)
    }

    @Test func herefordshireNeverReadsAdoptedByCabinet() throws {
        let ws = DemoWorkspaces.herefordshire
        #expect(!ws.plan.approvalStatus.contains("Adopted"))
        let md = try Papers.render(.plan, format: .md, of: ws, options: PaperOptions(today: day("2008-05-02")))
        #expect(md.contains("Approved by the HCSDP Strategy Group; Cabinet asked on 1 May 2008 to recommend it to Council for adoption"))
        #expect(!md.contains("Adopted by Cabinet"))
        #expect(ws.governance.paper("paper-cabinet-plan")?.recommendations
                == ["It be recommended to Council that the Herefordshire Community Safety and Drugs Partnership Plan be adopted"])
    }

    @Test func haringeyStatesTheTargetsOfSeedOne() throws {
        let ws = DemoWorkspaces.haringey
        #expect(ws.plan.approvalStatus
                == "Safer Communities Executive Board: asked to agree the content, priorities and approach on 28 March 2008")
        #expect(ws.plan.approvalAhead.map(\.sentence) == [
            "To be endorsed by Cabinet on 22 April 2008",
            "To be submitted to Government Office by 2 June 2008",
            "A summary document to be published for general distribution by July 2008",
        ])
        let md = try Papers.render(.plan, format: .md, of: ws, options: PaperOptions(today: day("2009-06-01")))
        #expect(!md.contains("Adopted") && !md.contains("Government Office for London"))
        // Seed 000 is a paper of its own.
        let p = try #require(ws.governance.paper("paper-plan-requirements"))
        #expect(p.author == "Claire Kowalska" && p.role == "Community Safety Strategic Manager" && p.body == "csp")
        #expect(p.recommendations.count == 3 && p.implications.count == 6)
        #expect(ws.governance.meeting("csp-2008-03-28")?.agenda.first?.paper == "paper-plan-draft")
    }

    @Test func recordingATargetReplacesItInPlace() {
        var plan = Plan(approval: [
            ApprovalStep(id: "s1", action: .approved, body: "Board", date: day("2008-03-01")),
            ApprovalStep(id: "s2", action: .endorsed, state: .planned, body: "Cabinet", date: day("2008-04-22"), note: "final draft"),
            ApprovalStep(id: "s3", action: .published, state: .planned, dateWords: "by July 2008"),
        ])
        plan.record(ApprovalStep(id: "new", action: .endorsed, body: "cabinet", date: day("2008-04-23")))
        #expect(plan.approval.map(\.id) == ["s1", "s2", "s3"])
        #expect(plan.approval[1].state == .done && plan.approval[1].note == "final draft")
        #expect(plan.approval[1].sentence == "Endorsed by cabinet on 23 April 2008")
        plan.record(ApprovalStep(id: "s4", action: .adopted, body: "Council"))
        #expect(plan.approval.map(\.id) == ["s1", "s2", "s4", "s3"])
        #expect(plan.approvalStage == "adopted")
        // A step asked of a body is replaced by its outcome, keeping its meeting.
        var h = DemoWorkspaces.herefordshire.plan
        h.record(ApprovalStep(id: "x", action: .recommended, body: "Cabinet", to: "Council", date: day("2008-05-01")))
        #expect(h.approval.map(\.id) == ["step-1", "step-2"])
        #expect(h.approval[1].meeting == "cabinet-2008-05-01" && h.approval[1].state == .done)
        #expect(h.approvalStatus == "Approved by the HCSDP Strategy Group; Cabinet recommended it to Council for adoption on 1 May 2008")
    }

    @Test func validateNamesMissingReferencesAndStaleMeetings() {
        var ws = DemoWorkspaces.herefordshire
        ws.governance.meetings.append(Meeting(id: "m1", body: "nobody", date: day("2008-06-01"),
                                              agenda: [AgendaItem(id: "i", title: "T", paper: "nopaper")]))
        ws.plan.approval.append(ApprovalStep(id: "x", action: .submitted, meeting: "nomeeting"))
        let messages = ws.validate(today: day("2008-07-01")).map(\.message)
        #expect(messages.contains("names body \"nobody\", which does not exist"))
        #expect(messages.contains("names paper \"nopaper\", which does not exist"))
        #expect(messages.contains("names meeting \"nomeeting\", which does not exist"))
        #expect(messages.contains("an approval step (submitted) does not say to which body"))
        #expect(messages.contains("nobody, 1 Jun 2008 is still planned though its day has passed: mark it held or cancelled"))
    }

    @Test func theGovernancePaperListsMeetingsAndRecordedDates() throws {
        var ws = DemoWorkspaces.herefordshire
        let board = try #require(ws.body("strategy-group"))
        #expect(ws.nextMeetings(of: board, from: day("2008-05-02"), count: 2)
                == NextMeetings(dates: [day("2008-08-01"), day("2008-11-01")], estimated: true, recorded: false))
        ws.governance.meetings.append(Meeting(id: "sg", body: board.id, date: day("2008-06-12"), agenda: [
            AgendaItem(id: "i", title: "Annual refresh", outcome: .deferred, words: "to the July meeting"),
        ]))
        #expect(ws.nextMeetings(of: board, from: day("2008-05-02"), count: 2)
                == NextMeetings(dates: [day("2008-06-12")], estimated: false, recorded: true))
        let md = try Papers.render(.governance, format: .md, of: ws, options: PaperOptions(today: day("2008-05-02")))
        #expect(md.contains("| 1 May 2008 | Herefordshire Council Cabinet | Held | Herefordshire Community Safety and Drugs "
                            + "Partnership – Partnership Plan (paper: Herefordshire Community Safety and Drugs Partnership – "
                            + "Partnership Plan) | not recorded |"))
        #expect(md.contains("| 12 June 2008 | HCSDP Strategy Group | Planned | Annual refresh | Deferred: to the July meeting |"))
        #expect(md.contains("- **Next meetings:** 12 June 2008\n"))
    }
}
