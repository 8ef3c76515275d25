import Testing
@testable import PlanCore
@testable import PlanUI

/// Every overlay obeys the key map: rebinding a picker, menu or command-line key changes what the
/// key does there, and the help, generated from the same table, shows it and can be searched.
@Suite struct KeyMapOverlayTests {
    func rebound(_ overrides: [(name: String, keys: String, line: Int)]) -> AppState {
        var s = demoState()
        #expect(s.keyMap.apply(overrides: overrides).isEmpty)
        return s
    }

    @Test func aRebindingInTheMenuIsObeyed() {
        var s = rebound([(name: "menu.down", keys: "ctrl-n", line: 1), (name: "menu.back", keys: "ctrl-g", line: 2)])
        press(&s, [.char("m")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        #expect(m.cursor == 0)
        press(&s, [.ctrl("n")])
        guard case .menu(let moved)? = s.overlay else { Issue.record("menu closed"); return }
        #expect(moved.cursor == 1)
        press(&s, [.ctrl("g")])
        #expect(s.overlay == nil)
    }

    @Test func aRebindingInThePickerIsObeyed() throws {
        var s = rebound([(name: "picker.down", keys: "ctrl-n", line: 1), (name: "picker.back", keys: "ctrl-g", line: 2)])
        press(&s, [.char("4"), .char("e")])
        let f = try #require(form(s))
        let owning = try #require(f.visible.firstIndex { f.kind.schema.fields[$0].label == "Owning body" })
        press(&s, Array(repeating: .tab, count: owning) + [.enter])
        guard case .picker(let p, _)? = s.overlay else { Issue.record("no picker"); return }
        let start = p.cursor
        press(&s, [.ctrl("n")])
        guard case .picker(let q, _)? = s.overlay else { Issue.record("picker closed"); return }
        #expect(q.cursor == start + 1)
        // Esc is no longer bound there: it is not taken as "back".
        press(&s, [.ctrl("g")])
        #expect(form(s) != nil)
    }

    @Test func aRebindingOnTheCommandLineIsObeyed() {
        var s = rebound([(name: "input.back", keys: "ctrl-g", line: 1), (name: "input.complete", keys: "ctrl-i, right", line: 2)])
        press(&s, [.char(":")])
        type(&s, "mess")
        press(&s, [.tab])
        #expect(s.input?.buffer.text == "mess")
        press(&s, [.ctrl("i")])
        #expect(s.input?.buffer.text == "messages")
        press(&s, [.ctrl("g")])
        #expect(s.input == nil)
    }

    @Test func theHelpShowsTheBindingsInUseAndCanBeSearched() {
        var s = rebound([(name: "menu.down", keys: "ctrl-n", line: 1)])
        press(&s, [.char("?")])
        let all = HelpContent.lines(s.keyMap).map { $0.spans.map(\.text).joined() }
        #expect(all.contains { $0.hasPrefix("  ^N") && $0.contains("Move down") && $0.contains("(down)") })
        type(&s, "undo")
        #expect(s.helpSearch == "undo")
        let text = Renderer.render(s).trimmedText
        #expect(text.contains("Help — search: undo"))
        #expect(text.contains("Undo the last change"))
        #expect(!text.contains("Move down"))
        assertSnapshot(Renderer.render(s), named: "80x24-help-search")
        press(&s, [.backspace, .backspace, .backspace, .backspace])
        #expect(s.helpSearch == "")
        press(&s, [.escape])
        #expect(s.helpSearch == nil)
        guard case .help? = s.overlay else { Issue.record("help closed"); return }
        press(&s, [.escape])
        #expect(s.overlay == nil)
    }
}
