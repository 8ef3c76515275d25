import Foundation
import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Cell grid, widths and safe text")
struct ScreenTests {
    @Test(arguments: [("a", 1), ("é", 1), ("e\u{301}", 1), ("–", 1), ("中", 2), ("😀", 2), ("❤\u{FE0F}", 2), ("\u{200B}", 0)])
    func characterWidths(text: String, width: Int) {
        #expect(TextWidth.width(of: text) == width)
    }

    @Test func wideCharactersTakeTwoCellsAndNeverTearBorders() {
        var screen = Screen(size: Size(width: 10, height: 3))
        screen.box(screen.bounds)
        screen.put("安全計画です", x: 1, y: 1, maxX: 9)
        let line = screen.text.split(separator: "\n")[1]
        #expect(line == "│安全計画│")
        #expect(screen[2, 1].width == 0)
        // Overwriting half of a wide character clears the other half.
        screen.put("x", x: 2, y: 1)
        #expect(screen[1, 1].char == " " && screen[2, 1].char == "x")
    }

    @Test func controlCharactersAndEscapesAreShownHarmlessly() {
        let hostile = "Title\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}gnp.exe"
        let safe = Sanitize.forDisplay(hostile)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0.value == 0x202E })
        #expect(safe == "Title^[]0;pwned^G^[[2J?31m?gnp.exe")
        var screen = Screen(size: Size(width: 40, height: 1))
        screen.put(hostile, x: 0, y: 0)
        #expect(screen.text.hasPrefix("Title^[]0;pwned^G^[[2J?31m?gnp.exe"))
    }

    @Test func asciiModeTransliterates() {
        #expect(Sanitize.toASCII("Safer for All – Plan “2008” £241,037 café ✓") == "Safer for All - Plan \"2008\" GBP241,037 cafe x")
        var screen = Screen(size: Size(width: 12, height: 3), charset: .ascii)
        screen.box(screen.bounds)
        screen.put("Ünïcödé", x: 1, y: 1)
        #expect(screen.text == "+----------+\n|Unicode   |\n+----------+")
    }

    @Test func truncationAndWrappingUseDisplayWidth() {
        #expect(Layout.truncate("Community Safety Partnership", to: 12) == "Community S…")
        #expect(Layout.truncate("安全計画です", to: 7) == "安全計…")
        #expect(Layout.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(Layout.wrap("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(Layout.wrap("a\n\nb", width: 5) == ["a", "", "b"])
    }

    @Test func textBufferEditing() {
        var b = TextBuffer("hello world")
        b.home()
        #expect(b.cursor == 0)
        b.end()
        b.deleteWord()
        #expect(b.text == "hello ")
        b.insert("there")
        b.left(); b.left()
        b.killToEnd()
        #expect(b.text == "hello the")
        b.killToStart()
        #expect(b.text == "" && b.cursor == 0)
        var m = TextBuffer("ab\ncdef")
        m.verticalMove(-1)
        #expect(m.cursorLineColumn == (0, 2))
    }
}

@Suite("Themes, configuration and keys")
struct ThemeConfigTests {
    @Test func builtInThemesMatchTheFilesInThemes() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("themes")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files.map { String($0.dropLast(5)) } == ThemeCatalog.builtInNames.sorted())
        for (name, text) in Theme.builtInSources {
            let file = try String(contentsOf: folder.appendingPathComponent(name + ".toml"), encoding: .utf8)
            #expect(file == text, "themes/\(name).toml differs from the embedded copy")
        }
    }

    @Test func everyBuiltInThemeParsesAndDefinesEveryRole() throws {
        for name in ThemeCatalog.builtInNames {
            let theme = try ThemeCatalog.load(name).get()
            for role in Role.allCases { #expect(theme.styles[role] != nil, "\(name) has no \(role)") }
        }
    }

    @Test func brokenThemeIsReportedWithFileAndLine() throws {
        let text = "name = \"Broken\"\n[styles]\nnormal = \"252 on 235\"\ntitel = \"bold\"\n"
        let unknown = try #require(throws: ConfigError.self) { try Theme.parse(text, file: "broken.toml", base: ThemeCatalog.standard) }
        #expect(unknown.line == 4)
        #expect(unknown.description.hasPrefix("broken.toml:4: unknown role \"titel\""))
        let colour = try #require(throws: ConfigError.self) {
            try Theme.parse("[styles]\nnormal = \"purplish\"\n", file: "t.toml", base: ThemeCatalog.standard)
        }
        #expect(colour.description.hasPrefix("t.toml:2: \"purplish\" is not a colour or attribute"))
        let unquoted = try #require(throws: ConfigError.self) {
            try Theme.parse("[styles]\nnormal = 252 on 235\n", file: "t.toml", base: ThemeCatalog.standard)
        }
        #expect(unquoted.line == 2)
        #expect(ThemeCatalog.load("nonesuch").isFailure)
    }

    @Test func coloursDegrade() throws {
        let theme = try ThemeCatalog.load("default").get()
        let full = theme.style(.title, depth: .full256)
        #expect(full.fg == .index(231) && full.bg == .index(24) && full.bold)
        let basic = theme.style(.title, depth: .basic8)
        #expect(basic.fg == .index(7) && basic.bg == .index(4))
        let mono = theme.style(.selection, depth: .monochrome)
        #expect(mono.fg == .default && mono.reverse)
        #expect(Theme.colour("#ff8800") == .index(208))  // xterm 208 is #ff8700
    }

    @Test func configFileAndKeyOverrides() throws {
        let text = "theme = \"light\"\nmouse = true\n[keys]\nquit = \"ctrl-q\"\n\"list.down\" = \"j, down, n\"\nzap = \"z\"\nup = \"nokey\"\n"
        let config = try ConfigFile.parse(text, file: "config.toml")
        #expect(config.theme == "light" && config.mouse)
        var map = KeyMap.standard
        let problems = map.apply(overrides: config.keys)
        #expect(map.command(for: .ctrl("q"), in: .list) == .quit)
        #expect(map.command(for: .char("q"), in: .list) == nil)
        #expect(map.command(for: .char("n"), in: .list) == .down)
        #expect(problems.map(\.0) == [6, 7])
        #expect(problems[0].1.hasPrefix("unknown command \"zap\""))
        #expect(problems[1].1 == "\"nokey\" is not a key name")
        #expect(throws: ConfigError.self) { try ConfigFile.parse("mouse = maybe\n", file: "c") }
    }

    @Test(arguments: ["q", "ctrl-d", "down", "pgdn", "f1", "shift-tab", "space", "enter", "esc"])
    func keyNamesRoundTrip(name: String) throws {
        let key = try #require(Key(name: name))
        #expect(Key(name: key.description) == key)
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}

@Suite("Form refusals")
struct FormRefusalScreenTests {
    @Test func theWholeReasonIsShownUnderTheField() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        press(&s, Array(repeating: Key.tab, count: 8))
        press(&s, [.backspace])
        type(&s, "9")
        press(&s, [.tab])
        let lines = Renderer.render(s).text.split(separator: "\n").map(String.init)
        let at = lines.firstIndex { $0.contains("! Residual likelihood must be from 1 to 5") }
        #expect(at != nil)
        #expect(lines.dropFirst((at ?? 0) + 1).first?.contains("Almost certain") == true, "\(lines.joined(separator: "\n"))")
    }
}
