import Testing
@testable import PlanCore
@testable import PlanUI

/// Text fields that scroll with markers, boxes that wrap, readline keys, numbers as people type them.
@Suite struct FormFieldTests {
    /// Opens the add-risk form on the demo register.
    func riskForm() -> AppState {
        var s = demoState()
        press(&s, [.char("6"), .char("a"), .enter])
        return s
    }

    @Test func aLongTitleScrollsWithMarkers() throws {
        var s = riskForm()
        let title = "Reduction in Home Office grant leaves the partnership unable to fund the domestic abuse advocates next year"
        type(&s, title)
        var text = Renderer.render(s).text
        let line = try #require(text.split(separator: "\n").first { $0.contains("Title *") })
        // The start is cut off and marked; the end, where the cursor is, is shown.
        #expect(line.contains("‹"))
        #expect(!line.contains("›"))
        #expect(line.contains("advocates next year"))
        #expect(!line.contains("Reduction in"))
        press(&s, [.ctrl("a")])
        text = Renderer.render(s).text
        let start = try #require(text.split(separator: "\n").first { $0.contains("Title *") })
        #expect(start.contains("Reduction in Home Office"))
        #expect(start.contains("›"))
        #expect(!start.contains("‹"))
        assertSnapshot(Renderer.render(s), named: "80x24-form-long-title")
    }

    @Test func sliceKeepsTheCursorInViewWithRoomForMarkers() {
        let chars = Array("abcdefghijklmnopqrstuvwxyz")
        #expect(FieldWindow.slice(chars, cursor: 26, width: 30) == FieldWindow.Slice(start: 0, end: 26, cutRight: false))
        // At the end: 1 marker + 7 letters + the cursor's cell.
        #expect(FieldWindow.slice(chars, cursor: 26, width: 10) == FieldWindow.Slice(start: 19, end: 26, cutRight: false))
        // At the start: 9 letters and the right marker.
        #expect(FieldWindow.slice(chars, cursor: 0, width: 10) == FieldWindow.Slice(start: 0, end: 9, cutRight: true))
        // In the middle: both markers, the cursor's letter shown.
        let mid = FieldWindow.slice(chars, cursor: 15, width: 10)
        #expect(mid.cutLeft && mid.cutRight && mid.start <= 15 && mid.end > 15)
    }

    @Test func readlineKeysInAOneLineField() throws {
        var s = riskForm()
        type(&s, "Loss of the night-time economy wardens")
        // Ctrl-E is the end of the line here, not $EDITOR.
        press(&s, [.ctrl("a"), .ctrl("e")])
        #expect(form(s)?.buffer.cursor == 38)
        let effects = press(&s, [.alt("b"), .alt("b")])
        #expect(effects.isEmpty)
        #expect(form(s)?.buffer.cursor == 23)
        press(&s, [.alt("f")])
        #expect(form(s)?.buffer.cursor == 30)
        press(&s, [.ctrl("w")])
        #expect(form(s)?.buffer.text == "Loss of the night-time  wardens")
        press(&s, [.alt("d"), .ctrl("a"), .alt("f"), .ctrl("k")])
        #expect(form(s)?.buffer.text == "Loss")
        press(&s, [.ctrl("u")])
        #expect(form(s)?.buffer.text == "")
    }

    @Test func escAndALetterTogetherOutsideTextAreBothKeys() {
        var s = demoState()
        press(&s, [.char("6")])
        // A terminal that sends Esc then j at once: Esc (nothing to close) then j (down).
        press(&s, [.alt("j")])
        #expect(s.list.index == 1)
        #expect(s.overlay == nil)
    }

