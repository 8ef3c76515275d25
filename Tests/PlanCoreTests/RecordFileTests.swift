import Foundation
import Testing
@testable import PlanCore

/// The record-file layout: a save writes only what changed, older single-file workspaces load and
/// are upgraded, and record files are named safely.
struct RecordFileTests {
    /// Every file under `folder` (relative paths) with its bytes and change time.
    func snapshot(_ folder: String) -> [String: (bytes: [UInt8], ctime: [Int])] {
        var out: [String: (bytes: [UInt8], ctime: [Int])] = [:]
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        for name in names where !FileSystem.isDirectory(FileSystem.join(folder, name)) {
            let path = FileSystem.join(folder, name)
            var st = stat()
            _ = stat(path, &st)
            out[name] = ((try? FileSystem.read(path)) ?? [], [Int(st.st_ino), Int(st.st_ctim.tv_sec), Int(st.st_ctim.tv_nsec)])
        }
        return out
    }

    func changed(_ a: [String: (bytes: [UInt8], ctime: [Int])], _ b: [String: (bytes: [UInt8], ctime: [Int])]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0]?.bytes != b[$0]?.bytes || a[$0]?.ctime != b[$0]?.ctime }.sorted()
    }

    /// Writes `ws` as the single-file workspace older builds wrote.
    func writeOldLayout(_ ws: Workspace, to folder: String) throws {
        try FileSystem.makeDirectory(folder)
        for file in WorkspaceFile.allCases { try FileSystem.writeAtomically(try ws.encoded(file), to: FileSystem.join(folder, file.fileName)) }
    }

    @Test func aSaveOfOneEditedRiskWritesOnlyThatRisksFile() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        let before = snapshot(folder)
        var edited = ws
        edited.risks.risks[2].title = "Edited alone"
        try session.save(edited, files: [.risks])
        let after = snapshot(folder)
        #expect(changed(before, after) == [ws.recordPath(.risks, at: 2)])
        #expect(try tmp.read("w/" + ws.recordPath(.risks, at: 2)).contains("\"title\" : \"Edited alone\""))
        #expect(try WorkspaceStore.load(folder: folder).workspace == edited)
    }

    @Test func aLoggedSaveOfOneEditedIndicatorWritesItsFileAndTheLogOnly() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        let before = snapshot(folder)
        var edited = ws
        edited.indicators[1].title = "Renamed"
        try session.save(edited, files: [.indicators], how: "test", who: "Tester")
        let log = ChangeLogFile.files(in: folder).map { FileSystem.baseName(of: $0) }
        #expect(changed(before, snapshot(folder)) == ([ws.recordPath(.indicators, at: 1)] + log).sorted())
        let entries = ChangeLogFile.read(folder: folder)
        #expect(entries.map(\.file) == ["indicators.json"])
        #expect(entries.map(\.recordID) == [ws.indicators[1].id])
        #expect(entries.map(\.field) == ["title"])
    }

    @Test func addingAndDeletingARiskWritesItsFileAndTheOrder() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        var edited = ws
        let gone = ws.recordPath(.risks, at: 0)
        edited.risks.risks.remove(at: 0)
        var added = ws.risks.risks[1]
        added.id = "risk-new"
        added.title = "Added"
        edited.risks.risks.insert(added, at: 1)
        let before = snapshot(folder)
        try session.save(edited, files: [.risks])
        #expect(changed(before, snapshot(folder)) == [gone, "risks.json", "risks/risk-new.json"].sorted())
        #expect(!FileSystem.exists(FileSystem.join(folder, gone)))
        #expect(try WorkspaceStore.load(folder: folder).workspace == edited)
    }

    @Test func aRiskAddedAtTheEndWithANewIdWritesOnlyItsOwnFile() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        var edited = ws
        edited.risks.risks.append(Risk(id: IDs.unique(prefix: "risk-"), title: "Added at the end"))
        let before = snapshot(folder)
        try session.save(edited, files: [.risks])
        #expect(changed(before, snapshot(folder)) == [edited.recordPath(.risks, at: edited.risks.risks.count - 1)])
        #expect(try WorkspaceStore.load(folder: folder).workspace == edited)
        // Moved to the top, the order in risks.json has to say so.
        edited.risks.risks.insert(edited.risks.risks.removeLast(), at: 0)
        try session.save(edited, files: [.risks])
        #expect(try WorkspaceStore.load(folder: folder).workspace == edited)
    }

    @Test func anOlderSingleFileWorkspaceLoadsAndIsUpgradedWhenAPartIsSaved() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        let ws = DemoWorkspaces.haringey
        try writeOldLayout(ws, to: folder)
        let (session, loaded) = try WorkspaceSession.open(folder: folder)
        defer { session.close() }
        #expect(loaded == ws)
        #expect(session.recordParts.isEmpty)
        var edited = loaded
        edited.risks.risks[0].owner = "New owner"
        try session.save(edited, files: [.risks])
        let header = try tmp.read("w/risks.json")
        #expect(header.contains("\"recordFiles\" : ["))
        #expect(!header.contains(ws.risks.risks[1].title))
        let names = FileSystem.list(FileSystem.join(folder, "risks"))
        #expect(names == ws.risks.risks.indices.map { FileSystem.baseName(of: ws.recordPath(.risks, at: $0)) }.sorted())
        // Parts not saved stay as they were until they are.
        #expect(!FileSystem.exists(FileSystem.join(folder, "indicators")))
        let again = try WorkspaceStore.load(folder: folder)
        #expect(again.workspace == edited)
        #expect(again.recordParts == [.risks])
    }

    @Test func recordFilesAreNamedSafelyAndRepeatedIdsKeepBothRecords() throws {
        #expect(RecordFiles.stems(for: ["R01", "a/b", "", "R01", "ü.x"]) == ["R01", "a%2Fb", "%", "R01~2", "%C3%BC%2Ex"])
        let tmp = TempFolder()
        var ws = DemoWorkspaces.haringey
        ws.risks.risks[0].id = "../escape"
        ws.risks.risks[1].id = "R-same"
        ws.risks.risks[2].id = "R-same"
        try WorkspaceStore.create(ws, at: tmp.file("w"))
        #expect(FileSystem.exists(tmp.file("w/risks/..%2Fescape.json")) == false)
        #expect(FileSystem.exists(tmp.file("w/risks/%2E%2E%2Fescape.json")))
        #expect(FileSystem.exists(tmp.file("w/risks/R-same~2.json")))
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace == ws)
    }

    @Test func anotherHandsNewRiskDoesNotStopASaveOfAnotherAndIsSeen() throws {
        let tmp = TempFolder()
        let (folder, session, ws) = try openHaringey(in: tmp)
        defer { session.close() }
        // Another hand adds a risk: its own file, and the order in risks.json.
        var theirs = ws
        var added = ws.risks.risks[0]
        added.id = "risk-theirs"
        theirs.risks.risks.append(added)
        try WorkspaceStore.save(theirs, files: [.risks], to: folder, expecting: WorkspaceStore.fingerprints(folder: folder))
        #expect(session.filesChangedOnDisk() == [.risks])
        var mine = ws
        mine.risks.risks[3].title = "Mine"
        try session.save(mine, files: [.risks])
        let loaded = try WorkspaceStore.load(folder: folder).workspace
        #expect(loaded.risks.risks.map(\.id) == theirs.risks.risks.map(\.id))
        #expect(loaded.risks.risks[3].title == "Mine")
    }

    @Test func leftoverTemporaryRecordFilesAreRemovedWhenTheWorkspaceOpens() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        try tmp.write("{", to: "w/risks/.R01.json.tmp-999999")
        #expect(Leftovers.find(in: tmp.file("w")) == ["risks/.R01.json.tmp-999999"])
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        session.close()
        #expect(!FileSystem.exists(tmp.file("w/risks/.R01.json.tmp-999999")))
    }

    @Test func aMergeOfTwoEditsToOneRiskFileIsWhatTheStoreWrites() throws {
        let ws = DemoWorkspaces.haringey
        var ours = ws, theirs = ws, both = ws
        ours.risks.risks[0].title = "Ours"
        theirs.risks.risks[0].owner = "Theirs"
        both.risks.risks[0].title = "Ours"
        both.risks.risks[0].owner = "Theirs"
        let merged = try FileMerge.mergeJSON(base: ws.encodedRecord(.risks, at: 0), ours: ours.encodedRecord(.risks, at: 0),
                                             theirs: theirs.encodedRecord(.risks, at: 0), fileName: ws.recordPath(.risks, at: 0),
                                             when: "2010-11-15")
        #expect(merged.conflicts.isEmpty)
        #expect(merged.bytes == (try both.encodedRecord(.risks, at: 0)))
    }
}

