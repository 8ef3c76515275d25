import Foundation
import Testing

/// A damaged config, theme or import map whose line starts a table header with no name (`[[[`,
/// `[=`) used to abort the whole process on an assertion inside toml++. Each runs in a child
/// process here, so an abort shows as a status of 134 instead of taking the test runner down.
@Suite("Broken TOML files end to end", .serialized)
struct BrokenTOMLEndToEndTests {
    /// The fuzz cases that found them: the config file with a run of `[` pasted at the start of a
    /// line (toml++'s assertion), and with `\u0000` in a quoted key (a nil unwrapped in TOMLKit).
    @Test(arguments: [("16849696527328562707", "deepNesting"), ("15866618738854885027", "hostileText")])
    func theFuzzCasesThatStoppedTheProcessAreRefusedNamingTheFile(seed: String, mutation: String) throws {
        let t = Tmux()
        let fuzz = URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().appendingPathComponent("saferplan-fuzz").path
        let out = t.folder + "/replay.out"
        #expect(spawnAndWait(fuzz, ["--replay", seed], output: out) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "config.toml \(mutation): refused\n")
    }

    /// `--map` with a header that names no table: a clear refusal and a non-zero exit, nothing imported.
    @Test func anImportMapWithAnUnnamedHeaderIsRefused() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path
        let before = try partText(ws, .budget)
        for (text, line, column, saw) in [("\"Funder\" = \"\"\n[[[budget]]]\n", 2, 3, "'['"),
                                          ("[=budget]\n\"Funder\" = \"\"\n", 1, 2, "'='"),
                                          ("\"Funder\" = \"\"\n  [ #\n", 2, 5, "'#'")] {
            let map = t.folder + "/broken.toml"
            try text.write(toFile: map, atomically: true, encoding: .utf8)
            let (status, said) = try t.command(["import", "budget", fixtures + "/council-funding-funder.xlsx", ws, "--map", map])
            #expect(status == 1, "\(said)")
            #expect(said.contains("\(map): line \(line), column \(column): expected a table name after \"[\" (a bare name such "
                                  + "as keys, or a quoted one), saw \(saw)"), "\(said)")
        }
        #expect(try partText(ws, .budget) == before)
    }

    /// The app started with a damaged config file and a damaged theme: it says which file and line,
    /// keeps the defaults, and runs on.
    @Test func theAppSaysWhatIsWrongWithABrokenConfigOrThemeAndRuns() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let config = t.folder + "/config/saferplan"
        try FileManager.default.createDirectory(atPath: config + "/themes", withIntermediateDirectories: true)
        let nested = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        try "theme = \"light\"\nmouse = true\n[keys]\n\(nested)\n".write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        try "name = \"Broken\"\n[styles]\ntitle = \"bold\"\n[=\n".write(toFile: config + "/themes/broken.toml", atomically: true, encoding: .utf8)
        try t.start("\(Tmux.quote(Tmux.binary)) open \(Tmux.quote(ws))", environment: ["XDG_CONFIG_HOME": t.folder + "/config"])
        let screen = t.expectScreen("config.toml:4: expected a table name")
        #expect(!screen.contains("EXIT="), "\(screen)")
        t.send("q")
        t.expectExit(0)
        let second = Tmux()
        try second.start("\(Tmux.quote(Tmux.binary)) open \(Tmux.quote(ws)) --theme broken",
                         environment: ["XDG_CONFIG_HOME": t.folder + "/config"])
        second.expectScreen("broken.toml:4: expected a table name")
        second.send("q")
        second.expectExit(0)
    }
}
