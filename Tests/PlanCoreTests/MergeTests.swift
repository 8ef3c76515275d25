import Foundation
@testable import PlanCore
import Testing

@Suite("Three-way merge of workspace files")
struct MergeTests {
    func json(_ s: String) -> [UInt8] { Array(s.utf8) }

    func merge(_ b: String, _ o: String, _ t: String) throws -> (JSONValue, FileMerge.Outcome) {
        let out = try FileMerge.mergeJSON(base: json(b), ours: json(o), theirs: json(t), fileName: "risks.json",
                                          when: "2026-12-01T08:00:00Z") { _, side in side == .ours ? "bob" : "alice" }
        return (try JSONParser.parse(out.bytes).value, out)
    }

    let base = #"{"kind":"saferplan.risks","register":{"risks":[{"id":"R01","title":"A","owner":"x","category":"D"},{"id":"R02","title":"B"}]},"schemaVersion":1}"#

    @Test func recordsAddedOnBothSidesAreBothKeptInPlace() throws {
        let o = #"{"kind":"saferplan.risks","register":{"risks":[{"id":"R01","title":"A","owner":"x","category":"D"},{"id":"o1","title":"O"},{"id":"R02","title":"B"}]},"schemaVersion":1}"#
        let t = #"{"kind":"saferplan.risks","register":{"risks":[{"id":"R01","title":"A","owner":"x","category":"D"},{"id":"R02","title":"B"},{"id":"t1","title":"T"}]},"schemaVersion":1}"#
        let (v, out) = try merge(base, o, t)
        guard case .array(let items)? = v.value(at: JSONPath([.key("register"), .key("risks")])) else {
            Issue.record("no risks list")
            return
        }
        #expect(items.compactMap(\.value.recordID) == ["R01", "o1", "R02", "t1"])
        #expect(out.conflicts.isEmpty && out.notices.isEmpty)
    }

