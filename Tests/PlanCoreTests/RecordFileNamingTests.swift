import Foundation
import Testing
@testable import PlanCore

/// Record file names stay distinct on a case-insensitive file system and short enough for any.
struct RecordFileNamingTests {
    @Test func idsDifferingOnlyInCaseGetDistinctNamesWhateverTheirOrder() {
        let mark = RecordFiles.hashMark(of: "r-1")
        #expect(mark.count == 13 && mark.hasPrefix("~"))
        #expect(RecordFiles.stems(for: ["R-1", "r-1", "x"]) == ["R-1", "r-1" + mark, "x"])
        #expect(RecordFiles.stems(for: ["x", "r-1", "R-1"]) == ["x", "r-1" + mark, "R-1"])
        // A repeated id of the pair is still told apart, ignoring case too.
        let stems = RecordFiles.stems(for: ["r-1", "R-1", "R-1", "r-1"])
        #expect(stems == ["r-1" + mark, "R-1", "R-1~2", "r-1" + mark + "~2"])
        #expect(Set(stems.map { $0.lowercased() }).count == stems.count)
    }

    @Test func longIdsAreCutToAReadablePrefixWithAHash() {
        let long = String(repeating: "a", count: 300)
        let stems = RecordFiles.stems(for: [long, long + "b", String(repeating: "ü", count: 60)])
        #expect(stems.allSatisfy { $0.utf8.count <= RecordFiles.maxStemBytes })
        #expect(stems[0] == String(repeating: "a", count: 87) + RecordFiles.hashMark(of: long))
        #expect(stems[1] == String(repeating: "a", count: 87) + RecordFiles.hashMark(of: long + "b"))
        // Characters are never split: 14 whole `%C3%BC`, then the mark.
        #expect(stems[2] == String(repeating: "%C3%BC", count: 14) + RecordFiles.hashMark(of: String(repeating: "ü", count: 60)))
        // An id just within the limit keeps its name.
        #expect(RecordFiles.stems(for: [String(repeating: "z", count: 100)]) == [String(repeating: "z", count: 100)])
    }

    @Test func caseTwinsAndLongIdsAreWrittenAndReadBack() throws {
        let tmp = TempFolder()
        var ws = DemoWorkspaces.haringey
        let n = ws.risks.risks.count
        ws.risks.risks[n - 3].id = String(repeating: "long-id-", count: 40)
        ws.risks.risks[n - 2].id = "Twin"
        ws.risks.risks[n - 1].id = "twin"
        try WorkspaceStore.create(ws, at: tmp.file("w"))
        let names = FileSystem.list(tmp.file("w/risks"))
        #expect(names.count == n)
        #expect(Set(names.map { $0.lowercased() }).count == n)
        #expect(names.allSatisfy { $0.utf8.count <= 110 })
        #expect(names.contains("Twin.json") && names.contains("twin" + RecordFiles.hashMark(of: "twin") + ".json"))
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace == ws)
    }

    @Test func filesNamedTheOldWayLoadAndAreRenamedByTheNextSave() throws {
        let tmp = TempFolder()
        var ws = DemoWorkspaces.haringey
        let n = ws.risks.risks.count
        ws.risks.risks[n - 2].id = "Twin"
        ws.risks.risks[n - 1].id = "twin"
        try WorkspaceStore.create(ws, at: tmp.file("w"))
        // As the former naming wrote it: the id as it is, case twins side by side.
        let newName = "w/risks/twin" + RecordFiles.hashMark(of: "twin") + ".json"
        #expect(rename(tmp.file(newName), tmp.file("w/risks/twin.json")) == 0)
        let (session, opened) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        #expect(opened == ws)
        var edited = opened
        edited.risks.risks[n - 1].title = "Edited twin"
        try session.save(edited, files: [.risks])
        #expect(!FileSystem.exists(tmp.file("w/risks/twin.json")))
        #expect(FileSystem.exists(tmp.file(newName)))
        #expect(FileSystem.exists(tmp.file("w/risks/Twin.json")))
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace == edited)
    }
}
