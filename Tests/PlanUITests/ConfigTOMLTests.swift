import Testing
@testable import PlanCore
@testable import PlanUI

/// Config and theme files read as TOML proper: escapes, literal strings, `#` inside quotes,
/// duplicate keys refused, types checked; every error names the file, the line and the key.
@Suite struct ConfigTOMLTests {
    @Test func escapesLiteralStringsAndHashesInsideQuotesAreRead() throws {
        let text = #"""
        name = "Quote \"#1\" tab\there"   # a comment after a quoted hash
        [styles]
        title = 'bold 231 on 24'
        """#
        let entries = try TOMLEntries.parse(text, file: "t.toml")
        #expect(entries.map(\.key) == ["name", "title"])
        #expect(entries[0].value == "Quote \"#1\" tab\there")
        #expect(entries[1].value == "bold 231 on 24" && entries[1].line == 3 && entries[1].section == "styles")
        let theme = try Theme.parse(text, file: "t.toml", base: ThemeCatalog.standard)
        #expect(theme.name == "Quote \"#1\" tab\there")
        #expect(theme.styles[.title] == Style(fg: .index(231), bg: .index(24), bold: true))
    }

    @Test func aDuplicateKeyIsRefusedWithItsLine() {
        let e = #expect(throws: ConfigError.self) {
            try ConfigFile.parse("theme = \"light\"\nmouse = false\ntheme = \"amber\"\n", file: "config.toml")
        }
        #expect(e?.file == "config.toml" && e?.line == 3)
        #expect(e?.description.contains("theme") == true)
    }

    @Test func aQuotedTrueIsNotABoolean() {
        let e = #expect(throws: ConfigError.self) { try ConfigFile.parse("theme = \"light\"\n\nmouse = \"true\"\n", file: "config.toml") }
        #expect(e?.description == "config.toml:3: mouse must be true or false, without quotes")
        let keys = #expect(throws: ConfigError.self) { try ConfigFile.parse("[keys]\nlist.down = 7\n", file: "config.toml") }
        #expect(keys?.description == "config.toml:2: the keys for list.down must be a quoted list, e.g. \"j, down\"")
    }

    @Test func dottedKeysInTheKeysTableKeepTheirNamesAndLines() throws {
        let c = try ConfigFile.parse("mouse = true\n\n[keys]\nquit = \"q, ctrl-q\"\nlist.down = \"j, down, ctrl-n\"\n", file: "config.toml")
        #expect(c.mouse)
        #expect(c.keys.map(\.name) == ["quit", "list.down"])
        #expect(c.keys.map(\.line) == [4, 5])
        #expect(c.keys.last?.keys == "j, down, ctrl-n")
    }
}