    @Test func differentFieldsOfOneRecordAreBothKept() throws {
        let o = base.replacingOccurrences(of: #""owner":"x""#, with: #""owner":"Ours""#)
        let t = base.replacingOccurrences(of: #""category":"D""#, with: #""category":"Financial""#)
        let (v, out) = try merge(base, o, t)
        let r = JSONPath([.key("register"), .key("risks"), .record("R01")])
        #expect(v.value(at: r.appending(.key("owner")))?.isSame(as: .string("Ours")) == true)
        #expect(v.value(at: r.appending(.key("category")))?.isSame(as: .string("Financial")) == true)
        #expect(out.conflicts.isEmpty)
    }

    @Test func aDeletionAgainstAnEditKeepsTheRecordAndSaysSo() throws {
        let o = #"{"kind":"saferplan.risks","register":{"risks":[{"id":"R01","title":"A","owner":"x","category":"D"}]},"schemaVersion":1}"#
        let t = base.replacingOccurrences(of: #""title":"B""#, with: #""title":"B2""#)
        let (v, out) = try merge(base, o, t)
        #expect(v.value(at: JSONPath([.key("register"), .key("risks"), .record("R02"), .key("title")]))?.isSame(as: .string("B2")) == true)
        #expect(out.notices == ["risk R02 “B2” was deleted on one side and changed on the other; the changed version is kept"])
        #expect(out.conflicts.isEmpty)
    }

    @Test func aDeletionOfAnUnchangedRecordIsCarriedOut() throws {
        let o = #"{"kind":"saferplan.risks","register":{"risks":[{"id":"R01","title":"A","owner":"x","category":"D"}]},"schemaVersion":1}"#
        let t = base.replacingOccurrences(of: #""title":"A""#, with: #""title":"A2""#)
        let (v, _) = try merge(base, o, t)
        #expect(v.value(at: JSONPath([.key("register"), .key("risks"), .record("R02")])) == nil)
        #expect(v.value(at: JSONPath([.key("register"), .key("risks"), .record("R01"), .key("title")]))?.isSame(as: .string("A2")) == true)
    }

    @Test func oneFieldChangedTwoWaysIsAConflictInValidJSON() throws {
        let o = base.replacingOccurrences(of: #""title":"A""#, with: #""title":"Ours""#)
        let t = base.replacingOccurrences(of: #""title":"A""#, with: #""title":"Theirs""#)
        let (v, out) = try merge(base, o, t)
        #expect(v.value(at: JSONPath([.key("register"), .key("risks"), .record("R01"), .key("title")]))?.isSame(as: .string("Ours")) == true)
        let c = try #require(out.conflicts.first)
        #expect(out.conflicts.count == 1)
        #expect(c.path.description == "register.risks[R01].title")
        #expect(c.kind == "risk" && c.recordID == "R01" && c.field == "title" && c.file == "risks.json")
        #expect(c.oursBy == "bob" && c.theirsBy == "alice" && c.when == "2026-12-01T08:00:00Z")
        #expect(c.base?.isSame(as: .string("A")) == true && c.theirs.isSame(as: .string("Theirs")))
        guard case .array(let listed)? = v["conflicts"]?.value else {
            Issue.record("the file does not list its conflict")
            return
        }
        #expect(listed.count == 1)
        let read = try MergeConflict.from(json: listed[0].value, file: "risks.json").get()
        #expect(read == c)
    }

    @Test func listsWithoutIdsKeepWhatEitherSideAddedOrRemoved() {
        func list(_ items: [String]) -> [JSONNode] { items.map { JSONNode(.string($0)) } }
        let out = ThreeWayMerge.mergeCollection(list(["a", "b", "c"]), list(["a", "c", "o"]), list(["a", "b", "c", "t", "o"]))
        #expect(out.compactMap { if case .string(let s) = $0.value { s } else { nil } } == ["a", "c", "o", "t"])
    }

    @Test func theChangeLogMergesByTheUnionOfItsLines() {
        let b = "1\n2\n", o = "1\n2\n3\n", t = "1\n2\n4\n5"
        #expect(String(decoding: FileMerge.mergeLines(base: json(b), ours: json(o), theirs: json(t)), as: UTF8.self) == "1\n2\n3\n4\n")
    }

    @Test func anUnreadableVersionIsRefusedNamingWhereItBreaks() {
        #expect(throws: FileMerge.Failure.self) {
            _ = try FileMerge.mergeJSON(base: json(base), ours: json("{\n  \"kind\" : <<<<<<< HEAD\n"), theirs: json(base),
                                        fileName: "risks.json", when: "")
        }
        do {
            _ = try FileMerge.mergeJSON(base: json(base), ours: json("{\n  \"kind\" : <<<"), theirs: json(base), fileName: "risks.json", when: "")
        } catch {
            #expect(error.description.hasPrefix("ours: not valid JSON at line 2, column 12"))
        }
    }

    @Test func aMergedFileIsByteForByteWhatTheStoreWouldWrite() throws {
        let base = DemoWorkspaces.all[0].workspace
        var ours = base, theirs = base
        ours.risks.risks[0].owner = "Ours"
        ours.risks.risks.insert(Risk(id: "risk-ours", title: "Added here"), at: 1)
        theirs.risks.risks[1].category = "Financial"
        theirs.risks.risks[0].reviews.append(RiskReview(date: day("2009-12-01"), residual: RiskScore(likelihood: 1, impact: 1)))
        theirs.risks.risks.append(Risk(id: "risk-theirs", title: "Added there"))
        var expected = ours
        expected.risks.risks[2].category = "Financial"
        expected.risks.risks[0].reviews = theirs.risks.risks[0].reviews
        expected.risks.risks.append(Risk(id: "risk-theirs", title: "Added there"))
        let out = try FileMerge.mergeJSON(base: try base.encoded(.risks), ours: try ours.encoded(.risks),
                                          theirs: try theirs.encoded(.risks), fileName: "risks.json", when: "")
        #expect(out.conflicts.isEmpty && out.notices.isEmpty)
        #expect(String(decoding: out.bytes, as: UTF8.self) == String(decoding: try expected.encoded(.risks), as: UTF8.self))
    }

    @Test func mergedFilesAreWrittenExactlyAsTheStoreWritesThem() throws {
        for ws in DemoWorkspaces.all.map(\.workspace) {
            for file in WorkspaceFile.allCases {
                let bytes = try ws.encoded(file)
                #expect(try JSONParser.parse(bytes).value.prettyPrinted() == bytes, "\(file.fileName)")
            }
        }
    }

    @Test func aConflictLoadsWithTheWorkspaceAndIsSettledByPickingASide() throws {
        let folder = TempFolder()
        var ws = DemoWorkspaces.all[0].workspace
        try WorkspaceStore.create(ws, at: folder.path + "/w")
        let r = ws.risks.risks[0]
        let path = JSONPath([.key("register"), .key("risks"), .record(r.id), .key("owner")])
        let conflict = MergeConflict(file: "risks.json", path: path, record: nil, base: .string(r.owner), ours: .string(r.owner),
                                     theirs: .string("Their owner"), oursBy: "bob", theirsBy: "alice", when: "2026-12-01T08:00:00Z")
        ws.mergeConflicts = [conflict]
        _ = try WorkspaceStore.save(ws, files: [.risks], to: folder.path + "/w", expecting: try WorkspaceStore.fingerprints(folder: folder.path + "/w"))
        var loaded = try WorkspaceStore.load(folder: folder.path + "/w").workspace
        #expect(loaded.mergeConflicts.count == 1)
        #expect(loaded.teamFindings().map(\.message).first?.contains("changed two ways in a merge") == true)
        let file = try loaded.resolve(try #require(loaded.mergeConflicts.first), taking: .theirs)
        #expect(file == .risks && loaded.mergeConflicts.isEmpty)
        #expect(loaded.risk(r.id)?.owner == "Their owner")
        _ = try WorkspaceStore.save(loaded, files: [.risks], to: folder.path + "/w", expecting: try WorkspaceStore.fingerprints(folder: folder.path + "/w"))
        #expect(!(try folder.read("w/risks.json")).contains("\"conflicts\""))
    }
}
