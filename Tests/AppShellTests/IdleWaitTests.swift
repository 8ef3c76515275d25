@testable import AppShell
import Foundation
import PlanCore
import PlanUI
import Testing

/// Idle is idle: between events the loop sleeps on the terminal and the folder's watcher with no
/// time-out, and the watcher's descriptor stays quiet until another hand writes a workspace file.
@Suite struct IdleWaitTests {
    /// Whether `fd` has something to read now, without waiting.
    static func readable(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) == 1
    }

    @Test func everyWaitIsForEverOnTheWatchersDescriptor() throws {
        let ws = try OpenWorkspace()
        let terminal = FakeTerminal([.key(.char("6")), .key(.char("j")), .timeout, .key(.char("q"))])
        let app = ws.app(terminal)
        _ = app.run()
        let watcher = app.runner.sync.watcher
        try #require(watcher.usesInotify)
        #expect(terminal.waits.count == 4)
        #expect(terminal.waits.allSatisfy { $0.timeoutMs == nil && $0.descriptor == watcher.descriptor })
    }

    @Test func withoutInotifyTheWaitIsThePollInterval() throws {
        let ws = try OpenWorkspace()
        let watcher = DiskWatcher(folder: ws.folder, useInotify: false)
        #expect(watcher.descriptor == nil)
        #expect(watcher.wakeIntervalMs == Int32(DiskWatcher.pollInterval))
    }

    @Test func theDescriptorWakesTheLoopOnlyForAWriteAndIsQuietAgainOnceLookedAt() throws {
        let ws = try OpenWorkspace()
        let watcher = DiskWatcher(folder: ws.folder)
        let fd = try #require(watcher.descriptor)
        #expect(!Self.readable(fd))
        ws.otherHand { $0.risks.risks[0].title = "Changed" }
        #expect(Self.readable(fd))
        #expect(watcher.somethingHappened(nowMs: 0))
        #expect(!Self.readable(fd))
    }
}
