import Foundation
import Testing
@testable import PlanCore
@testable import PlanUI

/// Screens that use the room they have: no stray header, labels that fit, columns sharing spare
/// width, a selection of one style across the row, the round's counter kept in view.
@Suite struct ScreenFitTests {
    func line(_ s: AppState, containing text: String) -> String? {
        Renderer.render(s).text.split(separator: "\n").map(String.init).first { $0.hasPrefix(" " + text) || $0.contains(text) && !text.hasPrefix("R") }
    }

    @Test func theDashboardHasNoStrayFigureLine() {
        var s = demoState()
        press(&s, [.char("1")])
        let lines = Renderer.render(s).text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!lines.contains("Figure"))
        #expect(lines[5].hasPrefix("Next steps"))
        #expect(lines[6].hasPrefix("Risks"))
    }

    @Test func heatMapLabelsFitOrAbbreviateWithALegend() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("v")])
        #expect(line(s, containing: "5 Almost certain") != nil)
        #expect(line(s, containing: "Negligible    Minor") != nil)
        // Names too long for the cells: numbers on the axes and a legend naming them.
        s.workspace.risks.matrix.impact[0].label = "Negligible or no effect"
        s.workspace.risks.matrix.likelihood[4].label = "Almost certain this year"
        let text = Renderer.render(s).trimmedText
        #expect(text.contains("Impact: I1 Negligible or no effect · I2 Minor · I3 Moderate · I4 Major · I5"))
        #expect(text.contains("Likelihood: L1 Rare · L2 Unlikely · L3 Possible · L4 Likely · L5 Almost\n certain this year"))
        #expect(text.contains("I4 Major · I5\n Severe"))
        let axis = try #require(line(s, containing: "I1"))
        #expect(axis.contains("I5") && !axis.contains("Negligible"))
        assertSnapshot(Renderer.render(s), named: "80x24-risks-heatmap-legend")
    }

    @Test func fixedColumnsGrowIntoSpareWidth() throws {
        var s = demoState(width: 200, height: 40)
        press(&s, [.char("6")])
        let row = try #require(line(s, containing: "R01"))
        #expect(row.contains("Community Safety Strategic Manager"))
        // At 80 columns the description keeps its room and the owner is cut as before.
        var narrow = demoState()
        press(&narrow, [.char("6")])
        #expect(line(narrow, containing: "R01")?.contains("Community S…") == true)
        let columns = [Column("Title"), Column("Owner", width: 12)]
        #expect(ListPane.widths(columns, total: 100, window: 100, natural: [40, 34]) == [65, 34])
        #expect(ListPane.widths(columns, total: 60, window: 60, natural: [40, 34]) == [30, 29])
        #expect(ListPane.widths(columns, total: 40, window: 40, natural: [40, 34]) == [27, 12])
    }

    /// The selected row is one style from edge to edge, with colour or without (reverse video):
    /// its status words say the RAG and band, and a move sends it as one run.
    @Test(arguments: [true, false])
    func theSelectionIsOneStyleAcrossTheWholeRow(monochrome: Bool) throws {
        var s = demoState()
        s.monochrome = monochrome
        press(&s, [.char("6")])
        let screen = Renderer.render(s)
        let y = try #require(screen.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("R01") })
        let roles = (0..<screen.size.width).map { screen.cells[y * screen.size.width + $0].role }
        #expect(roles.allSatisfy { $0 == .selection })
    }

    @Test func theRoundCounterStaysInTheStatusLine() {
        var s = demoState()
        command(&s, "round")
        #expect(s.message?.text.hasPrefix("Update round") == true)
        press(&s, [.right])
        #expect(s.message == nil)
        let status = Renderer.render(s).text.split(separator: "\n").map(String.init)[22]
        #expect(status.contains("Update round 2009-10 Q3: 12 to go · Esc stops the round"))
    }

    @Test func storedTimesAreShownInLocalTime() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        #expect(LocalTime.describe("2026-07-01T08:15:00Z", in: london) == "1 Jul 2026 09:15")
        #expect(LocalTime.describe("2026-12-01T08:05:00Z", in: london) == "1 Dec 2026 08:05")
        #expect(LocalTime.describe("yesterday", in: london) == "yesterday")
    }
}
