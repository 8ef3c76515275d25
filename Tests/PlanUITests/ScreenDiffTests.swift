import Testing
@testable import PlanCore
@testable import PlanUI

/// What the terminal is sent for a frame: only the cells that changed, in runs of one style.
@Suite("Changed cells between frames")
struct ScreenDiffTests {
    /// Cells the runs hold, wide characters counted by their width.
    func sent(_ runs: [ChangedRun]) -> Int { runs.reduce(0) { $0 + $1.cells.reduce(0) { $0 + Int($1.width) } } }

    @Test func aCursorMoveSendsOnlyTheChangedCellsOfTheListDetailAndStatus() {
        var s = demoState(width: 100, height: 30)
        press(&s, [.char("6")])
        let before = Renderer.render(s)
        let regions = Regions(size: s.size, zoomed: false, headerLines: Sections.listing(s).model.headerLines,
                              rowCount: Sections.listing(s).rows.count, listOnly: false)
        press(&s, [.char("j")])
        let after = Renderer.render(s)
        let runs = after.changedRuns(since: before)
        let changed = after.changedCellCount(since: before)
        #expect(changed > 0)
        #expect(sent(runs) == changed)
        // Title, tabs and key hints are the same frame to frame: nothing of them is sent.
        let still = Set([regions.title.y, regions.tabs.y, regions.hints.y])
        #expect(runs.allSatisfy { !still.contains($0.y) })
        // Far below a full frame: the two list rows, the detail and the status line.
        #expect(changed * 4 < after.size.width * after.size.height)
    }

    @Test func aFrameWithNoChangeSendsNothingAndAFirstFrameSendsEveryCell() {
        var s = demoState()
        press(&s, [.char("6")])
        let frame = Renderer.render(s)
        #expect(Renderer.render(s).changedRuns(since: frame).isEmpty)
        #expect(sent(frame.changedRuns(since: nil)) == frame.size.width * frame.size.height)
    }

    @Test func aRunBreaksAtAnUnchangedCellAndAtAStyleChange() {
        var a = Screen(size: Size(width: 10, height: 1))
        a.put("abcdefghij", x: 0, y: 0, role: .normal)
        var b = a
        b.put("XY", x: 1, y: 0, role: .normal)
        b.put("Z", x: 4, y: 0, role: .normal)
        b.put("W", x: 5, y: 0, role: .error)
        let runs = b.changedRuns(since: a)
        #expect(runs.map(\.x) == [1, 4, 5])
        #expect(runs.map { String($0.cells.map(\.char)) } == ["XY", "Z", "W"])
    }
}
