import Foundation
import Testing

/// The command line: version, a mistyped command, the manual page.
@Suite struct CommandLineTests {
    func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("saferplan-cli-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let status = spawnAndWait(Tmux.binary, arguments, output: out)
        return (status, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    @Test func versionIsPrinted() {
        let r = run(["--version"])
        #expect(r.status == 0)
        #expect(r.output == "0.9.0\n")
    }

    @Test func aMistypedCommandIsNotTakenForAFolder() {
        let r = run(["valdate"])
        #expect(r.status == 64)
        #expect(r.output.hasPrefix("Error: unknown command \"valdate\"; did you mean \"validate\"?"))
        let swapped = run(["exprot"])
        #expect(swapped.status == 64)
        #expect(swapped.output.contains("did you mean \"export\"?"))
    }

    @Test func theCommittedManualPageIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/saferplan.1"), encoding: .utf8)
        let r = run(["manual"])
        #expect(r.status == 0)
        #expect(r.output == committed, "docs/saferplan.1 is stale: regenerate it with `saferplan manual > docs/saferplan.1`")
        #expect(committed.contains(".SS validate") && committed.contains("USAGE: validate [<workspace>]"))
    }

    @Test func completionScriptsCompleteFolders() {
        let r = run(["--generate-completion-script", "bash"])
        #expect(r.status == 0)
        // The validate command's workspace argument completes directories.
        #expect(r.output.contains("_saferplan_validate() {"))
        let validate = r.output.components(separatedBy: "_saferplan_validate() {").last ?? ""
        #expect(validate.components(separatedBy: "\n}").first?.contains("__saferplan_add_completions -d") == true)
    }
}
