import Foundation
import Testing
@testable import PlanCore

@Suite("Permissions: the umask for new files, mode and group kept on save")
struct PermissionTests {
    private func status(_ path: String) -> stat {
        var st = stat()
        _ = lstat(path, &st)
        return st
    }

    /// A group the tests may give files to (root only): the first of the system's groups that exists.
    private static let otherGroup: gid_t? = {
        guard getuid() == 0 else { return nil }
        for name in ["users", "staff", "daemon", "bin"] {
            if let g = getgrnam(name) { return g.pointee.gr_gid }
        }
        return nil
    }()

    @Test func newFilesAndFoldersFollowTheUmask() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("a/w"))
        let mask = FileSystem.currentUmask()
        #expect(status(tmp.file("a/w/plan.json")).st_mode & 0o7777 == 0o666 & ~mask)
        #expect(status(tmp.file("a/w")).st_mode & 0o777 == 0o777 & ~mask)
        #expect(status(tmp.file("a")).st_mode & 0o777 == 0o777 & ~mask)
    }

    @Test func aPrivateNewFileCanAskForItsOwnMode() throws {
        let tmp = TempFolder()
        try FileSystem.writeAtomically(Array("secret".utf8), to: tmp.file("edit.txt"), newFileMode: 0o600)
        #expect(status(tmp.file("edit.txt")).st_mode & 0o7777 == 0o600)
        try FileSystem.writeAtomically(Array("shared".utf8), to: tmp.file("note.txt"))
        #expect(status(tmp.file("note.txt")).st_mode & 0o7777 == 0o666 & ~FileSystem.currentUmask())
    }

    @Test func aSaveKeepsTheFilesModeAndGroup() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let record = "w/" + DemoWorkspaces.herefordshire.recordPath(.risks, at: 0)
        let path = tmp.file(record)
        #expect(chmod(path, 0o640) == 0)
        if let group = Self.otherGroup { #expect(chown(path, uid_t.max, group) == 0) }
        let (session, ws) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        var changed = ws
        changed.risks.risks[0].title = "Changed"
        try session.save(changed, files: [.risks])
        let st = status(path)
        #expect(st.st_mode & 0o7777 == 0o640)
        if let group = Self.otherGroup { #expect(st.st_gid == group) }
        #expect(try tmp.read(record).contains("Changed"))
    }

    @Test(.enabled(if: otherGroup != nil, "needs root to give files to another group"))
    func aSharedGroupFolderKeepsItsSetgidBitAndGroupForEveryFile() throws {
        let group = try #require(Self.otherGroup)
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let folder = tmp.file("w")
        #expect(chown(folder, uid_t.max, group) == 0)
        #expect(chmod(folder, 0o2770) == 0)
        try FileManager.default.removeItem(atPath: folder + "/budget.json")
        let (session, ws) = try WorkspaceSession.open(folder: folder)
        #expect(status(folder + "/.saferplan.lock").st_gid == group)
        try session.save(ws, files: [.budget, .plan])
        session.close()
        #expect(status(folder).st_mode & 0o7777 == 0o2770)
        #expect(status(folder + "/budget.json").st_gid == group)
        #expect(status(folder + "/plan.json").st_mode & 0o7777 == status(folder + "/risks.json").st_mode & 0o7777)
    }
}
