import Foundation
import Testing
@testable import PlanCore

/// Copies of the demo workspaces as schema 1 wrote them, kept under Fixtures/schema1.
func schemaOneFixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema1/" + name).path
}

@Suite("Schema 2: files of schema 1 load, migrate and save as 2")
struct SchemaTwoTests {
    /// A copy of a fixture in a temporary folder, so saving does not touch the fixture.
    func copy(_ name: String, into tmp: TempFolder) throws -> String {
        let to = tmp.file(name)
        try FileManager.default.copyItem(atPath: schemaOneFixture(name), toPath: to)
        return to
    }

    @Test func theFixturesAreSchemaOne() throws {
        for name in ["haringey", "spelthorne", "herefordshire"] {
            let text = try String(contentsOfFile: schemaOneFixture(name) + "/plan.json", encoding: .utf8)
            #expect(text.contains("\"schemaVersion\" : 1") && text.contains("\"statusHistory\""), "\(name)")
        }
    }

    @Test func haringeysSingleApprovalPathBecomesStepsWithTheSameFacts() throws {
        let tmp = TempFolder()
        let loaded = try WorkspaceStore.load(folder: try copy("haringey", into: tmp))
        #expect(loaded.readOnlyReasons == [])
        let steps = loaded.workspace.plan.approval
        #expect(steps.map(\.id) == ["step-1", "step-2", "step-3", "step-4"])
        #expect(steps.map(\.action) == [.other, .other, .adopted, .published])
        #expect(steps.map(\.words) == ["draft", "final draft", "", ""])
        #expect(steps.allSatisfy { $0.state == .done })
        #expect(steps.map(\.body) == ["Safer Communities Executive Board", "Cabinet", "Government Office for London",
                                      "Safer Communities Partnership"])
        #expect(steps.map { $0.date?.iso ?? "" } == ["2008-03-28", "2008-04-22", "2008-06-02", "2008-07-31"])
        #expect(steps[0].note == "Board agreed the content, priorities and approach")
        #expect(loaded.workspace.plan.approvalStage == "published")
    }

    @Test func herefordshiresStepsAndAStatusWithoutItsOwnEntry() throws {
        let tmp = TempFolder()
        let ws = try WorkspaceStore.load(folder: try copy("herefordshire", into: tmp)).workspace
        #expect(ws.plan.approval.map(\.action) == [.endorsed, .adopted])
        #expect(ws.plan.approval.map(\.body) == ["HCSDP Strategy Group", "Cabinet"])
        #expect(ws.plan.approval[0].date == nil && ws.plan.approval[1].date?.iso == "2008-05-01")
        // Meetings and papers are new: a schema 1 file has none.
        #expect(ws.governance.meetings.isEmpty && ws.governance.papers.isEmpty)
        #expect(ws.priorities.allSatisfy { $0.bodies.isEmpty })

        // A status past the last entry of its history is kept as a step with no date or body.
        var value = JSONValue.object([
            JSONMember(key: "kind", node: JSONNode(.string("saferplan.plan"))),
            JSONMember(key: "schemaVersion", node: JSONNode(.int(1))),
            JSONMember(key: "plan", node: JSONNode(.object([
                JSONMember(key: "status", node: JSONNode(.string("endorsed"))),
                JSONMember(key: "statusHistory", node: JSONNode(.array([]))),
            ]))),
        ])
        try SchemaMigration.current.upgrade(&value, file: .plan, from: 1)
        var part = Workspace()
        _ = try part.read(.plan, from: value.serialized(), strict: true)
        let plan = part.plan
        #expect(plan.approval.map(\.action) == [.endorsed])
        #expect(plan.approval.first?.body == "" && plan.approval.first?.date == nil)
    }

    @Test func savedAgainEveryFileIsSchemaTwo() throws {
        let tmp = TempFolder()
        for name in ["haringey", "spelthorne", "herefordshire"] {
            let folder = try copy(name, into: tmp)
            let loaded = try WorkspaceStore.load(folder: folder)
            let present = Set(WorkspaceFile.allCases.filter { FileManager.default.fileExists(atPath: folder + "/" + $0.fileName) })
            try WorkspaceStore.save(loaded.workspace, files: present, to: folder, expecting: loaded.fingerprints)
            for file in present {
                let text = try String(contentsOfFile: folder + "/" + file.fileName, encoding: .utf8)
                #expect(text.contains("\"schemaVersion\" : 2"), "\(name)/\(file.fileName)")
                if file == .plan { #expect(!text.contains("statusHistory") && text.contains("\"approval\" : ["), "\(name)") }
            }
            let again = try WorkspaceStore.load(folder: folder)
            #expect(again.workspace == loaded.workspace, "\(name)")
        }
    }

    @Test func aFaultInASchemaOneFileIsPlacedInTheFileAsWritten() throws {
        let tmp = TempFolder()
        let folder = try copy("herefordshire", into: tmp)
        let text = try String(contentsOfFile: folder + "/plan.json", encoding: .utf8)
            .replacingOccurrences(of: "\"title\" : \"Herefordshire Community Safety and Drugs Partnership – Partnership Plan 2008–2011\"",
                                  with: "\"title\" : 7")
        try text.write(toFile: folder + "/plan.json", atomically: true, encoding: .utf8)
        let error = try #require(throws: LoadError.self) { try WorkspaceStore.load(folder: folder) }
        #expect(error.description == folder + "/plan.json:45:15: plan.title: expected text in double quotes, found a number "
                + "(after migrating from schema version 1)")
        #expect(try String(contentsOfFile: folder + "/plan.json", encoding: .utf8) == text)
    }
}
