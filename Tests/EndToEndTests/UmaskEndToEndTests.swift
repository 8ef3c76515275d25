import Foundation
import Testing
import PlanCore

/// Files and folders the commands create follow the umask, so a team can share through a group.
@Suite("Umask end to end")
struct UmaskEndToEndTests {
    @Test(arguments: [(mask: "022", file: 0o644, folder: 0o755), (mask: "002", file: 0o664, folder: 0o775),
                      (mask: "027", file: 0o640, folder: 0o750), (mask: "077", file: 0o600, folder: 0o700)])
    func demoAndExportFollowTheUmask(mask: String, file: Int, folder: Int) throws {
        let t = Tmux()
        let out = t.folder + "/shell.out"
        let status = spawnAndWait("/bin/sh", ["-c", "umask \(mask) && \(Tmux.binary) demo \(t.folder)/d && "
                                              + "\(Tmux.binary) export \(t.folder)/d/haringey --what risks --format csv -o \(t.folder)/r.csv"],
                                  output: out)
        #expect(status == 0)
        func mode(_ p: String) -> Int {
            var st = stat()
            return lstat(p, &st) == 0 ? Int(st.st_mode & 0o7777) : -1
        }
        #expect(mode(t.folder + "/d") == folder)
        #expect(mode(t.folder + "/d/haringey") == folder)
        #expect(mode(t.folder + "/d/haringey/risks.json") == file)
        #expect(mode(t.folder + "/r.csv") == file)
    }
}
