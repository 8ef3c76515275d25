import Testing
@testable import PlanCore

@Suite("Board papers")
struct PaperTests {
    let options = PaperOptions(since: day("2009-08-16"), today: day("2009-11-16"))

    @Test func riskBriefHasEverySectionAndTheRegister() throws {
        let md = try Papers.render(.risks, format: .md, of: DemoWorkspaces.haringey, options: options)
        for heading in ["## Summary", "## Residual heat map", "## New risks", "## Closed risks", "## Scores that moved",
                        "## Overdue reviews", "## Outside appetite", "## Top ten by residual score", "## Appendix: the register"] {
            #expect(md.contains(heading), "missing \(heading)")
        }
        #expect(md.contains("changes since 16 Aug 2009"))
        #expect(md.contains("| R03 | Reductions in resources for Safer Communities delivery | 12 (3×4) | 16 (4×4) | Rising |"))
        #expect(md.contains("| 4 Likely |  |  |  | 1: R03 |  |"))
    }

    @Test func htmlPrintsOnA4AndEscapesText() throws {
        var ws = DemoWorkspaces.haringey
        ws.risks.risks[0].title = "<script>alert(1)</script> & \u{1B}[31mred"
        let html = try Papers.render(.risks, format: .html, of: ws, options: options)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; [31mred"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("class=\"num band-red\">16</td>"))
    }

    @Test func markdownEscapesTableCells() {
        let t = PaperTable(header: ["A", "B"], rows: [["x | y", "*bold*\nnext"]])
        let md = MarkdownPaper.render(Paper(title: "T", blocks: [.table(t)]))
        #expect(md.contains("| x \\| y | \\*bold\\*<br>next |"))
    }

    @Test func defaultSinceIsAQuarterBeforeToday() throws {
        let md = try Papers.render(.risks, format: .md, of: DemoWorkspaces.haringey, options: PaperOptions(today: day("2009-11-16")))
        #expect(md.contains("changes since 16 Aug 2009"))
    }
}
