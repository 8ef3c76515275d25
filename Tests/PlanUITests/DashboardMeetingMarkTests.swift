import Testing
@testable import PlanCore
@testable import PlanUI

/// The dashboard's next meetings carry the example mark the Meetings view gives them.
@Suite("Dashboard meeting marks")
struct DashboardMeetingMarkTests {
    @Test func nextMeetingsAreMarkedAsTheMeetingsViewMarksThem() throws {
        var s = demoState("haringey")
        press(&s, [.char("3")])
        command(&s, "view meetings")
        let rows = Sections.visibleRows(s, Sections.model(s))
        let example = Dictionary(rows.map { ($0.id, $0.example) }) { a, _ in a }
        let next = s.workspace.governance.upcoming(from: s.today, count: 3)
        try #require(!next.isEmpty)
        let text = DashboardSection.nextMeetings(s.workspace, today: s.today)
        let parts = text.components(separatedBy: " · ")
        #expect(parts.count == next.count)
        for (m, part) in zip(next, parts) {
            #expect(part.hasSuffix(" ex") == (example["m-" + m.id] == true), "\(part)")
        }
        #expect(parts.contains { $0.hasSuffix(" ex") }, "the demo's next meetings include an example one")
        var plain = s.workspace
        plain.info.provenance = nil
        #expect(!DashboardSection.nextMeetings(plain, today: s.today).contains(" ex"))
    }
}