    @Test func aLongCommentaryWrapsInItsBox() throws {
        var s = demoState()
        press(&s, [.char("2"), .char("j"), .char("e"), .enter, .ctrl("a"), .ctrl("k")])
        type(&s, "Residents in Northumberland Park told the ward panel that the lighting on the estate paths is the first thing to fix")
        let text = Renderer.render(s).text
        #expect(text.contains("Residents in Northumberland Park told"))
        #expect(text.contains("the first thing to fix"))
        let wrapped = FieldWindow.wrap(TextBuffer("one two three four five six"), width: 10)
        // Nine letters a row and a cell for the cursor.
        #expect(wrapped.rows == ["one two ", "three ", "four ", "five six"])
        #expect(wrapped.cursorRow == 3 && wrapped.cursorColumn == 8)
        // Empty lines (paragraph breaks) stay rows of their own.
        let paragraphs = FieldWindow.wrap(TextBuffer("one\n\ntwo"), width: 10)
        #expect(paragraphs.rows == ["one", "", "two"])
        #expect(paragraphs.cursorRow == 2 && paragraphs.cursorColumn == 3)
        assertSnapshot(Renderer.render(s), named: "80x24-form-wrapped-box")
    }

    @Test func aMultiLinePasteIntoATextBoxKeepsEveryLine() {
        var s = demoState()
        press(&s, [.char("2"), .char("j"), .char("e")])
        press(&s, [.ctrl("a")])
        // A paste arrives as keys: the first letter opens the box, Enter keeps each line break.
        let pasted = "First line\nSecond line\nThird line"
        press(&s, pasted.map { $0 == "\n" ? Key.enter : Key.char($0) })
        #expect(form(s)?.buffer.text.hasSuffix("First line\nSecond line\nThird line") == true)
    }

    @Test func levelFieldsSayTheirMeaningScoreBandAndAppetite() throws {
        var s = riskForm()
        type(&s, "Grant cut")
        press(&s, [.tab])
        // A suggested field jumps to the first suggestion with the letter typed.
        type(&s, "F")
        // On to residual likelihood (title, category, owner, cause, event, consequence, 2 inherent).
        press(&s, Array(repeating: .tab, count: 7))
        #expect(form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } == "Residual likelihood")
        press(&s, [.ctrl("u")]); type(&s, "4")
        press(&s, [.tab, .ctrl("u")]); type(&s, "4")
        let text = Renderer.render(s).text
        #expect(text.contains("4 · Likely (1–5)"))
        #expect(text.contains("4 · Major (1–5)  = 16 Very high · outside appetite"))
        assertSnapshot(Renderer.render(s), named: "80x24-form-risk-scores")
        press(&s, [.ctrl("u")]); type(&s, "2")
        #expect(Renderer.render(s).text.contains("2 · Minor (1–5)  = 8 Medium · within appetite"))
    }

    @Test func aDigitTypedOnALevelTakesThePlaceOfTheOneThere() {
        var s = riskForm()
        type(&s, "Grant cut")
        // Title, category, owner, cause, event, consequence: on to the inherent likelihood, blank
        // while the new risk is not yet scored.
        press(&s, Array(repeating: .tab, count: 6))
        #expect(form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } == "Inherent likelihood")
        #expect(form(s)?.buffer.text == "")
        type(&s, "4")
        #expect(form(s)?.buffer.text == "4")
        type(&s, "3")
        #expect(form(s)?.buffer.text == "3")
        press(&s, [.backspace])
        #expect(form(s)?.buffer.text == "")
    }

    @Test func percentagesAndPoundsAsPeopleTypeThem() throws {
        var s = demoState()
        press(&s, [.char("5"), .char("e")])
        let f = try #require(form(s))
        let tolerance = try #require(f.visible.firstIndex { f.kind.schema.fields[$0].label == "Tolerance %" })
        press(&s, Array(repeating: .tab, count: tolerance))
        press(&s, [.ctrl("u")]); type(&s, "40%")
        press(&s, [.ctrl("s")])
        #expect(s.overlay == nil)
        #expect(s.workspace.indicators.first?.tolerance == 40)
        #expect(NumberText.plain(" 1,250.5 % ") == "1250.5")
        #expect(Money(text: "£1,200") == Money(text: "1200"))
    }
}

