import Foundation
import Testing
@testable import PlanCore

/// A record file another hand added after the workspace was read is neither checked nor removed by
/// a save that does not know it.
struct OtherHandsRecordTests {
    @Test func aSaveWithoutAPreviousVersionLeavesAnotherHandsNewRecord() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        let ws = DemoWorkspaces.haringey
        try WorkspaceStore.create(ws, at: folder)
        let prints = try WorkspaceStore.load(folder: folder).fingerprints
        // Another officer adds a risk: a file of its own, the register's own file unchanged.
        var theirs = ws
        theirs.risks.risks.append(Risk(id: "risk-theirs", title: "Added by another officer"))
        let added = theirs.recordPath(.risks, at: theirs.risks.risks.count - 1)
        try tmp.write(String(decoding: try theirs.encodedRecord(.risks, at: theirs.risks.risks.count - 1), as: UTF8.self),
                      to: "w/" + added)
        // This officer saves an edit of the register as read, without the added risk.
        var mine = ws
        mine.risks.risks[0].title = "Edited here"
        try WorkspaceStore.save(mine, files: [.risks], to: folder, expecting: prints)
        #expect(FileSystem.exists(FileSystem.join(folder, added)), "another hand's risk was removed")
        let reread = try WorkspaceStore.load(folder: folder).workspace
        #expect(reread.risks.risks.map(\.title).contains("Added by another officer"))
        #expect(reread.risks.risks.first?.title == "Edited here")
    }
}