/// Record files from an older schema are migrated as they are read and written in the new form by
/// their part's next save, even when their record did not change.
struct RecordFileMigrationTests {
    @Test func anOlderRecordFileIsWrittenInTheNewFormByTheNextSave() throws {
        let tmp = TempFolder()
        let folder = tmp.file("w")
        let ws = DemoWorkspaces.haringey
        try WorkspaceStore.create(ws, at: folder)
        let old = "w/" + ws.recordPath(.risks, at: 1)
        let current = WorkspaceFile.currentSchemaVersion
        try tmp.write(try tmp.read(old).replacingOccurrences(of: "\"schemaVersion\" : \(current)",
                                                             with: "\"schemaVersion\" : \(current - 1)"), to: old)
        let migration = SchemaMigration(steps: [.risks: [current - 1: { _ in }]])
        let loaded = try WorkspaceStore.load(folder: folder, migration: migration)
        #expect(loaded.workspace == ws)
        #expect(loaded.migrated == [ws.recordPath(.risks, at: 1)])
        var edited = loaded.workspace
        edited.risks.risks[0].title = "Edited"
        let saved = try WorkspaceStore.save(edited, files: [.risks], to: folder, expecting: loaded.fingerprints,
                                            records: loaded.recordFingerprints, previous: loaded.workspace,
                                            recordOrders: loaded.recordOrders, rewrite: loaded.migrated)
        #expect(saved.paths == [ws.recordPath(.risks, at: 0), ws.recordPath(.risks, at: 1)])
        #expect(try tmp.read(old).contains("\"schemaVersion\" : \(current)"))
    }
}
