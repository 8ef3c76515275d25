import Testing
@testable import PlanCore
@testable import PlanUI

/// Haringey's meetings and approval steps on screen: the seeds' meetings with their sources, the
/// example ones marked, the brief counting from the last board meeting.
@Suite("Demo meetings")
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
        let s = demoState("haringey")
        #expect(s.since.iso == "2009-09-24")
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
}
