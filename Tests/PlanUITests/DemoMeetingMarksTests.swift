import Testing
@testable import PlanCore
@testable import PlanUI

/// Haringey's meetings and approval steps on screen: the seeds' meetings with their sources, the
/// example ones marked, the brief counting from the last board meeting, a title bar that fits.
@Suite("Demo meetings and the title bar")
struct DemoMeetingMarksTests {
    func haringeyMeetings() -> AppState {
        var s = demoState("haringey")
        press(&s, [.char("3")])
        command(&s, "view meetings")
        return s
    }

    func detail(_ s: AppState) -> [String] { Reducer.detailLines(s).map { $0.spans.map(\.text).joined() } }

    @Test func exampleMeetingsAreMarkedAndTheSeedsMeetingsCiteTheirSource() {
        var s = haringeyMeetings()
        let rows = Sections.visibleRows(s, Sections.model(s))
        let example = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.example) })
        #expect(example["m-csp-2009-09-24"] == true)
        #expect(example["m-csp-2008-03-28"] == false)
        #expect(example["m-strategy-group-2007-11-19"] == false)
        s.list.selectedID = "m-csp-2008-03-28"
        #expect(detail(s).contains("  That it exists: seed 001, Date: \u{201C}Date: 28 March 2008\u{201D}"))
        s.list.selectedID = "mb-csp"
        #expect(detail(s).contains("Last held: 24 Sep 2009"))
        let header = Sections.model(s).header.map { $0.spans.map(\.text).joined() }
        #expect(header.first?.hasPrefix("Last board meeting held: 24 Sep 2009") == true)
    }

    @Test func theBriefCountsFromTheLastBoardMeeting() {
        var s = demoState("haringey")
        #expect(s.since.iso == "2009-09-24")
        // The x menu offers the last meeting only when the brief counts from another date.
        let offer = "Compare since the last SCEB meeting (24 Sep 2009)"
        #expect(!SectionActions.items(s).map(\.label).contains(offer))
        command(&s, "since 2009-06-01")
        #expect(SectionActions.items(s).map(\.label).contains(offer))
    }

    @Test func approvalStepsShowTheirSourcesOrTheExampleMark() {
        var s = demoState("haringey")
        press(&s, [.char("2")])
        s.list.selectedID = "status"
        #expect(detail(s).contains("    Source: seed 001, §1.1: \u{201C}to agree the content, priorities and approach\u{201D}"))
        var sp = demoState("spelthorne")
        press(&sp, [.char("2")])
        sp.list.selectedID = "status"
        #expect(detail(sp).contains { $0.hasPrefix("• ex Community Safety Team: draft") })
    }

    @Test func theTitleBarAbbreviatesRatherThanCuts() {
        #expect(Chrome.shortStage("submitted to Government Office") == "submitted to GO")
        #expect(Chrome.shortStage("recommended to Council") == "recommended to Council")
        #expect(Chrome.shortStage("awaiting a decision") == "awaiting a decision")
        #expect(Chrome.titleLeft(name: "Haringey SCP", period: "2008–2011", stage: "submitted to Government Office", width: 61)
                == " Haringey SCP · 2008–2011 submitted to Government Office")
        #expect(Chrome.titleLeft(name: "Haringey SCP", period: "2008–2011", stage: "submitted to Government Office", width: 49)
                == " Haringey SCP · 2008–2011 submitted to GO")
        #expect(Chrome.titleLeft(name: "Haringey SCP", period: "2008–2011", stage: "submitted to Government Office", width: 31)
                == " Haringey SCP · submitted to GO")
        #expect(Chrome.titleLeft(name: "Haringey SCP", period: "2008–2011", stage: "submitted to Government Office", width: 30)
                == " Haringey SCP · submitted")
        #expect(Chrome.titleLeft(name: "Haringey SCP", period: "2008–2011", stage: "submitted to Government Office", width: 12)
                == " Haringey S…")

        var s = demoState("haringey")
        command(&s, "advance submitted to Government Office on 2008-06-02")
        #expect(s.workspace.plan.approvalStage == "submitted to Government Office")
        // Not yet saved, the title bar has less room: the body becomes its initials.
        let screen = Renderer.render(s)
        #expect(screen.trimmedText.hasPrefix(" Haringey SCP · 2008–2011 submitted to GO "))
        assertSnapshot(screen, named: "80x24-title-submitted")
        s.unsaved = []
        #expect(Renderer.render(s).trimmedText.hasPrefix(" Haringey SCP · 2008–2011 submitted to Government Office "))
    }
}
