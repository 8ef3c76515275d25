import Foundation
@testable import PlanCore
import Testing

/// The change log describes a save from the record files' bytes the save encoded, without
/// encoding those records again, and writes the very lines it wrote before.
@Suite("The change log reuses a save's record files")
struct ChangeLogReuseTests {
    /// Every record file of the part, as a save writes it, by path relative to the folder.
    func recordFiles(_ ws: Workspace, _ file: WorkspaceFile) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for i in ws.recordIDs(file).indices { out[ws.recordPath(file, at: i)] = try ws.encodedRecord(file, at: i) }
        return out
    }

    @Test func thePartPutTogetherFromRecordFilesIsTheEncodedPart() throws {
        for (name, ws) in DemoWorkspaces.all {
            for file in RecordFiles.parts {
                let count = ws.recordIDs(file).count
                let written = try recordFiles(ws, file)
                for positions in [Array(0..<count), Array(stride(from: 0, to: count, by: 2)), [], count > 1 ? [count - 1, 0] : []] {
                    let spliced = try #require(ws.encodedKeeping(file, at: positions, written: written), "\(name) \(file.fileName)")
                    #expect(spliced == (try ws.keepingRecords(file, at: positions).encoded(file)), "\(name) \(file.fileName) \(positions)")
                }
            }
        }
    }

    @Test func theRecordsTextIsTakenFromTheSavedFileNotEncodedAgain() throws {
        let ws = DemoWorkspaces.haringey
        var written = try recordFiles(ws, .risks)
        let path = ws.recordPath(.risks, at: 0)
        let bytes = try #require(written[path])
        let text = String(decoding: bytes, as: UTF8.self)
        let title = ws.risks.risks[0].title
        written[path] = Array(text.replacingOccurrences(of: "\"\(title)\"", with: "\"Taken from the file\"").utf8)
        let spliced = try #require(ws.encodedKeeping(.risks, at: [0], written: written))
        var renamed = ws
        renamed.risks.risks[0].title = "Taken from the file"
        #expect(spliced == (try renamed.keepingRecords(.risks, at: [0]).encoded(.risks)))
    }

    @Test func manyRecordsArePutTogetherInTheOrderAskedAndOneMissingGivesNone() throws {
        var ws = DemoWorkspaces.haringey
        let template = ws.risks.risks[0]
        ws.risks.risks = (0..<600).map { k in
            var r = template
            r.id = "risk-many-\(k)"
            r.title = "Risk \(k)"
            r.ref = "M\(k)"
            return r
        }
        let written = try recordFiles(ws, .risks)
        // More than enough records to be found on two threads, in an order of their own.
        let positions = Array(stride(from: 599, through: 0, by: -2))
        let spliced = try #require(ws.encodedKeeping(.risks, at: positions, written: written))
        #expect(spliced == (try ws.keepingRecords(.risks, at: positions).encoded(.risks)))
        #expect(ws.encodedKeeping(.risks, at: positions + [600], written: written) == nil, "a position past the records")
    }

    @Test func aPartWithMergeConflictsIsEncodedWhole() throws {
        var ws = DemoWorkspaces.haringey
        let r = ws.risks.risks[0]
        ws.mergeConflicts = [MergeConflict(file: "risks.json", path: JSONPath([.key("register"), .key("risks"), .record(r.id), .key("owner")]),
                                           record: nil, base: .string(r.owner), ours: .string(r.owner), theirs: .string("Their owner"),
                                           oursBy: "bob", theirsBy: "alice", when: "2026-12-01T08:00:00Z")]
        #expect(ws.encodedKeeping(.risks, at: [0], written: try recordFiles(ws, .risks)) == nil)
    }

    @Test func aSaveOfManyNewRisksLogsWhatTheWholeEncodingWouldLog() throws {
        let folder = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: folder.path + "/w")
        let (session, before) = try WorkspaceSession.open(folder: folder.path + "/w")
        defer { session.close() }
        var ws = before
        for k in 1...300 {
            var r = Risk(id: "risk-\(k)", title: "Imported risk \(k) \"quoted\"\t\u{1}", owner: "Owner \(k % 7)",
                         inherent: RiskScore(likelihood: 5, impact: 4),
                         residual: RiskScore(likelihood: k % 5 + 1, impact: 2), target: RiskScore(likelihood: 1, impact: 2), controls: ["Control \(k)"], raisedOn: day("2009-11-16"))
            r.ref = "N\(k)"
            ws.risks.risks.append(r)
        }
        ws.risks.risks[0].owner = "Someone else"
        let files = ws.changedFiles(since: before)
        try session.save(ws, files: files, how: "import risks.csv", who: "jo")
        let logged = ChangeLogFile.read(folder: session.folder)
        let expected = ChangeLog.entries(before: ChangeLog.documents(files, of: before, comparedWith: ws),
                                         after: ChangeLog.documents(files, of: ws, comparedWith: before),
                                         who: "jo", how: "import risks.csv", at: try #require(logged.first?.at))
        #expect(logged.count == 301)
        func line(_ e: ChangeEntry) -> String {
            var e = e
            e.save = ""
            return String(decoding: e.jsonLine, as: UTF8.self)
        }
        #expect(logged.map(line) == expected.map(line))
        #expect(try WorkspaceStore.load(folder: session.folder).workspace.risks == ws.risks, "the records encoded on two threads, in order")
    }
}
