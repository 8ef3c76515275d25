import Testing
@testable import PlanCore
@testable import PlanUI

/// Text pasted in one piece (bracketed paste) is text: a pasted line end never presses Enter.
@Suite struct PasteTests {
    /// The add-risk form on the demo register, its title field focused.
    func riskForm() -> AppState {
        var s = demoState()
        press(&s, [.char("6"), .char("a"), .enter])
        return s
    }

    /// Moves the form's focus on until the field labelled `label` (the fields passed must be valid).
    func focus(_ s: inout AppState, on label: String) throws {
        for _ in 0..<30 {
            let f = try #require(form(s))
            if f.kind.schema.fields[f.fieldIndex].label == label { return }
            press(&s, [.tab])
        }
        Issue.record("no field \(label)")
    }

    @Test func aOneLineFieldTakesPastedLinesAsOneLine() throws {
        var s = riskForm()
        type(&s, "Loss ")
        let effects = press(&s, [.paste("of the night-time\r\neconomy wardens\r\n")])
        #expect(effects.isEmpty)
        let f = try #require(form(s))
        #expect(f.buffer.text == "Loss of the night-time economy wardens")
        #expect(f.fieldIndex == 0)
        #expect(!f.editingArea)
    }

    @Test func aLongTextBoxKeepsPastedLines() throws {
        var s = riskForm()
        type(&s, "Grant cut")
        try focus(&s, on: "Cause")
        press(&s, [.paste("Funding ends in March.\rThe wardens' posts go.\r")])
        var f = try #require(form(s))
        #expect(f.buffer.text == "Funding ends in March.\nThe wardens' posts go.\n")
        #expect(f.editingArea)
        // The box stays open: what is typed next follows the paste.
        type(&s, "Nobody patrols")
        f = try #require(form(s))
        #expect(f.buffer.text == "Funding ends in March.\nThe wardens' posts go.\nNobody patrols")
        #expect(f.fieldIndex == 3)
    }

    @Test func aPastedLevelTakesThePlaceOfTheOneThere() throws {
        var s = riskForm()
        type(&s, "Grant cut")
        try focus(&s, on: "Residual likelihood")
        press(&s, [.paste("4\r\n")])
        #expect(try #require(form(s)).buffer.text == "4")
    }

    @Test func aPasteIntoTheCommandLineDoesNotRunIt() throws {
        var s = demoState()
        press(&s, [.char(":")])
        let effects = press(&s, [.paste("w\rq\r")])
        #expect(effects.isEmpty)
        #expect(s.input?.buffer.text == "w q")
        #expect(s.input?.kind == .command)
    }

    @Test func aPasteIntoTheSearchFiltersTheList() {
        var s = demoState()
        press(&s, [.char("6"), .char("/")])
        press(&s, [.paste("resources\n")])
        #expect(s.input?.buffer.text == "resources")
        #expect(s.list.filter == "resources")
    }

    @Test func aPasteIntoAChoiceIsRefusedWithAMessage() throws {
        var s = demoState()
        press(&s, [.char("3"), .char("e")])
        try focus(&s, on: "Kind")
        let before = try #require(form(s)).buffer.text
        press(&s, [.paste("board\n")])
        #expect(try #require(form(s)).buffer.text == before)
        #expect(s.message == Message("Kind is chosen from a list, not typed: Enter shows it", .warning))
    }

    @Test func aPastedNameIsLookedForInThePicker() throws {
        var s = riskForm()
        type(&s, "Grant cut")
        try focus(&s, on: "Bodies")
        press(&s, [.paste("Safer\n")])
        guard case .picker(let p, _)? = s.overlay else {
            Issue.record("no picker: \(String(describing: s.overlay))")
            return
        }
        #expect(p.filter.text == "Safer")
    }

    @Test func aPasteOutsideAnyFieldSaysWhereItGoes() {
        var s = demoState()
        press(&s, [.char("6")])
        let effects = press(&s, [.paste("dd\r")])
        #expect(effects.isEmpty)
        #expect(s.overlay == nil)
        #expect(s.workspace.risks.risks.count == DemoWorkspaces.haringey.risks.risks.count)
        #expect(s.message == Message("Pasted text goes into a field: open a form or the : line first", .warning))
    }

    @Test func pastedTextIsCleanedForTheField() {
        #expect(TextBuffer.pasted("a\r\nb\rc\nd", multiline: true) == "a\nb\nc\nd")
        #expect(TextBuffer.pasted("a\r\nb\rc\nd\r\n\r\n", multiline: false) == "a b c d")
        #expect(TextBuffer.pasted("tab\there\u{1B}[31m\u{7}", multiline: false) == "tab here[31m")
        #expect(TextBuffer.pasted("\n\nx\n", multiline: true) == "\n\nx\n")
    }

    @Test func ctrlArrowsMoveByWords() throws {
        var s = riskForm()
        type(&s, "Loss of the night-time economy wardens")
        press(&s, [.ctrlLeft, .ctrlLeft])
        #expect(form(s)?.buffer.cursor == 23)
        press(&s, [.ctrlRight])
        #expect(form(s)?.buffer.cursor == 30)
        press(&s, [.ctrl("a"), .ctrlRight, .ctrlRight])
        #expect(form(s)?.buffer.cursor == 7)
        // And on the command line.
        press(&s, [.escape, .char("y"), .char(":")])
        type(&s, "owner R01 Jane")
        press(&s, [.ctrlLeft])
        #expect(s.input?.buffer.cursor == 10)
    }

    @Test func ctrlArrowsHaveNamesForTheKeyMap() {
        #expect(Key(name: "ctrl-left") == .ctrlLeft)
        #expect(Key(name: "Ctrl-Right") == .ctrlRight)
        #expect(Key.ctrlLeft.description == "ctrl-left")
        #expect(Key.ctrlRight.label == "^Right")
    }
}
