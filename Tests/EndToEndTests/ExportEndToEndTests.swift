import Foundation
import Testing

/// An export from the app goes to the workspace's papers/ folder, says where, and opens in $BROWSER.
@Suite("Exports from the app", .serialized)
struct ExportEndToEndTests {
    @Test func exportToPapersAndOpenWithBrowser() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        // A stand-in browser that records what it was asked to open.
        let browser = t.folder + "/browser.sh"
        try "#!/bin/sh\necho \"$1\" > \(t.folder)/opened.txt\n".write(toFile: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        try t.start("\(Tmux.binary) \(demo)/haringey", environment: ["BROWSER": browser])
        t.expectScreen("20 of 23 satisfied")
        t.command("export risks html")
        // The proposed path is longer than the line: its end is shown, the start marked as cut.
        t.expectScreen("/haringey/papers/haringey-scp-risks.html")
        #expect(t.capture().contains(":‹"))
        t.send("Enter")
        t.expectScreen("Open the export?")
        t.expectScreen("haringey-scp-risks.html written (risks, html) in")
        #expect(FileManager.default.fileExists(atPath: demo + "/haringey/papers/haringey-scp-risks.html"))
        t.send("y")
        let opened = t.folder + "/opened.txt"
        let deadline = Date().addingTimeInterval(10)
        // The stand-in makes the file before it writes the line: wait for the whole line.
        while !((try? String(contentsOfFile: opened, encoding: .utf8)) ?? "").hasSuffix("\n") && Date() < deadline { usleep(50_000) }
        #expect((try? String(contentsOfFile: opened, encoding: .utf8)) == demo + "/haringey/papers/haringey-scp-risks.html\n")
        t.send("q")
        t.expectExit(0)
    }
}
