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

/// The offer of a kept form reads as one sentence, wrapped by the dialog.
@Suite struct RecoveryOfferTests {
    @Test func theOfferWrapsAsOneSentence() throws {
        var s = demoState()
        let form = FormState(kind: .risk, ref: RecordRef(.risk, "R01"), parent: nil, title: "Edit risk: R01 Delays to sign-off",
                             values: Array(repeating: "", count: RecordKind.risk.schema.fields.count))
        _ = Reducer.reduce(&s, .offerRecovery(form, savedAt: "2026-12-01T08:28:53Z"))
        let lines = Renderer.render(s).text.split(separator: "\n").map(String.init)
        let k = try #require(lines.firstIndex { $0.contains("A form you were editing") })
        // Before, "the" was left alone on a line and the sentence went on in the next.
        // The time is shown in local time (the tests' TZ is whatever the machine has): the date is enough.
        #expect(lines[k + 1].contains("the session ended at 1 Dec 2026"), "\(lines[k + 1])")
        #expect(lines[k + 2].contains("Restore it? (n discards it)"))
    }
}
