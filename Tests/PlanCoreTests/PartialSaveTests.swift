import Foundation
import Testing
@testable import PlanCore

/// A save that fails part-way takes on the files it wrote, and never another hand's change.
struct PartialSaveTests {
    @Test func aSaveFailingPartWayKeepsAnotherHandsChangeGuarded() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        let (session, opened) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        // The plan's own file cannot be written: its temporary file's name is taken by a folder.
        let blocker = tmp.file("w/.plan.json.tmp-\(getpid())")
        try FileManager.default.createDirectory(atPath: blocker + "/held", withIntermediateDirectories: true)
        // Another hand edits the second risk, which this session's save does not write.
        let theirs = opened.recordPath(.risks, at: 1)
        let theirText = try tmp.read("w/" + theirs).replacingOccurrences(of: "\"title\" : \"", with: "\"title\" : \"Theirs: ")
        #expect(theirText != (try tmp.read("w/" + theirs)))
        try tmp.write(theirText, to: "w/" + theirs)

        var ws = opened
        ws.risks.risks[0].title = "Mine"
        ws.plan.title = "A plan title that cannot be written"
        #expect(throws: WorkspaceSaveError.self) { try session.save(ws, files: [.risks, .plan]) }
        let mine = opened.recordPath(.risks, at: 0)
        #expect(try tmp.read("w/" + mine).contains("\"Mine\""), "the record file was written before the failure")
        try FileManager.default.removeItem(atPath: blocker)

        // The file this save wrote was taken on: editing the same risk again is no conflict.
        ws.risks.risks[0].title = "Mine again"
        try session.save(ws, files: [.risks])
        #expect(try tmp.read("w/" + mine).contains("\"Mine again\""))
        // Another hand's change was not: saving over it is refused and their text stays.
        ws.risks.risks[1].title = "Overwrites theirs"
        #expect {
            try session.save(ws, files: [.risks])
        } throws: { error in
            guard case .changedOnDisk(let e)? = error as? WorkspaceSaveError else { return false }
            return e.path.hasSuffix(theirs)
        }
        #expect(try tmp.read("w/" + theirs) == theirText)
    }
}
