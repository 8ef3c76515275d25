import Foundation
import Testing
@testable import PlanCore

@Suite("File fingerprints: a file changed by another hand is never overwritten")
struct FingerprintTests {
    @Test func hashMatchesTheReferenceVectors() {
        // Computed by an independent implementation of the same steps (words of 8 bytes, little-endian).
        #expect(FileFingerprint(of: [UInt8]()).hash == 0x1c77_bf2c_78b9_6c0f)
        #expect(FileFingerprint(of: Array("a".utf8)).hash == 0x5f6d_f2a2_03b7_3feb)
        #expect(FileFingerprint(of: Array("foobar".utf8)).hash == 0xcc77_0289_585c_b325)
        #expect(FileFingerprint(of: Array("foobar and more!".utf8)).hash == 0x9367_dd74_05c4_1414)
        #expect(FileFingerprint(of: Array("foobar".utf8)).size == 6)
        #expect(FileFingerprint.absent.size == nil)
        #expect(FileFingerprint(of: [UInt8]()) != .absent)
    }

    @Test func everyChangeOfOneByteChangesTheHash() {
        let text = Array("{\"kind\" : \"saferplan.risks\", \"register\" : {\"risks\" : []}, \"schemaVersion\" : 2}\n".utf8)
        let original = FileFingerprint(of: text)
        var seen: Set<UInt64> = [original.hash]
        for at in text.indices {
            for delta: UInt8 in [1, 0x20, 0x80] {
                var changed = text
                changed[at] ^= delta
                seen.insert(FileFingerprint(of: changed).hash)
            }
        }
        #expect(seen.count == text.count * 3 + 1)
    }

