import Testing
@testable import PlanCore

/// The demos' meetings, papers and approval steps carry their sources; the meetings no seed dates
/// are example data; "since the last meeting" counts from the board's last recorded meeting.
struct DemoMeetingSourcesTests {
    static let asAt = Day(year: 2009, month: 11, day: 16) ?? Day(dayNumber: 0)

    @Test func haringeysMeetingsAreTheSeedsOrMarkedExample() throws {
        let ws = DemoWorkspaces.haringey
        let p = try #require(ws.info.provenance)
        let sourced = ws.governance.meetings.filter { !p.isExample(Provenance.key("meeting", $0.id)) }
        #expect(sourced.map(\.id) == ["strategy-group-2007-11-19", "csp-2008-03-28", "csp-2012-03-01"])
        #expect(sourced.allSatisfy { $0.status == .held })
        #expect(p.notes(for: "meeting:csp-2008-03-28").map(\.citation).contains(
            "seed 001, Date: \u{201C}Date: 28 March 2008\u{201D}"))
        #expect(p.notes(for: "meeting:strategy-group-2007-11-19").first?.source == "seed 000")
        #expect(p.notes(for: "meeting:csp-2012-03-01").first?.source == "seed 004")
        // The quarterly SCEBs between March 2008 and the as-at date are example data.
        let examples = ws.governance.meetings.filter { p.isExample(Provenance.key("meeting", $0.id)) }.map(\.date.iso)
        #expect(examples == ["2008-06-26", "2008-09-25", "2008-12-11", "2009-03-26", "2009-06-25", "2009-09-24", "2009-12-10"])
    }

    @Test func haringeysBriefCountsFromTheLastBoardMeeting() {
        let ws = DemoWorkspaces.haringey
        #expect(ws.lastBoardMeeting(onOrBefore: Self.asAt)?.id == "csp-2009-09-24")
        #expect(ws.briefSince(today: Self.asAt).iso == "2009-09-24")
    }

    @Test func papersStepsAndAgendaItemsCarryTheirSources() throws {
        let h = try #require(DemoWorkspaces.haringey.info.provenance)
        for key in ["boardPaper:paper-plan-requirements", "boardPaper:paper-plan-draft", "boardPaper:paper-governance-2012",
                    "agendaItem:csp-2008-03-28-1", "approvalStep:step-1", "approvalStep:step-2", "approvalStep:step-3",
                    "approvalStep:step-4"] {
            #expect(!h.isExample(key), "\(key)")
            #expect(!h.notes(for: key).isEmpty, "\(key)")
        }
        #expect(h.notes(for: "approvalStep:step-3").contains { $0.field == "to" && $0.quote == "Government Office" })
        let hf = try #require(DemoWorkspaces.herefordshire.info.provenance)
        #expect(hf.notes(for: "meeting:cabinet-2008-05-01").first?.quote == "CABINET 1 MAY 2008")
        #expect(!hf.isExample("approvalStep:step-2") && !hf.isExample("boardPaper:paper-cabinet-plan"))
        // Spelthorne's first step (a December draft by the Community Safety Team) no seed states.
        let sp = try #require(DemoWorkspaces.spelthorne.info.provenance)
        #expect(sp.isExample("approvalStep:step-1") && !sp.isExample("approvalStep:step-2"))
        // Every meeting, agenda item, paper and step is either sourced or example data.
        for (name, ws) in DemoWorkspaces.all {
            let p = ws.info.provenance ?? Provenance()
            let noted = Set(p.notes.map(\.record))
            #expect(Set(ws.meetingRecordKeys).isSubset(of: noted.union(p.examples)), "\(name)")
        }
    }

    @Test func haringeysVersionSaysWhatSeedOneSays() throws {
        let ws = DemoWorkspaces.haringey
        #expect(ws.plan.versionLabel == "Draft, to the SCEB on 28 March 2008")
        #expect(ws.plan.approvalStage == "awaiting a decision")
        let p = try #require(ws.info.provenance)
        #expect(!p.isExample("plan", field: "versionLabel"))
    }
}

/// The governance paper marks the meetings no seed dates.
struct DemoMeetingPaperTests {
    @Test func exampleMeetingsAreMarkedInTheGovernancePaper() throws {
        let md = try Papers.render(.governance, format: .md, of: DemoWorkspaces.haringey,
                                   options: PaperOptions(today: DemoMeetingSourcesTests.asAt))
        #expect(md.contains("| 24 September 2009 \\* | Safer Communities Executive Board | Held |"))
        #expect(md.contains("| 28 March 2008 | Safer Communities Executive Board | Held |"))
        #expect(md.contains("| 1 March 2012 | Safer Communities Executive Board | Held |"))
    }
}
