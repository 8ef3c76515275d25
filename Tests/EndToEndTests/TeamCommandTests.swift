import Foundation
import PlanCore
import Testing

@Suite("Team commands: bad input and formats")
struct TeamCommandTests {
    @Test func mergeFileRefusesAnUnreadableVersionAndLeavesOursAlone() throws {
        let git = try GitClones()
        try git.sh("saferplan demo demo >/dev/null && cp demo/haringey/risks.json base.json && cp base.json theirs.json")
        try "{\n  \"kind\" : <<<<<<< HEAD\n".write(toFile: git.root + "/ours.json", atomically: true, encoding: .utf8)
        let r = git.run("saferplan merge-file base.json ours.json theirs.json plan/risks.json")
        #expect(r.status == 2)
        #expect(r.output.contains("plan/risks.json: not merged: ours: not valid JSON at line 2, column 12"))
        #expect(try String(contentsOfFile: git.root + "/ours.json", encoding: .utf8) == "{\n  \"kind\" : <<<<<<< HEAD\n")
    }

    @Test func mergeFileOfIdenticalVersionsWritesTheFileUnchanged() throws {
        let git = try GitClones()
        try git.sh("saferplan demo demo >/dev/null && cp demo/haringey/actions.json a.json")
        try git.sh("saferplan merge-file demo/haringey/actions.json a.json demo/haringey/actions.json actions.json")
        #expect(FileManager.default.contentsEqual(atPath: git.root + "/a.json", andPath: git.root + "/demo/haringey/actions.json"))
    }

    @Test func gitSetupOutsideARepositorySaysWhatToDoAndWritesNothing() throws {
        let git = try GitClones()
        try git.sh("saferplan demo demo >/dev/null")
        let r = git.run("GIT_CEILING_DIRECTORIES=\(Tmux.quote(git.root)) saferplan git-setup demo/haringey")
        #expect(r.status == 1)
        #expect(r.output.contains("demo/haringey: not inside a git repository"))
        #expect(r.output.contains("run `git init` there first"))
        #expect(!FileManager.default.fileExists(atPath: git.root + "/demo/haringey/.gitattributes"))
    }

    @Test func gitSetupKeepsWhatTheFilesAlreadySay() throws {
        let git = try GitClones()
        try git.sh("saferplan demo demo >/dev/null && cd demo/haringey && git init -q && printf 'notes.txt\\n' > .gitignore")
        try git.sh("saferplan git-setup demo/haringey")
        let ignore = try String(contentsOfFile: git.root + "/demo/haringey/.gitignore", encoding: .utf8)
        #expect(ignore == "notes.txt\n# SaferPlan (saferplan git-setup)\n.saferplan.lock\n.saferplan-recovery.json\n.saferplan-*\n.*.tmp-*\n")
        let attributes = try String(contentsOfFile: git.root + "/demo/haringey/.gitattributes", encoding: .utf8)
        #expect(attributes == "# SaferPlan (saferplan git-setup)\n*.json merge=saferplan\nchanges-*.jsonl merge=saferplan\n")
        #expect(try git.sh("git config --get merge.saferplan.driver", in: "demo/haringey") == "saferplan merge-file %O %A %B %P\n")
        let again = try git.sh("saferplan git-setup demo/haringey")
        #expect(again == "already set up for git: nothing changed\n")
    }

    @Test func anImportIsLoggedWithItsFileAndAnEmptyOneLogsNothing() throws {
        let git = try GitClones()
        try git.sh("saferplan demo demo >/dev/null && saferplan export demo/haringey --what risks --format csv --output r.csv")
        try git.sh("saferplan import risks r.csv demo/haringey", as: "jo")
        let first = try git.sh("saferplan log demo/haringey --format csv")
        try git.sh("saferplan import risks r.csv demo/haringey", as: "jo")
        #expect(try git.sh("saferplan log demo/haringey --format csv") == first, "importing the same file again changes nothing")
        try git.sh("sed -i 's/Community Safety Strategic Manager/Jo Bloggs/' r.csv && saferplan import risks r.csv demo/haringey", as: "jo")
        let log = try git.sh("saferplan log demo/haringey --record R01")
        #expect(log.contains("  jo  (import r.csv)\n"))
        #expect(log.contains("· owner: “Community Safety Strategic Manager” → “Jo Bloggs”"))
    }

    @Test func logRefusesABadDateAndWritesEachFormat() throws {
        let git = try GitClones()
        try git.sh("saferplan demo demo >/dev/null")
        let bad = git.run("saferplan log demo/haringey --since 1/12/2026")
        #expect(bad.status != 0)
        #expect(bad.output.contains("--since: \"1/12/2026\" is not a date; expected YYYY-MM-DD"))
        #expect(try git.sh("saferplan log demo/haringey") == "no changes recorded\n")
        try git.edit("demo/haringey", as: "jo") { ws in ws.risks.risks[0].owner = "Jo | Bloggs" }
        let md = try git.sh("saferplan log demo/haringey --format md")
        #expect(md.hasPrefix("| when | who | how | record | field | before | after |\n|---|---|---|---|---|---|---|\n"))
        #expect(md.contains("| jo | test | risk R01 “Delays to sign-off of the Safer Communities LAA targets” | owner |"))
        #expect(md.contains("| “Jo \\| Bloggs” |"))
        let json = try git.sh("saferplan log demo/haringey --format json --record r01")
        let parsed = try JSONParser.parse(Array(json.utf8)).value
        guard case .array(let items) = parsed else {
            Issue.record("expected a list")
            return
        }
        #expect(items.count == 1 && items[0].value["who"].map { if case .string(let s) = $0.value { s == "jo" } else { false } } == true)
        #expect(try git.sh("saferplan log demo/haringey --who someone-else") == "no changes recorded\n")
    }
}
