import Foundation
import Testing
@testable import PlanCore
@testable import PlanUI

/// A hostile file may hold a field of many megabytes: drawing looks only at what fits.
@Suite struct LongTextTests {
    static let megabyteTitle = String(repeating: "abcdefgh ", count: 120_000)

    /// Before, the form scrolled its focused field by re-measuring the text once per character
    /// of it (quadratic: 24 s for 8 KB), so a 1 MB title never drew; the limit guards a hang,
    /// it measures no speed.
    @Test(.timeLimit(.minutes(1))) func aFormOnAMegabyteTitleDrawsTheEndOfIt() throws {
        var s = demoState()
        s.workspace.risks.risks[0].title = Self.megabyteTitle + "THE END"
        press(&s, [.char("6"), .char("e")])
        let f = try #require(form(s))
        #expect(f.buffer.cursor == f.buffer.chars.count)
        let screen = Renderer.render(s).text
        let titleRow = try #require(screen.split(separator: "\n").first { $0.contains("Title *") })
        #expect(titleRow.contains("abcdefgh THE END"), "\(titleRow)")
    }

    @Test(.timeLimit(.minutes(1))) func listsAndPagesOfAMegabyteTitleDraw() throws {
        var s = demoState()
        s.workspace.risks.risks[0].title = Self.megabyteTitle
        press(&s, [.char("6")])
        let screen = Renderer.render(s).text
        #expect(screen.contains("R01  abcdefgh abcdefgh abcdef…"), "\(screen)")
        press(&s, [.tab])
        let page = Renderer.render(s).text
        #expect(page.contains("R01 abcdefgh abcdefgh"), "\(page)")
    }

    @Test func aSpanKeepsAFewScreensOfTextAndSaysHowMuchThereWas() {
        let span = Span(Self.megabyteTitle)
        #expect(span.text.hasSuffix("… (cut: \(Self.megabyteTitle.utf8.count) bytes in all)"))
        #expect(span.text.count == LongText.spanLimit + "… (cut: \(Self.megabyteTitle.utf8.count) bytes in all)".count)
        #expect(Span("short").text == "short")
    }

    @Test func truncationOfALongTextIsTheSameAsOfItsPrefix() {
        let long = String(repeating: "é\u{1B}x", count: 100_000)
        #expect(Layout.truncate(long, to: 10) == "é^[xé^[xé…")
        #expect(Layout.truncate("short", to: 10) == "short")
        #expect(Layout.truncate(String(repeating: "a", count: 36), to: 10) == "aaaaaaaaa…")
    }
}
