import Foundation
import Testing
@testable import PlanCore

@Suite("Hostile files: only regular files of bounded size are read")
struct HostileFileTests {
    private func workspace(_ tmp: TempFolder) throws -> String {
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        return tmp.file("w")
    }

    @Test func aFIFOInPlaceOfAFileIsRefusedWithoutBlocking() throws {
        let tmp = TempFolder()
        let ws = try workspace(tmp)
        try FileManager.default.removeItem(atPath: ws + "/plan.json")
        #expect(mkfifo(ws + "/plan.json", 0o600) == 0)
        #expect {
            try WorkspaceStore.load(folder: ws)
        } throws: { error in
            (error as? LoadError)?.description == ws + "/plan.json: could not be read: it is a FIFO (named pipe), not a regular file"
        }
    }

    @Test func aLinkToADeviceIsRefusedWithoutReading() throws {
        let tmp = TempFolder()
        let ws = try workspace(tmp)
        try FileManager.default.removeItem(atPath: ws + "/risks.json")
        #expect(symlink("/dev/zero", ws + "/risks.json") == 0)
        #expect {
            try WorkspaceStore.load(folder: ws)
        } throws: { error in
            (error as? LoadError)?.description == ws + "/risks.json: could not be read: it is a character device, not a regular file"
        }
    }

    @Test func aFileAboveTheLimitIsRefusedWithoutReading() throws {
        let tmp = TempFolder()
        let ws = try workspace(tmp)
        // A sparse file: 300 MiB long, no blocks written.
        let fd = open(ws + "/budget.json", O_WRONLY | O_TRUNC)
        #expect(ftruncate(fd, 300 << 20) == 0)
        close(fd)
        #expect {
            try WorkspaceStore.load(folder: ws)
        } throws: { error in
            (error as? LoadError)?.description == ws + "/budget.json: could not be read: it is larger than the limit of 256 MiB"
        }
        #expect(throws: FileSystemError.self) { try FileSystem.read(ws + "/plan.json", limit: 100) }
    }

    @Test func aLinkToARegularFileIsReadAndSavedThrough() throws {
        let tmp = TempFolder()
        let ws = try workspace(tmp)
        try FileManager.default.moveItem(atPath: ws + "/plan.json", toPath: tmp.file("plan-elsewhere.json"))
        #expect(symlink(tmp.file("plan-elsewhere.json"), ws + "/plan.json") == 0)
        let (session, loaded) = try WorkspaceSession.open(folder: ws)
        defer { session.close() }
        var changed = loaded
        changed.plan.title = "Saved through the link"
        try session.save(changed, files: [.plan])
        var st = stat()
        #expect(lstat(ws + "/plan.json", &st) == 0 && st.st_mode & S_IFMT == S_IFLNK)
        #expect(try tmp.read("plan-elsewhere.json").contains("Saved through the link"))
    }

    @Test func somethingThatIsNotARegularFileIsNeverReplacedBySave() throws {
        let tmp = TempFolder()
        let ws = try workspace(tmp)
        try FileManager.default.removeItem(atPath: ws + "/budget.json")
        #expect(mkfifo(ws + "/budget.json", 0o600) == 0)
        #expect(throws: FileSystemError.self) { try FileSystem.writeAtomically(Array("x".utf8), to: ws + "/budget.json") }
        var st = stat()
        #expect(lstat(ws + "/budget.json", &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
    }
}
