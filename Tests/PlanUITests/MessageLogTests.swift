import Testing
@testable import PlanCore
@testable import PlanUI

/// Messages said in full and kept: undo and redo name the change, `:messages` and M show the log.
@Suite struct MessageLogTests {
    @Test func undoAndRedoSayInFullWhatTheyDid() {
        var s = demoState()
        press(&s, [.char("6"), .char("e"), .ctrl("u")])
        type(&s, "Delays to sign-off of the Safer Communities LAA targets by Government Office London")
        press(&s, [.tab, .tab])
        press(&s, [.ctrl("u")])
        type(&s, "Head of Community Safety")
        press(&s, [.ctrl("s"), .char("u")])
        #expect(s.message?.text == "Undone: edit risk R01 Delays to sign-off of the Safer Communities LAA targets by Government "
                + "Office London (title, owner) (^R redoes)")
        press(&s, [.ctrl("r")])
        #expect(s.message?.text == "Redone: edit risk R01 Delays to sign-off of the Safer Communities LAA targets by Government "
                + "Office London (title, owner) (u undoes)")
    }

    @Test func theLogKeepsEachMessageWithItsTimeAndTheUndoHistory() throws {
        var s = demoState()
        s.clock = "09:14:05"
        press(&s, [.char("6"), .char("d"), .char("y")])
        s.clock = "09:15:30"
        command(&s, "since someday")
        press(&s, [.char("j")])
        #expect(s.message == nil)
        command(&s, "messages")
        guard case .messages? = s.overlay else { Issue.record("no message log"); return }
        let text = Renderer.render(s).trimmedText
        #expect(text.contains("09:14:05  Deleted risk R01 Delays to sign-off of the Safer Communities"))
        #expect(text.contains("09:15:30  \"someday\" is not a date"))
        #expect(text.contains("u undoes  delete risk R01 Delays to sign-off of the Safer Communities LAA"))
        assertSnapshot(Renderer.render(s), named: "80x24-messages")
        // Undo from the log: the history below changes at once.
        press(&s, [.char("u")])
        #expect(s.workspace.risk("R01") != nil)
        #expect(Renderer.render(s).trimmedText.contains("^R redoes delete risk R01 Delays to sign-off"))
        press(&s, [.escape])
        #expect(s.overlay == nil)
        press(&s, [.char("M")])
        guard case .messages? = s.overlay else { Issue.record("M should open the log"); return }
        press(&s, [.char("M")])
        #expect(s.overlay == nil)
    }

    @Test func readOnlyHintsOfferOnlyWhatWorks() throws {
        var s = demoState()
        s.readOnlyReasons = ["opened with --read-only"]
        press(&s, [.char("6")])
        let hints = try #require(Renderer.render(s).trimmedText.split(separator: "\n").last.map(String.init))
        #expect(hints == " ? help  / search  : cmd  x act  v view  q quit  M messages")
        var writable = demoState()
        press(&writable, [.char("6")])
        let full = try #require(Renderer.render(writable).trimmedText.split(separator: "\n").last.map(String.init))
        #expect(full.contains("a add  e edit  d del  u undo"))
    }
}
