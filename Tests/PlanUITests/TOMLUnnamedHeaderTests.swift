import Testing
@testable import PlanUI

/// A table header with no name (`[=`, `[[[`, `[` at the end of a line) is refused with its line
/// and column before toml++ sees it (toml++ 3.4 aborts the process on it); a line that only looks
/// like one inside a multi-line string or array is read as TOML says.
@Suite struct TOMLUnnamedHeaderTests {
    @Test(arguments: [
        ("[=]\n", 1, 2, "'='"),
        ("theme = \"light\"\n[[[keys]]]\n", 2, 3, "'['"),
        ("mouse = true\n  [[ ,\n", 2, 6, "','"),
        ("[keys]\n[\n", 2, 2, "the end of the line"),
        ("[keys]\n\t[ #x]\n", 2, 4, "'#'"),
        ("\u{FEFF}[.keys]\n", 1, 2, "'.'"),
        ("theme = \"\"\"\n[=\n\"\"\"\n[\u{E9}]\n", 4, 2, "byte 0xC3"),
    ])
    func anUnnamedHeaderIsRefusedWithItsLineAndColumn(text: String, line: Int, column: Int, saw: String) {
        let e = #expect(throws: ConfigError.self) { try ConfigFile.parse(text, file: "config.toml") }
        #expect(e?.file == "config.toml" && e?.line == line)
        #expect(e?.message == "expected a table name after \"[\" (a bare name such as keys, or a quoted one), saw \(saw)")
        let p = #expect(throws: TOMLDocument.Problem.self) { try TOMLDocument.table(text) }
        #expect(p?.line == line && p?.column == column)
    }

    @Test func linesThatOnlyLookLikeHeadersInsideStringsAndArraysAreRead() throws {
        let config = try ConfigFile.parse("user = \"\"\"\n[=\n  [[[\n[\n\"\"\"\ntheme = '''\n[#\n'''\n", file: "config.toml")
        #expect(config.user == "[=\n  [[[\n[\n")
        #expect(config.theme == "[#\n")
        let table = try TOMLDocument.table("a = [\n[\n1\n],\n[[[2]]],\n]\n[b]\nc = 1\n")
        #expect(table["a"]?.array?.count == 2)
        #expect(table["b"]?.table?["c"]?.int == 1)
    }

    @Test func tomlErrorsOfItsOwnKeepTheirLine() {
        let e = #expect(throws: ConfigError.self) { try ConfigFile.parse("theme = \"light\"\n[ [keys]]\n", file: "config.toml") }
        #expect(e?.line == 2)
        #expect(e?.message.contains("brackets must be contiguous") == true, "\(e?.message ?? "")")
    }

    /// The fuzz case that stopped the process in TOMLKit's table iterator: a quoted key holding \u0000.
    @Test(arguments: [
        ("theme = \"light\"\nmouse = true\n[keys]\nquit = \"q, ctrl-q\"\n\"list.d\\u0000own\" = \"j, down, n\"", 5),
        ("[styles.\"a\\U00000000\"]\nx = 1\n", 1),
        ("a = [{ \"\\u0000\" = 1 }]\n", 1),
    ])
    func aKeyHoldingUPlus0000IsRefusedWithItsLine(text: String, line: Int) {
        let e = #expect(throws: ConfigError.self) { try ConfigFile.parse(text, file: "config.toml") }
        #expect(e?.line == line)
        #expect(e?.message == "a key holds the character U+0000 (\\u0000), which no setting's name can hold; expected the name without it")
    }

    @Test func tooManyLookAlikesAreRefusedAtTheFirstBeyondTheLimit() {
        let lines = String(repeating: "[=\n", count: TOMLDocument.checkedLines + 1)
        let p = #expect(throws: TOMLDocument.Problem.self) { try TOMLDocument.table("user = \"\"\"\n\(lines)\"\"\"\n") }
        #expect(p?.line == TOMLDocument.checkedLines + 2)
        #expect(p?.message.hasPrefix("more than 64 lines start with \"[\" without a table name after it") == true)
    }
}
