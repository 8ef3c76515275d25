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

/// Blank padding is sent in the style around it, so a padded column costs no change of colour.
@Suite("Cells as they are drawn")
struct DrawnScreenTests {
    static let plain: Set<Role> = [.normal, .dim, .strong, .ok]

    func roles(_ s: Screen) -> [Role] { s.cells.map(\.role) }

    @Test func blanksTakeTheStyleOnTheirLeftElseOnTheirRight() {
        var s = Screen(size: Size(width: 17, height: 1))
        s.putPadded("owner", x: 0, y: 0, width: 6, role: .dim)
        s.put(" ", x: 6, y: 0, role: .normal)
        s.putPadded("  3", x: 7, y: 0, width: 3, role: .ragGreen)
        s.put(" ", x: 10, y: 0, role: .normal)
        s.put("▲", x: 11, y: 0, role: .ok)
        s.put(" 2010", x: 12, y: 0, role: .normal)
        let drawn = s.drawn(plain: Self.plain)
        #expect(drawn.text == s.text)
        let runs = drawn.changedRuns(since: nil)
        #expect(runs.map(\.x) == [0, 7, 10, 13])
        #expect(runs.map { $0.cells.first?.role } == [.dim, .ragGreen, .ok, .normal])
        #expect(runs.map { String($0.cells.map(\.char)) } == ["owner  ", "  3", " ▲ ", "2010"])
        // Without it the same row is six changes of style.
        #expect(s.changedRuns(since: nil).count == 6)
    }

    @Test func aBlankThatShowsItsStyleKeepsIt() {
        var s = Screen(size: Size(width: 6, height: 1))
        s.put("ab", x: 0, y: 0, role: .normal)
        s.put("  ", x: 2, y: 0, role: .selection)
        s.put("c", x: 4, y: 0, role: .normal)
        #expect(roles(s.drawn(plain: Self.plain)) == [.normal, .normal, .selection, .selection, .normal, .normal])
    }

    /// A blank whose neighbour changed is sent again when its drawn style changed with it, so the
    /// terminal never keeps a stale style in the middle of text it rewrites.
    @Test func aBlankIsResentWhenItsDrawnStyleChanges() {
        var a = Screen(size: Size(width: 5, height: 1))
        a.put("ab", x: 0, y: 0, role: .strong)
        a.put("c", x: 3, y: 0, role: .normal)
        var b = a
        b.put("ab", x: 0, y: 0, role: .normal)
        let runs = b.drawn(plain: Self.plain).changedRuns(since: a.drawn(plain: Self.plain))
        #expect(runs.map { String($0.cells.map(\.char)) } == ["ab "])
    }
}
