import Foundation
import Testing

/// `saferplan init` as a new partnership uses it: start, refuse, open with the next steps.
@Suite(.serialized) struct InitEndToEndTests {
    @Test func initWritesAWorkspaceThatValidatesAndOpensOnTheNextSteps() throws {
        let t = Tmux()
        let folder = t.folder + "/northshire"
        let out = t.folder + "/init.out"
        let status = spawnAndWait(Tmux.binary, ["init", folder, "--name", "Northshire Community Safety Partnership",
                                                "--area", "Northshire", "--start", "2026"], output: out)
        let said = try String(contentsOfFile: out, encoding: .utf8)
        #expect(status == 0, "\(said)")
        #expect(said.contains("Started Northshire Community Safety Partnership (Northshire CSP), Partnership Plan 2026–2029"))
        #expect(said.contains("  - Add the plan's priorities (4 Priorities, a)"))
        #expect(spawnAndWait(Tmux.binary, ["validate", folder], output: out) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "0 errors, 0 warnings, 0 notes\n")

        try t.start("\(Tmux.binary) \(folder)", environment: ["SAFERPLAN_TODAY": "2026-12-01"])
        // Seven steps for the empty sections and, once the checks have run, the checklist's ten unmet "must" items.
        let screen = t.expectScreen("Next steps             17 to do · Confirm the 5 responsible authorities")
        #expect(screen.contains("SaferPlan · Northshire CSP · 2026–2029 draft"))
        #expect(screen.contains("Next milestone         no timetable yet"))
        t.send("Enter")
        t.expectScreen("Local authority (to confirm)")
        t.send("q")
        t.expectExit(0)
    }

    @Test func initRefusesANonEmptyFolderAndBadValuesWithExitOne() throws {
        let t = Tmux()
        let folder = t.folder + "/busy"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "minutes".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let out = t.folder + "/init.out"
        #expect(spawnAndWait(Tmux.binary, ["init", folder, "--name", "Northshire CSP"], output: out) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8)
                == "saferplan: \(folder): the folder is not empty (notes.txt); choose an empty or new folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])

        let fresh = t.folder + "/fresh"
        #expect(spawnAndWait(Tmux.binary, ["init", fresh, "--name", "Northshire CSP", "--years", "0"], output: out) == 1)
        #expect(try String(contentsOfFile: out, encoding: .utf8)
                == "saferplan: years: expected 1 to 5 (a partnership plan usually covers 3), found 0\n")
        #expect(!FileManager.default.fileExists(atPath: fresh))
    }

    @Test func initInsideAGitRepositoryRegistersTheMergeDriver() throws {
        let t = Tmux()
        let out = t.folder + "/git.out"
        #expect(spawnAndWait("/bin/sh", ["-c", "cd \(Tmux.quote(t.folder)) && git init -q ."], output: out) == 0)
        #expect(spawnAndWait(Tmux.binary, ["init", t.folder + "/plan", "--name", "Northshire CSP"], output: out) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8)
                .contains("It is inside a git repository: .gitattributes and .gitignore are written and the merge driver registered"))
        #expect(spawnAndWait("/bin/sh", ["-c", "cd \(Tmux.quote(t.folder)) && git config --get merge.saferplan.driver"], output: out) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "saferplan merge-file %O %A %B %P\n")
    }
}
