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

/// A record folder removed and made again (as `git checkout` does) is watched again.
@Suite struct DiskWatcherRecordFolderTests {
    @Test func aRecordFolderMadeAgainIsWatchedAgain() throws {
        let ws = try OpenWorkspace()
        let watcher = DiskWatcher(folder: ws.folder)
        #expect(watcher.usesInotify)
        var clock = 10_000
        func tick() -> Bool {
            clock += DiskWatcher.pollInterval
            return watcher.somethingHappened(nowMs: clock)
        }
        let risks = ws.folder + "/risks"
        let name = try #require(FileSystem.list(risks).first)
        let record = try FileSystem.read(risks + "/" + name)
        #expect(!tick())
        for round in 1...2 {
            try FileManager.default.removeItem(atPath: risks)
            #expect(tick(), "removing the folder is noticed (round \(round))")
            try FileSystem.makeDirectory(risks)
            #expect(tick(), "making it again is noticed (round \(round))")
            #expect(!tick())
            try FileSystem.writeAtomically(record, to: risks + "/" + name)
            #expect(tick(), "a record written in the new folder is noticed (round \(round))")
            #expect(!tick())
        }
        // Removed and made again between two looks: the new folder is watched too.
        try FileManager.default.removeItem(atPath: risks)
        try FileSystem.makeDirectory(risks)
        #expect(tick())
        try FileSystem.writeAtomically(record, to: risks + "/" + name)
        #expect(tick(), "a record written in a folder made again between looks is noticed")
    }
}
