import Foundation
import PlanCore
import Testing

/// The real binary in a real terminal: tmux, keys in, screen out.
@Suite("End to end in tmux", .serialized)
struct AppEndToEndTests {
    @Test func tmuxIsInstalled() {
        #expect(Tmux.tmuxPath != nil, "tmux is needed for the end-to-end tests: apt-get install tmux")
        #expect(FileManager.default.isExecutableFile(atPath: Tmux.binary), "saferplan was not built at \(Tmux.binary)")
    }

    /// Opens the demo, visits every section, edits a record, undoes it, resizes and quits.
    @Test func walkEverySectionEditUndoResizeAndQuit() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        t.expectScreen("Statutory checklist")
        let visits: [(String, String)] = [("2", "Story of place"), ("3", "HSP – Haringey Strategic Partnership"),
                                          ("4", "Young people – prevention"), ("5", "NI 15"), ("6", "R01"),
                                          ("7", "Area Based Grant"), ("8", "Metropolitan Police Service"),
                                          ("9", "Safer Neighbourhood ward panels"), ("0", "Sign off by SECB"),
                                          ("-", "APACS"), ("1", "Statutory checklist")]
        for (key, marker) in visits {
            t.send(key)
            t.expectScreen(marker)
        }
        // Edit a risk's title, save, see it on disk; undo, see it gone.
        t.send("6", "e")
        t.expectScreen("Edit risk: R01")
        t.send("End")
        t.type(" (revised)")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        let risksFile = demo + "/haringey/risks.json"
        #expect(try partText(FileSystem.parent(of: risksFile), .risks).contains("LAA targets (revised)"))
        t.send("u")
        t.expectScreen("Undone: edit risk R01")
        #expect(try !partText(FileSystem.parent(of: risksFile), .risks).contains("(revised)"))
        // Resize larger, too small, and back.
        t.resize(120, 40)
        t.expectScreen("Category")
        t.resize(40, 10)
        t.expectScreen("Enlarge the window")
        t.resize(80, 24)
        t.expectScreen("Next review")
        t.send("q")
        let end = t.expectExit(0)
        #expect(Tmux.terminalRestored(end), "the terminal was not restored:\n\(end)")
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func everyTerminalType(term: String) throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/spelthorne", environment: ["TERM": term])
        t.expectScreen("as at 15 Feb 2008")
        t.send("7")
        let budget = t.expectScreen("Surrey Police")
        if term == "vt100" {
            #expect(budget.contains("GBP28,000"), "vt100 draws ASCII:\n\(budget)")
            #expect(budget.contains("+--") || budget.contains("---"))
        } else {
            #expect(budget.contains("£28,000"))
            #expect(budget.contains("──"))
        }
        t.send("3")
        t.expectScreen("Operational Management Group")
        t.send("Enter")
        t.expectScreen("Next meetings: 1 May 2008")
        t.send("Escape", "q")
        let end = t.expectExit(0)
        #expect(Tmux.terminalRestored(end), "\(term): the terminal was not restored:\n\(end)")
    }

    /// Over SSH LANG often arrives empty: text must still show correctly.
    @Test func withoutLangOrLCAll() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("env -u LANG -u LC_ALL -u LC_CTYPE -u LANGUAGE \(Tmux.binary) \(demo)/haringey")
        let screen = t.expectScreen("as at 16 Nov 2009")
        #expect(screen.contains("2008–2011"), "the en dash is garbled:\n\(screen)")
        #expect(screen.contains("£2,272,500"), "the pound sign is garbled:\n\(screen)")
        #expect(screen.contains("── detail"), "box drawing is garbled:\n\(screen)")
        t.send("q")
        t.expectScreen("EXIT=0")
    }

    @Test func coloursDegradeAndNoColorIsHonoured() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        try t.start("\(Tmux.binary) \(demo)/haringey", environment: ["TERM": "tmux-256color"])
        t.expectScreen("as at 16 Nov 2009")
        #expect(t.captureStyled().contains("38;5;"), "256 colours expected")
        t.send("q")
        t.expectScreen("EXIT=0")
        let m = Tmux()
        try m.start("\(Tmux.binary) \(demo)/haringey", environment: ["NO_COLOR": "1"])
        m.expectScreen("as at 16 Nov 2009")
        let styled = m.captureStyled()
        let colour = styled.range(of: "[\\[;](3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)[;m]", options: .regularExpression)
        #expect(colour == nil, "NO_COLOR should draw without colour:\n\(styled)")
        #expect(styled.contains("\u{1B}[7m"), "selection should still show, in reverse")
        m.send("q")
        m.expectScreen("EXIT=0")
    }
}
