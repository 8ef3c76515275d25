import AppShell
import Testing

/// `$VISUAL`/`$EDITOR` is split into words as a shell splits a simple command.
@Suite struct EditorCommandTests {
    @Test(arguments: [
        ("vim -u NONE", ["vim", "-u", "NONE"]),
        ("code --wait", ["code", "--wait"]),
        ("  nano  ", ["nano"]),
        ("'/opt/My Editor/ed' -n", ["/opt/My Editor/ed", "-n"]),
        ("\"/opt/My Editor/ed\" \"a \\\"b\\\"\"", ["/opt/My Editor/ed", "a \"b\""]),
        ("/opt/My\\ Editor/ed", ["/opt/My Editor/ed"]),
        ("emacs -nw ''", ["emacs", "-nw", ""]),
        ("vi\t-c 'set tw=72'", ["vi", "-c", "set tw=72"]),
    ])
    func splitsAsAShellWould(_ command: String, _ words: [String]) {
        #expect(EditorCommand.words(command) == .success(words))
    }

    @Test func anUnclosedQuoteIsRefusedWithTheReason() {
        #expect(EditorCommand.words("vim 'oops") == .failure(.unclosedQuote("'")))
        #expect(EditorCommand.words("vim \"oops") == .failure(.unclosedQuote("\"")))
        #expect(EditorCommand.words("   ") == .failure(.empty))
    }

    @Test func visualComesBeforeEditorAndViIsTheLastResort() {
        #expect(EditorCommand.chosen(environment: ["VISUAL": "code --wait", "EDITOR": "nano"]) == "code --wait")
        #expect(EditorCommand.chosen(environment: ["VISUAL": " ", "EDITOR": "nano"]) == "nano")
        #expect(EditorCommand.chosen(environment: [:]) == "vi")
    }
}
