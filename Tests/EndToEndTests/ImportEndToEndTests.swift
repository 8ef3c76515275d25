import Foundation
import PlanCore
import Testing

/// The import command as a new partnership uses it on its own sheets.
@Suite(.serialized) struct ImportEndToEndTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../SpreadsheetTests/Fixtures").standardized.path

    @Test func aRefusedRowWritesNothingPartialWritesTheRestAndTheExportReimportsUnchanged() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let risks = ws + "/risks.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: risks))
        // A scored risk, half a score, and a risk raised but not yet scored.
        let sheet = t.folder + "/register.csv"
        try ("Risk,Risk owner,Current likelihood,Current impact\n"
             + "Funding for the DV advocate ends,Head of Community Safety,3,4\n"
             + "Venue for the youth project lost,Youth Service manager,2,\n"
             + "New estate opens in the spring,Head of Community Safety,,\n").write(toFile: sheet, atomically: true, encoding: .utf8)
        let (refused, said) = try t.command(["import", "risks", sheet, ws])
        #expect(refused == 1)
        #expect(said.contains("row 3: refused: column D \"Current impact\": the likelihood is given but not the impact; give both, or neither"))
        #expect(said.contains("nothing was imported: 1 row refused (--partial imports the others)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: risks)) == before)

        let (partial, partialSaid) = try t.command(["import", "risks", sheet, ws, "--partial"])
        #expect(partial == 1, "a refused row still makes the exit non-zero")
        #expect(partialSaid.contains("imported 2 added, 0 updated, 0 unchanged, 1 refused into 2 files in \(ws)/risks/"))
        let stored = try partText(ws, .risks)
        #expect(stored.components(separatedBy: "\"residual\"").count == 2, "only the scored risk has a residual score")

        for format in ["xlsx", "csv"] {
            let book = t.folder + "/register-again." + format
            #expect(try t.command(["export", ws, "--what", "risks", "--format", format, "--output", book]).0 == 0)
            let after = try Data(contentsOf: URL(fileURLWithPath: risks))
            let (again, againSaid) = try t.command(["import", "risks", book, ws])
            #expect(again == 0)
            #expect(againSaid.contains("nothing to change: 0 added, 0 updated, 2 unchanged"), "\(format): \(againSaid)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: risks)) == after)
        }
    }

    @Test func dryRunSaysPerRowAndStandardInputIsRead() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        let (status, said) = try t.command(["import", "risks", fixtures + "/council-register-cp1252.csv", ws, "--dry-run"])
        #expect(status == 0)
        #expect(said.contains("council-register-cp1252.csv, row 2: added R10"))
        #expect(said.contains("dry run: would import 1 added, 0 updated, 0 unchanged; nothing was written"))
        #expect(said.contains("columns ignored (no field of that name): \"Cost £\""))
        let out = t.folder + "/stdin.out"
        let piped = spawnAndWait("/bin/sh", ["-c", "\(Tmux.quote(Tmux.binary)) import risks - \(Tmux.quote(ws)) < \(Tmux.quote(fixtures + "/council-register-cp1252.csv"))"],
                                 output: out)
        let pipedSaid = try String(contentsOfFile: out, encoding: .utf8)
        #expect(piped == 0, "\(pipedSaid)")
        #expect(try partText(ws, .risks).contains("Night-time economy budget cut by £40,000"))
    }

    @Test func aWorkbookIsNotWrittenToATerminal() throws {
        let t = Tmux()
        let ws = try t.newWorkspace()
        try t.start("\(Tmux.binary) export \(ws) --what risks --format xlsx")
        let end = t.expectExit(1)
        #expect(end.contains("a workbook is not for the terminal: give --output FILE.xlsx"))
    }
}

/// `--map FILE`: a sheet's own headers named in TOML, checked against the fields.
@Suite(.serialized) struct ImportMapEndToEndTests {
    @Test func aMapNamesTheFieldsOfUnknownHeadersAndABadMapIsRefusedWithItsLine() throws {
        let t = Tmux()
        let ws = t.folder + "/ws"
        #expect(spawnAndWait(Tmux.binary, ["init", ws, "--name", "Northshire CSP"], output: t.folder + "/init.out") == 0)
        try "Threat,Score L,Score I\nStaff leave,2,3\n".write(toFile: t.folder + "/odd.csv", atomically: true, encoding: .utf8)
        let out = t.folder + "/out"
        #expect(spawnAndWait(Tmux.binary, ["import", "risks", t.folder + "/odd.csv", ws], output: out) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("(or name the sheet's own headers with --map FILE)"))
        try "[actions]\n\"What\" = \"title\"\n[risks]\n\"Threat\" = \"title\"\n\"Score L\" = \"residual_likelihood\"\n\"Score I\" = \"Residual impact\"\n"
            .write(toFile: t.folder + "/map.toml", atomically: true, encoding: .utf8)
        #expect(spawnAndWait(Tmux.binary, ["import", "risks", t.folder + "/odd.csv", ws, "--map", t.folder + "/map.toml"], output: out) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("imported 1 added"))
        #expect(try partText(ws, .risks).contains("Staff leave"))
        let before = try partText(ws, .risks)
        try "# our sheet\n\"Threat\" = \"colour\"\n".write(toFile: t.folder + "/bad.toml", atomically: true, encoding: .utf8)
        #expect(spawnAndWait(Tmux.binary, ["import", "risks", t.folder + "/odd.csv", ws, "--map", t.folder + "/bad.toml"], output: out) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8)
                .hasPrefix("saferplan: \(t.folder)/bad.toml: line 2: \"Threat\" = \"colour\": no field of that name for risks; expected one of id, ref, title"))
        #expect(try partText(ws, .risks) == before)
    }
}
