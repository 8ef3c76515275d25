import Foundation
import Testing

/// Pasting into forms and moving by words, in the real binary under tmux.
@Suite("Paste and word moves end to end", .serialized)
struct PasteEndToEndTests {
    /// Puts `text` in tmux's paste buffer and pastes it as a terminal does (bracketed when the
    /// program asked for it).
    func paste(_ t: Tmux, _ text: String) {
        t.run(["set-buffer", "--", text])
        t.run(["paste-buffer", "-p", "-t", "0"])
    }

    @Test func pastedLinesFillAFieldAndABoxWithoutSubmittingTheForm() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        t.send("6", "a", "Enter")
        t.expectScreen("Title *")
        // Two lines into the one-line title: one line, and the form is still open.
        paste(t, "Loss of the night-time\neconomy wardens\n")
        var screen = t.expectScreen("Loss of the night-time economy wardens")
        #expect(screen.contains("Title *"))
        #expect(!screen.contains("Saved"))
        // Ctrl-Left twice puts the cursor before "economy": what is typed lands there.
        t.send("C-Left", "C-Left")
        t.type("local ")
        t.expectScreen("Loss of the night-time local economy wardens")
        t.send("C-Right")
        t.type("!")
        t.expectScreen("Loss of the night-time local economy! wardens")
        // Three lines into the Cause box: kept as three lines.
        t.send("Tab", "Tab", "Tab")
        paste(t, "Funding ends in March.\nThe posts go.\nNobody patrols.")
        screen = t.expectScreen("Nobody patrols.")
        let lines = screen.split(separator: "\n")
        let first = try #require(lines.firstIndex { $0.contains("Funding ends in March.") })
        #expect(lines[first + 1].contains("The posts go."))
        #expect(lines[first + 2].contains("Nobody patrols."))
        #expect(!screen.contains("Saved"))
        // Leave without saving: nothing pasted reached the register.
        t.send("Escape", "Escape")
        t.expectScreen("Discard")
        t.send("y")
        t.send("q")
        let end = t.expectExit(0)
        #expect(!(try String(contentsOfFile: demo + "/haringey/risks.json", encoding: .utf8)).contains("wardens"))
        #expect(Tmux.terminalRestored(end))
        // Bracketed paste is off again: the shell's terminal echoes a paste without the brackets.
        paste(t, "after-exit")
        let shell = t.expectScreen("after-exit")
        #expect(!shell.contains("[200~"), "\(shell)")
    }
}
