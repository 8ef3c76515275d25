import Foundation
import Testing
@testable import PlanCore

@Suite("Workspace store")
struct StoreTests {
    @Test func demoRoundTripsThroughDisk() throws {
        let tmp = TempFolder()
        for (name, ws) in DemoWorkspaces.all {
            let folder = tmp.file(name)
            try WorkspaceStore.create(ws, at: folder)
            let loaded = try WorkspaceStore.load(folder: folder)
            #expect(loaded.workspace == ws, "\(name)")
            #expect(loaded.readOnlyReasons.isEmpty)
        }
    }

    @Test func filesFollowTheUmaskSortedAndVersioned() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.spelthorne, at: tmp.file("w"))
        let attrs = try FileManager.default.attributesOfItem(atPath: tmp.file("w/risks.json"))
        #expect((attrs[.posixPermissions] as? Int) == Int(0o666 & ~FileSystem.currentUmask()))
        let text = try tmp.read("w/budget.json")
        #expect(text.hasPrefix("{\n  \"budget\" : {"))
        #expect(text.contains("\"kind\" : \"saferplan.budget\""))
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.hasSuffix("}\n"))
        // Saving again writes the same bytes: files diff well.
        try WorkspaceStore.save(DemoWorkspaces.spelthorne, files: Set(WorkspaceFile.allCases), to: tmp.file("w"),
                                expecting: WorkspaceStore.fingerprints(folder: tmp.file("w")))
        #expect(try tmp.read("w/budget.json") == text)
    }

    @Test func damagedFileIsLocatedAndNothingChanges() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.file("w"))
        let names = FileSystem.list(tmp.file("w/risks")).map { "w/risks/" + $0 }
        guard let record = try names.first(where: { try tmp.read($0).contains("\"likelihood\" : 4") }) else {
            Issue.record("the demo has no likelihood 4")
            return
        }
        var text = try tmp.read(record)
        if let r = text.range(of: "\"likelihood\" : 4") { text.replaceSubrange(r, with: "\"likelihood\" : \"high\"") }
        try tmp.write(text, to: record)
        let before = try tmp.read(record)
        do {
            _ = try WorkspaceStore.load(folder: tmp.file("w"))
            Issue.record("expected a load error")
        } catch {
            #expect(error.file == tmp.file(record))
            #expect(error.position != nil)
            #expect(error.fieldPath.hasPrefix("register.risks["))
            #expect(error.fieldPath.hasSuffix(".likelihood"))
            #expect(error.message == "expected a whole number, found a string")
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)[(error.position?.line ?? 1) - 1]
            #expect(line.contains("\"high\""))
        }
        #expect(try tmp.read(record) == before)
    }

    @Test func syntaxErrorsNameLineAndColumn() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        try tmp.write("{\n  \"kind\": \"saferplan.budget\",\n  \"schemaVersion\": 1,\n  \"budget\": {,}\n}\n", to: "w/budget.json")
        #expect {
            _ = try WorkspaceStore.load(folder: tmp.file("w"))
        } throws: { error in
            guard let e = error as? LoadError else { return false }
            return e.description.hasSuffix("budget.json:4:14: budget: expected a field name in double quotes, found ','")
        }
    }

    @Test func wrongKindAndMissingVersion() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        try tmp.write(#"{"kind": "saferplan.risks", "schemaVersion": 1}"#, to: "w/budget.json")
        #expect(throws: LoadError.self) { try WorkspaceStore.load(folder: tmp.file("w")) }
        try tmp.write(#"{"kind": "saferplan.budget"}"#, to: "w/budget.json")
        let missing = try #require(throws: LoadError.self) { try WorkspaceStore.load(folder: tmp.file("w")) }
        #expect(missing.fieldPath == "schemaVersion")
    }

    @Test func newerSchemaOpensReadOnly() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let text = try tmp.read("w/plan.json").replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 7")
        try tmp.write(text, to: "w/plan.json")
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        #expect(session.isReadOnly)
        #expect(session.readOnlyReasons.first?.contains("newer SaferPlan (schema 7") == true)
        #expect(throws: WorkspaceSaveError.self) { try session.save(DemoWorkspaces.herefordshire, files: [.plan]) }
        #expect(try tmp.read("w/plan.json") == text)
    }

    @Test func olderSchemaIsMigrated() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        // A hypothetical version 0 that called the glossary "terms".
        let old = try tmp.read("w/partnership.json")
            .replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 0")
            .replacingOccurrences(of: "\"glossary\" :", with: "\"terms\" :")
        try tmp.write(old, to: "w/partnership.json")
        let step: SchemaMigration.Step = { value in
            guard case .object(var members) = value else { return }
            for i in members.indices where members[i].key == "terms" { members[i].key = "glossary" }
            value = .object(members)
        }
        let migration = SchemaMigration(steps: [.partnership: [0: step, 1: SchemaMigration.unchanged]])
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"), migration: migration)
        #expect(loaded.workspace.glossary == DemoWorkspaces.herefordshire.glossary)
        #expect(throws: LoadError.self) { try WorkspaceStore.load(folder: tmp.file("w")) }
    }

    @Test func missingOptionalFilesStartEmpty() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        try FileManager.default.removeItem(atPath: tmp.file("w/indicators.json"))
        let loaded = try WorkspaceStore.load(folder: tmp.file("w"))
        #expect(loaded.workspace.indicators.isEmpty)
        #expect(loaded.notes == ["indicators.json is absent; its part of the plan starts empty"])
        try FileManager.default.removeItem(atPath: tmp.file("w/partnership.json"))
        #expect(throws: LoadError.self) { try WorkspaceStore.load(folder: tmp.file("w")) }
    }

    @Test func createRefusesNonEmptyFolder() throws {
        let tmp = TempFolder()
        try tmp.write("keep me", to: "note.txt")
        #expect(throws: WorkspaceSaveError.self) { try WorkspaceStore.create(DemoWorkspaces.haringey, at: tmp.path) }
        #expect(throws: FileSystemError.self) { try DemoWorkspaces.write(into: tmp.path) }
        #expect(try tmp.read("note.txt") == "keep me")
    }

    @Test func secondWriterGetsReadOnlyAndIsToldWho() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        let other = LockHolder(user: "officer", host: "council-server", pid: 4242, since: "2009-11-16T09:00:00Z")
        let lockBody = try JSONEncoder().encode(other)
        try lockBody.write(to: URL(fileURLWithPath: tmp.file("w/.saferplan.lock")))
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        defer { session.close() }
        #expect(session.isReadOnly)
        #expect(session.readOnlyReasons == ["locked by officer on council-server (process 4242) since 2009-11-16T09:00:00Z"])
    }

    @Test func staleLockFromADeadProcessIsTakenOver() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        var dead = LockHolder.current()
        dead.pid = 999_999  // beyond pid_max: no such process
        try JSONEncoder().encode(dead).write(to: URL(fileURLWithPath: tmp.file("w/.saferplan.lock")))
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        #expect(!session.isReadOnly)
        session.close()
        #expect(!FileManager.default.fileExists(atPath: tmp.file("w/.saferplan.lock")))
    }

    @Test func liveLockOnThisHostIsRespected() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(DemoWorkspaces.herefordshire, at: tmp.file("w"))
        var live = LockHolder.current()
        live.pid = getppid()  // the process that started the tests is alive
        try JSONEncoder().encode(live).write(to: URL(fileURLWithPath: tmp.file("w/.saferplan.lock")))
        let (session, _) = try WorkspaceSession.open(folder: tmp.file("w"))
        #expect(session.isReadOnly)
        #expect(session.readOnlyReasons.first?.hasPrefix("locked by \(live.user) on \(live.host)") == true)
        session.close()
        #expect(FileManager.default.fileExists(atPath: tmp.file("w/.saferplan.lock")))
    }

    @Test func changedFilesAreDetected() {
        var ws = DemoWorkspaces.haringey
        let old = ws
        ws.risks.risks[0].title = "Changed"
        ws.glossary.removeLast()
        #expect(ws.changedFiles(since: old) == [.risks, .partnership])
    }
}
