import Testing
@testable import PlanCore
@testable import PlanUI

/// Keys that belong to the terminal rather than to what has the focus.
@Suite struct TerminalKeysTests {
    @Test func ctrlZSuspendsAndCtrlLRedrawsFromInsideAForm() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        type(&s, "x")
        #expect(press(&s, [.ctrl("z")]) == [.suspend])
        #expect(press(&s, [.ctrl("l")]) == [.redraw])
        let f = try #require(form(s))
        #expect(f.currentValues[0].hasSuffix("targetsx"), "the form changed: \(f.currentValues[0])")
    }

    @Test func ctrlZSuspendsFromTheCommandLine() {
        var s = demoState()
        press(&s, [.char(":")])
        #expect(press(&s, [.ctrl("z")]) == [.suspend])
        #expect(s.input != nil)
    }
}
