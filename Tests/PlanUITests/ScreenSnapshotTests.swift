import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Screens as text snapshots")
struct ScreenSnapshotTests {
    static let sections: [(String, Key)] = [
        ("dashboard", .char("1")), ("plan", .char("2")), ("governance", .char("3")), ("priorities", .char("4")),
        ("indicators", .char("5")), ("risks", .char("6")), ("budget", .char("7")), ("partners", .char("8")),
        ("engagement", .char("9")), ("timetable", .char("0")), ("glossary", .char("-")),
    ]

    @Test(arguments: sections)
    func everySectionAt80x24(name: String, key: Key) {
        var s = demoState()
        press(&s, [key])
        assertSnapshot(Renderer.render(s), named: "80x24-\(name)")
    }

    @Test(arguments: sections)
    func everySectionAt120x40(name: String, key: Key) {
        var s = demoState(width: 120, height: 40)
        press(&s, [key])
        assertSnapshot(Renderer.render(s), named: "120x40-\(name)")
    }

    @Test func spelthorneBudgetMarksProjectedLines() {
        var s = demoState("spelthorne")
        press(&s, [.char("7")])
        let screen = Renderer.render(s)
        assertSnapshot(screen, named: "80x24-spelthorne-budget")
        // Projected figures are drawn in italics, as the plan prints them.
        let lines = screen.text.split(separator: "\n").map(String.init)
        let police = lines.firstIndex { $0.contains("Surrey Police") } ?? 0
        let column = lines[police].distance(from: lines[police].startIndex, to: lines[police].range(of: "Surrey")!.lowerBound)
        #expect(screen[column, police].italic)
        let council = lines.firstIndex { $0.contains("Spelthorne Borough Council") } ?? 0
        #expect(!screen[column, council].italic)
        press(&s, [.char("G")])
        #expect(Renderer.render(s).text.contains("£241,037"))
    }

    @Test func zoomedRecordPage() {
        var s = demoState()
        press(&s, [.char("3"), .char("j"), .char("j"), .enter])
        assertSnapshot(Renderer.render(s), named: "80x24-governance-pmg-page")
    }

    @Test func formAndDialogs() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        assertSnapshot(Renderer.render(s), named: "80x24-risk-form")
        press(&s, [.escape, .char("d")])
        assertSnapshot(Renderer.render(s), named: "80x24-delete-question")
        press(&s, [.char("n"), .char("?")])
        assertSnapshot(Renderer.render(s), named: "80x24-help")
    }

    @Test func asciiTerminal() {
        var s = demoState(charset: .ascii)
        press(&s, [.char("3")])
        let screen = Renderer.render(s)
        assertSnapshot(screen, named: "80x24-governance-ascii")
        #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func tooSmall() {
        var s = demoState(width: 50, height: 12)
        press(&s, [.char("6")])
        assertSnapshot(Renderer.render(s), named: "50x12-too-small")
    }
}
