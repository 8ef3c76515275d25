import Foundation
@testable import PlanCore
import Testing

@Suite("The change log")
struct ChangeLogTests {
    func open(_ folder: TempFolder) throws -> (WorkspaceSession, Workspace) {
        try WorkspaceStore.create(DemoWorkspaces.all[0].workspace, at: folder.path + "/w")
        return try WorkspaceSession.open(folder: folder.path + "/w")
    }

    @Test func aSaveLogsOneEntryPerFieldWithWhoHowAndTheRecord() throws {
        let folder = TempFolder()
        let (session, before) = try open(folder)
        defer { session.close() }
        var ws = before
        let r = ws.risks.risks[2]
        let was = try #require(r.residual)
        ws.risks.risks[2].owner = "Jo Bloggs"
        ws.risks.risks[2].residual = RiskScore(likelihood: 1, impact: 2)
        try session.save(ws, files: ws.changedFiles(since: before), how: "tui", who: "jo")
        let entries = ChangeLogFile.read(folder: session.folder)
        #expect(entries.map(\.field).sorted() == ["owner", "residual.impact", "residual.likelihood"].filter { f in
            f == "owner" || (f == "residual.impact" && was.impact != 2) || (f == "residual.likelihood" && was.likelihood != 1)
        })
        let owner = try #require(entries.first { $0.field == "owner" })
        #expect(owner.who == "jo" && owner.how == "tui" && owner.file == "risks.json")
        #expect(owner.kind == "risk" && owner.recordID == r.id && owner.title == r.title && owner.change == .changed)
        #expect(owner.before?.isSame(as: .string(r.owner)) == true && owner.after?.isSame(as: .string("Jo Bloggs")) == true)
        #expect(Set(entries.map(\.save)).count == 1, "one save, one group")
        #expect(Instant.seconds(owner.at) != nil)
        #expect(FileSystem.baseName(of: ChangeLogFile.files(in: session.folder)[0]) == "changes-\(owner.at.prefix(4)).jsonl")
    }

    @Test func aSaveThatChangesNothingLogsNothing() throws {
        let folder = TempFolder()
        let (session, ws) = try open(folder)
        defer { session.close() }
        try session.save(ws, files: [.risks, .actions], how: "tui", who: "jo")
        #expect(ChangeLogFile.files(in: session.folder).isEmpty)
    }

    @Test func addedAndRemovedRecordsAndReviewsAreLogged() throws {
        let folder = TempFolder()
        let (session, before) = try open(folder)
        defer { session.close() }
        var ws = before
        let gone = ws.risks.risks.removeLast()
        ws.risks.risks.append(Risk(id: "risk-new", title: "New one"))
        ws.risks.risks[0].reviews.append(RiskReview(date: day("2009-12-01"), residual: RiskScore(likelihood: 2, impact: 2), note: "Looked again"))
        try session.save(ws, files: [.risks], how: "import r.csv", who: "jo")
        let text = ChangeReport.render(ChangeLogFile.read(folder: session.folder), format: .text)
        #expect(text.contains("  risk \(gone.reference) “\(gone.title)” removed\n"))
        #expect(text.contains("  risk risk-new “New one” added\n"))
        #expect(text.contains(" · reviews: added “Looked again”\n"))
        #expect(text.contains("  jo  (import r.csv)\n"))
    }

    @Test func aTornLastLineIsSkippedAndClosedOffOnTheNextWrite() throws {
        let folder = TempFolder()
        let e = ChangeEntry(at: "2026-12-01T08:00:00Z", save: "s1", who: "jo", how: "tui", file: "risks.json", kind: "risk",
                            recordID: "R01", reference: nil, title: "A", field: "owner", change: .changed,
                            before: .string("x"), after: .string("y"))
        try ChangeLogFile.append([e], folder: folder.path)
        let path = ChangeLogFile.path(in: folder.path, year: 2026)
        let torn = try FileSystem.read(path) + Array(#"{"at":"2026-12-01T08:01:00Z","who":"jo","id":"R0"#.utf8)
        try FileSystem.writeAtomically(torn, to: path)
        #expect(ChangeLogFile.read(folder: folder.path) == [e])
        var second = e
        second.save = "s2"
        try ChangeLogFile.append([second], folder: folder.path)
        #expect(ChangeLogFile.read(folder: folder.path) == [e, second])
        let bytes = try FileSystem.read(path)
        #expect(Array(bytes.prefix(torn.count)) == torn, "nothing already written is rewritten")
        #expect(bytes[torn.count] == 0x0A)
    }

    @Test func entriesGoToTheFileOfTheirYear() throws {
        let folder = TempFolder()
        var a = ChangeEntry(at: "2025-12-31T23:59:59Z", save: "s", who: "jo", how: "tui", file: "plan.json", kind: "plan",
                            recordID: "plan", reference: nil, title: "", field: "vision", change: .changed, before: nil, after: .string("v"))
        var b = a
        b.at = "2026-01-01T00:00:01Z"
        try ChangeLogFile.append([a, b], folder: folder.path)
        #expect(ChangeLogFile.files(in: folder.path).map { FileSystem.baseName(of: $0) } == ["changes-2025.jsonl", "changes-2026.jsonl"])
        a.save = "s"
        #expect(ChangeLogFile.read(folder: folder.path) == [a, b])
    }

    @Test func aLargeSaveIsWrittenInOrderToEachYearsFile() throws {
        let folder = TempFolder()
        // Enough entries to be written out on two threads.
        let entries = (0..<1_000).map { k in
            ChangeEntry(at: k % 3 == 0 ? "2025-12-31T23:59:59Z" : "2026-01-01T00:00:01Z", save: "s", who: "jo", how: "import risks.csv",
                        file: "risks.json", kind: "risk", recordID: "risk-\(k)", reference: "R\(k)", title: "Risk \(k)", field: "",
                        change: .added, before: nil, after: .object([JSONMember(key: "title", node: JSONNode(.string("Risk \(k)")))]))
        }
        try ChangeLogFile.append(entries, folder: folder.path)
        let lastYear = ChangeLogFile.entries(in: try FileSystem.read(ChangeLogFile.path(in: folder.path, year: 2025)))
        let thisYear = ChangeLogFile.entries(in: try FileSystem.read(ChangeLogFile.path(in: folder.path, year: 2026)))
        #expect(lastYear == entries.filter { $0.at.hasPrefix("2025") })
        #expect(thisYear == entries.filter { $0.at.hasPrefix("2026") })
        #expect(lastYear.count == 334)
    }

    @Test func queriesFilterByRecordWhoSectionAndDay() {
        func entry(_ at: String, _ who: String, _ id: String, _ ref: String?, _ file: String) -> ChangeEntry {
            ChangeEntry(at: at, save: at, who: who, how: "tui", file: file, kind: "risk", recordID: id, reference: ref, title: "",
                        field: "owner", change: .changed, before: nil, after: nil)
        }
        let all = [entry("2026-11-01T12:00:00Z", "Alice Smith", "risk-x", "R07", "risks.json"),
                   entry("2026-11-20T12:00:00Z", "bob", "a-1", nil, "actions.json")]
        #expect(ChangeQuery(record: "r07").filter(all).map(\.who) == ["Alice Smith"])
        #expect(ChangeQuery(who: "alice").filter(all).count == 1)
        #expect(ChangeQuery(section: "actions.json").filter(all).map(\.who) == ["bob"])
        #expect(ChangeQuery(since: day("2026-11-10")).filter(all).map(\.who) == ["bob"])
    }

    @Test func theConfiguredUserIsReadFromTheTopOfTheConfig() {
        #expect(ChangeAuthor.user(inConfig: "theme = \"light\"\nuser = \"Jo Bloggs\"  # me\n") == "Jo Bloggs")
        #expect(ChangeAuthor.user(inConfig: "[keys]\nuser = \"x\"\n") == nil)
    }

    @Test func textFromTheLogIsMadeSafeForATerminal() {
        #expect(ChangeReport.plain("a\u{1B}[2Jb\nc") == "a\u{FFFD}[2Jb c")
    }
}

