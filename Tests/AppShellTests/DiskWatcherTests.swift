@testable import AppShell
import Foundation
import PlanCore
import Testing

/// The watcher says "look again" after a workspace file is written, and stays quiet otherwise.
@Suite struct DiskWatcherTests {
    @Test(arguments: [true, false]) func aWriteIsNoticedOnceAndOtherFilesAreNot(inotify: Bool) throws {
        let ws = try OpenWorkspace()
        let watcher = DiskWatcher(folder: ws.folder, useInotify: inotify)
        #expect(watcher.usesInotify == inotify)
        var clock = 10_000
        func tick() -> Bool {
            clock += DiskWatcher.pollInterval
            return watcher.somethingHappened(nowMs: clock)
        }
        #expect(!tick())
        try "not a workspace file".write(toFile: ws.folder + "/notes.txt", atomically: true, encoding: .utf8)
        #expect(!tick())
        ws.otherHand { $0.risks.risks[0].title = "Changed" }
        #expect(tick())
        #expect(!tick())
    }
}
