import Foundation
import Testing
@testable import PlanCore

@Suite("Workspace lock: taken before reading, never left behind empty")
struct LockTests {
    @Test func anEmptyLockWhoseHolderIsGoneIsTakenOver() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        // What a full disk used to leave behind: a zero-byte lock, held by nobody.
        try tmp.write("", to: "w/.saferplan.lock")
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        #expect(!session.isReadOnly, "\(session.readOnlyReasons)")
        #expect(try tmp.read("w/.saferplan.lock").contains("\"pid\" : \(getpid())"))
        session.close()
        #expect(!FileManager.default.fileExists(atPath: tmp.file("w/.saferplan.lock")))
    }

    @Test func anUnreadableLockStillHeldByAProcessStands() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        try tmp.write("garbage", to: "w/.saferplan.lock")
        let fd = open(tmp.file("w/.saferplan.lock"), O_RDONLY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        #expect(session.isReadOnly)
        #expect(session.readOnlyReasons.first?.hasPrefix("locked by unknown") == true)
        #expect(try tmp.read("w/.saferplan.lock") == "garbage")
    }

    @Test func theLockIsTakenBeforeTheFilesAreRead() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let (first, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        // A second writer is refused, and says who holds the lock.
        let (second, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        #expect(second.isReadOnly)
        #expect(second.lockedBy == first.lockHolder)
        second.close()
        first.close()
        let (third, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        #expect(!third.isReadOnly)
        third.close()
    }

    @Test func waitingForTheLockSucceedsWhenItIsReleased() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let (first, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        let folder = tmp.file("w")
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            first.close()
            released.signal()
        }
        let (second, _) = try WorkspaceSession.open(folder: folder, waitSeconds: 30)
        #expect(!second.isReadOnly, "\(second.readOnlyReasons)")
        second.close()
        released.wait()
    }

    @Test func leftoverTemporaryFilesOfDeadWritersAreRemovedOnOpen() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let dead = "999999"  // beyond pid_max: no such process
        try tmp.write("partial", to: "w/.risks.json.tmp-\(dead)")
        try tmp.write("partial", to: "w/.saferplan.lock.tmp-\(dead)")
        try tmp.write("partial", to: "w/.plan.json.tmp-\(getppid())")  // a live writer's: kept
        try tmp.write("mine", to: "w/.notes.tmp-\(dead)")  // not ours: kept
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        session.close()
        let names = FileSystem.list(tmp.file("w"))
        #expect(!names.contains(".risks.json.tmp-\(dead)"))
        #expect(!names.contains(".saferplan.lock.tmp-\(dead)"))
        #expect(names.contains(".plan.json.tmp-\(getppid())"))
        #expect(names.contains(".notes.tmp-\(dead)"))
    }
}