@Suite("Ids that never collide across clones")
struct TeamIDTests {
    @Test func uniqueIdsSortByTimeAndAreRecognised() {
        let a = IDs.unique(prefix: "risk-", now: 1_700_000_000_000)
        let b = IDs.unique(prefix: "risk-", now: 1_700_000_000_001)
        #expect(a != b && IDs.isUnique(a) && !IDs.isUnique("R07") && !IDs.isUnique("a-12-2010"))
        #expect(IDs.creationTime(a) == 1_700_000_000_000)
    }

    @Test func todaysRisksKeepTheirIdAsReference() throws {
        let ws = DemoWorkspaces.all[0].workspace
        let folder = TempFolder()
        try WorkspaceStore.create(ws, at: folder.path + "/w")
        let loaded = try WorkspaceStore.load(folder: folder.path + "/w").workspace
        #expect(loaded.risks.risks.map(\.reference) == ws.risks.risks.map(\.id))
        #expect(!(try folder.read("w/risks.json")).contains("\"ref\""), "files from before keep their shape")
    }

    @Test func aRisksReferenceTravelsThroughCSVAndNamesItOnImport() throws {
        var reg = DemoWorkspaces.all[0].workspace.risks
        var r = Risk(id: "risk-mx4fnylw-ge0l", title: "New one")
        r.ref = "R07"
        reg.risks.append(r)
        let csv = RiskCSV.export(reg, today: day("2009-11-16"))
        #expect(csv.contains("\r\nrisk-mx4fnylw-ge0l,R07,New one,"))
        #expect(csv.contains("\r\nR01,R01,"))
        var ws = DemoWorkspaces.all[0].workspace
        ws.risks = reg
        let options = TableImportOptions(today: day("2009-11-16"))
        let back = try RiskTableImport.run(try TabularReader.read(Array(csv.utf8), file: "r.csv"), into: ws, options: options)
        #expect(back.summary == "0 added, 0 updated, \(reg.risks.count) unchanged")
        #expect(back.workspace.risks == reg)
        let edited = try RiskTableImport.run(try TabularReader.read(Array("ref,title,owner\r\nR07,New one,Jo Bloggs\r\n".utf8), file: "e.csv"),
                                             into: ws, options: options)
        #expect(edited.summary == "0 added, 1 updated, 0 unchanged")
        #expect(edited.workspace.risks.risks.first { $0.id == r.id }?.owner == "Jo Bloggs")
        #expect(edited.workspace.risks.risks.count == reg.risks.count)
    }

