import Foundation
import Testing
@testable import PlanCore
@testable import PlanUI

/// Line breaks in a record's text: lines of their own on a record's page, a space in a one-line
/// list row, never a raw control character; and counts worded in the right number.
struct LineBreakTextTests {
    /// Haringey with action a123's latest update written on two lines, as a sheet's cell holds it.
    func withTwoLineUpdate(_ breakText: String = "\n") -> AppState {
        var s = demoState()
        for p in s.workspace.actionPlans.indices {
            for a in s.workspace.actionPlans[p].actions.indices where s.workspace.actionPlans[p].actions[a].id == "a123" {
                s.workspace.actionPlans[p].actions[a].title = "Advisers at the MARAC" + breakText + "(IDVA service)"
                s.workspace.actionPlans[p].actions[a].updates = [
                    ProgressUpdate(quarter: Quarter(containing: s.today), rag: .green, commentary: "Programme launched" + breakText + "Two cohorts started"),
                ]
            }
        }
        return s
    }

    @Test func anUpdateWrittenOnTwoLinesShowsOnTwoLinesOnTheActionsPage() throws {
        var s = withTwoLineUpdate()
        press(&s, [.char("4")])
        Reducer.jump(PlanLocation(.priorities, record: "a123"), &s)
        // The page read from its "Quarterly updates" heading, in the detail pane.
        let row = try #require(Sections.listing(s).rows.first { $0.ref == RecordRef(.action, "a123") })
        let layout = DetailLayout(PrioritiesSection.detail(s, row), width: 78)
        let heading = try #require(layout.lines.firstIndex { $0.spans.map(\.text).joined() == "Quarterly updates" })
        s.focus = .detail
        s.detailScroll = heading - 1
        let text = Renderer.render(s).text
        #expect(!text.contains("^J"))
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let update = try #require(lines.firstIndex(of: "• 2009-10 Q3 Green Programme launched"), "\(text)")
        #expect(lines[update + 1] == "Two cohorts started")
        assertSnapshot(Renderer.render(s), named: "80x24-action-update-two-lines")
    }

    @Test func aLineBreakStartsALineAtTheIndentOnARecordsPage() {
        let line = DetailLine([Span("• ", .dim), Span("2009-10 Q3 "), Span("Programme launched\r\nTwo cohorts started\rThird")], indent: 2)
        let layout = DetailLayout([line], width: 40)
        #expect(layout.lines.map { $0.spans.map(\.text).joined() } == ["• 2009-10 Q3 Programme launched", "  Two cohorts started", "  Third"])
    }

    @Test func aLineBreakInARowDrawnOnOneLineIsASpace() {
        #expect(Sanitize.forDisplay("Programme launched\nTwo cohorts\r\nstarted\rnow\tthen") == "Programme launched Two cohorts started now then")
        #expect(Sanitize.forDisplay("bell\u{7}") == "bell^G")
        var s = withTwoLineUpdate("\r\n")
        s.size = Size(width: 120, height: 40)
        press(&s, [.char("4")])
        Reducer.jump(PlanLocation(.priorities, record: "a123"), &s)
        let row = Renderer.render(s).text.split(separator: "\n").first { $0.contains("Advisers at the MARAC") }
        #expect(row?.contains("A123 Advisers at the MARAC (IDVA ser") == true, "\(row ?? "")")
        #expect(row?.contains("^") == false)
    }

    @Test func countsOfOneAreWordedInTheSingular() throws {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: Day(iso: "2026-12-05") ?? Day(dayNumber: 0))
        ws.governance.bodies = [Body(id: "snb", name: "Safer Northshire Board", acronym: "SNB", kind: .strategicBoard, tier: 1)]
        ws.priorities = [Priority(id: "p1", title: "Reduce serious violence")]
        ws.actionPlans = [ActionPlan(id: "ap1", priority: "p1", year: ws.plan.currentYear, actions: [PlanAction(id: "a1", title: "Launch the programme")])]
        ws.plan.resourcing = "Funded by the Community Safety Fund and partners' staff time."
        ws.budget.fundingLines = [FundingLine(id: "f1", source: "Community Safety Fund", year: ws.plan.currentYear, amount: Money(pounds: 120_000))]
        let checklist = ws.statutoryChecklist(today: Day(iso: "2026-12-05") ?? Day(dayNumber: 0))
        #expect(checklist.first { $0.id == "resourcing" }?.result.reason == "resourcing described; 1 funding line")
        #expect(ws.dependents(ofPriority: "p1") == ["1 action plan with 1 action (deleted with it)"])
        var s = AppState(workspace: ws, folder: "/plans/northshire", today: Day(iso: "2026-12-05") ?? Day(dayNumber: 0),
                         size: Size(width: 80, height: 24), charset: .unicode)
        #expect(Renderer.render(s).text.contains("Governance             1 active body"))
        press(&s, [.char("4")])
        let priority = try #require(Sections.listing(s).rows.first { $0.ref == RecordRef(.priority, "p1") })
        let page = PrioritiesSection.detail(s, priority).map { $0.spans.map(\.text).joined() }
        #expect(page.contains { $0.hasPrefix("• 2026-27 1 action · ") }, "\(page)")
    }
}
