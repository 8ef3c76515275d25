import Foundation
import Testing

/// `Scripts/crash-test.sh` with a small count: kill -9 during saves and imports, then check that
/// every file holds the old or the new state and the next writer starts clean.
@Suite("Crash script end to end")
struct CrashScriptEndToEndTests {
    @Test func killsDuringSavesAndImportsLeaveOldOrNewStateAndNothingBehind() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let fuzz = URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().appendingPathComponent("saferplan-fuzz").path
        let t = Tmux()
        let out = t.folder + "/crash.out"
        let status = spawnAndWait("/usr/bin/env", ["SAFERPLAN_BIN=\(Tmux.binary)", "SAFERPLAN_FUZZ=\(fuzz)",
                                                   "TMPDIR=\(t.folder)", "bash", root + "/Scripts/crash-test.sh", "4", "1"],
                                  output: out)
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        #expect(status == 0, "\(text)")
        #expect(text.hasPrefix("crash-test: 4 trials") && text.hasSuffix("; 0 failures\n"), "\(text)")
    }
}