    @Test func theNewerOfTwoRisksShowingOneReferenceIsRenumbered() {
        var ws = DemoWorkspaces.all[0].workspace
        let count = ws.risks.risks.count
        var older = Risk(id: IDs.unique(prefix: "risk-", now: 1_800_000_000_000), title: "Older")
        older.ref = "R99"
        var newer = Risk(id: IDs.unique(prefix: "risk-", now: 1_800_000_000_500), title: "Newer")
        newer.ref = "R99"
        ws.risks.risks += [newer, older]
        #expect(ws.duplicateReferences() == [DuplicateReference(reference: "R99", ids: [older.id, newer.id])])
        #expect(ws.teamFindings().map(\.message) == ["2 risks show the reference R99; `saferplan check --fix` renumbers the newer"])
        let done = ws.renumberDuplicateReferences()
        #expect(done == ["risk “Newer” was R99, now R100"])
        #expect(ws.risk(older.id)?.reference == "R99" && ws.risk(newer.id)?.reference == "R100")
        #expect(ws.duplicateReferences().isEmpty && ws.risks.risks.count == count + 2)
    }
}

@Suite("The change log's diff reads only what changed")
struct ScannedDiffTests {
    @Test func itFindsWhatTheWholeTreeDiffFinds() throws {
        let base = DemoWorkspaces.all[0].workspace
        var ws = base
        ws.risks.risks[1].residual = RiskScore(likelihood: 1, impact: 1)
        ws.risks.risks[3].controls.append("Weekly check")
        ws.risks.risks.remove(at: 4)
        ws.risks.risks.append(Risk(id: "risk-new", title: "New"))
        ws.risks.matrix.bands[0].name = "Lowest"
        ws.actionPlans[0].actions[0].title = "Renamed action"
        ws.plan.versionLabel = "Version 9"
        for file in [WorkspaceFile.risks, .actions, .plan] {
            let a = try base.encoded(file), b = try ws.encoded(file)
            let whole = ChangeDiff.changes(from: try JSONParser.parse(a).value, to: try JSONParser.parse(b).value)
            let scanned = ScannedDiff.changes(from: a, to: b)
            #expect(!scanned.isEmpty)
            #expect(scanned.map { "\($0.kind) \($0.recordID) \($0.field) \($0.change)" }.sorted()
                    == whole.map { "\($0.kind) \($0.recordID) \($0.field) \($0.change)" }.sorted(), "\(file.fileName)")
        }
    }
}