    @Test func loadRecordsEveryFileAndTheAbsentOnes() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        try FileManager.default.removeItem(atPath: tmp.file("w/budget.json"))
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"))
        #expect(Set(loaded.fingerprints.keys) == Set(WorkspaceFile.allCases))
        #expect(loaded.fingerprints[.budget] == .absent)
        for file in WorkspaceFile.allCases where file != .budget {
            let bytes = try FileSystem.read(tmp.file("w/" + file.fileName))
            #expect(loaded.fingerprints[file] == FileFingerprint(of: bytes), "\(file)")
        }
        #expect(try WorkspaceStore.fingerprints(folder: tmp.file("w")) == loaded.fingerprints)
    }

    @Test func saveRefusesAFileChangedSinceItWasReadAndWritesNothing() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"))
        var ws = loaded.workspace
        ws.risks.risks[0].title = "Edited in the app"
        ws.plan.title = "Also edited in the app"
        // Another hand changes the risk's file meanwhile.
        let record = "w/" + ws.recordPath(.risks, at: 0)
        let byHand = try tmp.read(record).replacingOccurrences(of: "\"owner\" : \"", with: "\"owner\" : \"By hand ")
        #expect(try byHand != tmp.read(record))
        try tmp.write(byHand, to: record)
        let planBefore = try tmp.read("w/plan.json")
        do {
            try WorkspaceStore.save(ws, files: [.plan, .risks], to: tmp.file("w"), expecting: loaded.fingerprints,
                                    records: loaded.recordFingerprints, previous: loaded.workspace, recordOrders: loaded.recordOrders)
            Issue.record("the save should have been refused")
        } catch {
            guard case .changedOnDisk(let changed) = error else {
                Issue.record("expected changedOnDisk, got \(error)")
                return
            }
            #expect(changed.file == .risks)
            #expect(changed.path == tmp.file(record))
            #expect(changed.found == FileFingerprint(of: Array(byHand.utf8)))
            #expect(error.description.hasPrefix(tmp.file(record) + ": was changed by someone else"))
        }
        #expect(try tmp.read(record) == byHand)
        #expect(try tmp.read("w/plan.json") == planBefore)
    }

    @Test func saveReturnsTheNewFingerprintsAndASecondSaveWithThemSucceeds() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"))
        var ws = loaded.workspace
        ws.risks.risks[0].title = "First"
        let record = ws.recordPath(.risks, at: 0)
        let first = try WorkspaceStore.save(ws, files: [.risks], to: tmp.file("w"), expecting: loaded.fingerprints,
                                            records: loaded.recordFingerprints, previous: loaded.workspace,
                                            recordOrders: loaded.recordOrders)
        #expect(first.paths == [record])
        #expect(first.records[record] == FileFingerprint(of: try FileSystem.read(tmp.file("w/" + record))))
        #expect(first.records[record] != loaded.recordFingerprints[record])
        let saved = ws
        ws.risks.risks[0].title = "Second"
        // The old fingerprint no longer matches what is on disk: refused.
        #expect(throws: WorkspaceSaveError.self) {
            try WorkspaceStore.save(ws, files: [.risks], to: tmp.file("w"), expecting: loaded.fingerprints,
                                    records: loaded.recordFingerprints, previous: saved, recordOrders: loaded.recordOrders)
        }
        var expected = loaded.recordFingerprints
        expected.merge(first.records) { $1 }
        try WorkspaceStore.save(ws, files: [.risks], to: tmp.file("w"), expecting: loaded.fingerprints,
                                records: expected, previous: saved, recordOrders: loaded.recordOrders)
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace.risks.risks[0].title == "Second")
    }

    @Test func aFileCreatedOrRemovedSinceIsNotOverwritten() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        try FileManager.default.removeItem(atPath: tmp.file("w/budget.json"))
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"))
        try tmp.write("someone else's budget", to: "w/budget.json")
        #expect {
            try WorkspaceStore.save(loaded.workspace, files: [.budget], to: tmp.file("w"), expecting: loaded.fingerprints)
        } throws: { error in
            guard case .changedOnDisk(let e)? = error as? WorkspaceSaveError else { return false }
            return e.file == .budget && e.expected == .absent && e.description.contains("was created by someone else")
        }
        #expect(try tmp.read("w/budget.json") == "someone else's budget")
        try FileManager.default.removeItem(atPath: tmp.file("w/plan.json"))
        #expect {
            try WorkspaceStore.save(loaded.workspace, files: [.plan], to: tmp.file("w"), expecting: loaded.fingerprints)
        } throws: { error in
            guard case .changedOnDisk(let e)? = error as? WorkspaceSaveError else { return false }
            return e.file == .plan && e.found == .absent && e.description.contains("was removed by someone else")
        }
        #expect(!FileManager.default.fileExists(atPath: tmp.file("w/plan.json")))
    }

    @Test func aSessionNeverOverwritesAHandEditAndFollowsItsOwnSaves() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        let (session, opened) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        var ws = opened
        ws.risks.risks[0].title = "Saved by the app"
        try session.save(ws, files: [.risks])
        ws.risks.risks[0].title = "Saved again"
        try session.save(ws, files: [.risks])
        #expect(session.filesChangedOnDisk().isEmpty)
        let byHand = try tmp.read("w/plan.json") + "\n"
        try tmp.write(byHand, to: "w/plan.json")
        #expect(session.filesChangedOnDisk() == [.plan])
        ws.plan.title = "The app's title"
        #expect(throws: WorkspaceSaveError.self) { try session.save(ws, files: [.plan]) }
        #expect(try tmp.read("w/plan.json") == byHand)
        // After reading the workspace again the session may write it.
        _ = try session.reload()
        try session.save(ws, files: [.plan])
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace.plan.title == "The app's title")
    }

    @Test func pollingReportsChangedContentsNotATouchOrAnIdenticalRewrite() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        #expect(session.filesChangedOnDisk().isEmpty)
        let text = try tmp.read("w/budget.json")
        try tmp.write(text, to: "w/budget.json")  // same bytes, new inode and time
        #expect(utimes(tmp.file("w/plan.json"), nil) == 0)
        #expect(session.filesChangedOnDisk().isEmpty)
        try tmp.write(text + " ", to: "w/budget.json")
        try FileManager.default.removeItem(atPath: tmp.file("w/indicators.json"))
        #expect(session.filesChangedOnDisk() == [.indicators, .budget])
    }
}
