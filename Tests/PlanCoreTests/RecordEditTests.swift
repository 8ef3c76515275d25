import Foundation
import Testing
@testable import PlanCore

/// A save whose records were only edited in place names and encodes only the edited records, and
/// leaves the same bytes on disk as writing the whole workspace afresh.
struct RecordEditTests {
    /// The bytes of every workspace file under `folder` (relative paths; the lock left out).
    func files(_ folder: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        for name in names where name.hasSuffix(".json") && !FileSystem.isDirectory(FileSystem.join(folder, name)) {
            out[name] = (try? FileSystem.read(FileSystem.join(folder, name))) ?? []
        }
        return out
    }

    @Test func savesOfEditsInPlaceEncodeOnlyTheEditedRecordsAndWriteWhatAFreshWriteWould() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        var edited = ws
        edited.risks.risks[2].title = "First edit"
        let first = try session.save(edited, files: [.risks])
        #expect(first.edited == [.risks: [2]])
        #expect(first.paths == [ws.recordPath(.risks, at: 2)])
        edited.risks.risks[4].owner = "Second edit"
        edited.indicators[1].title = "Renamed"
        let second = try session.save(edited, files: [.risks, .indicators])
        #expect(second.edited == [.risks: [4], .indicators: [1]])
        #expect(second.paths == [ws.recordPath(.indicators, at: 1), ws.recordPath(.risks, at: 4)].sorted())
        let fresh = tmp.file("fresh")
        try WorkspaceStore.create(edited, at: fresh)
        #expect(files(folder) == files(fresh))
        #expect(try WorkspaceStore.load(folder: folder).workspace == edited)
    }

    @Test func aSaveThatAddsARecordWritesTheOrderAndLaterEditsInPlaceStillFindTheirFiles() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        var edited = ws
        var added = ws.risks.risks[1]
        added.id = "risk-first"
        added.title = "Added first"
        edited.risks.risks.insert(added, at: 0)
        let adding = try session.save(edited, files: [.risks])
        #expect(adding.edited[.risks] == nil)
        #expect(adding.paths == ["risks.json", "risks/risk-first.json"])
        edited.risks.risks[3].title = "Edited after the add"
        let editing = try session.save(edited, files: [.risks])
        #expect(editing.edited == [.risks: [3]])
        #expect(editing.paths == [edited.recordPath(.risks, at: 3)])
        #expect(editing.paths == [ws.recordPath(.risks, at: 2)])
        let fresh = tmp.file("fresh")
        try WorkspaceStore.create(edited, at: fresh)
        #expect(files(folder) == files(fresh))
    }

    @Test func anEditOfARepeatedIdWritesTheRepeatsOwnFile() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        var demo = DemoWorkspaces.haringey
        demo.risks.risks[1].id = demo.risks.risks[0].id
        try WorkspaceStore.create(demo, at: folder)
        let (session, ws) = try WorkspaceSession.open(folder: folder)
        defer { session.close() }
        var edited = ws
        edited.risks.risks[1].title = "The repeat, edited"
        let saved = try session.save(edited, files: [.risks])
        #expect(saved.edited == [.risks: [1]])
        #expect(saved.paths == ["risks/" + ws.risks.risks[0].id + "~2.json"])
        #expect(try WorkspaceStore.load(folder: folder).workspace == edited)
    }
}
