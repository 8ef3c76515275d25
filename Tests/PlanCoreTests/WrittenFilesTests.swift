import Foundation
import Testing
@testable import PlanCore

/// "imported … into …" names the files an import wrote, for every kind: the record files of
/// risks, actions and indicators (and the part's own file when it was written too), the one file
/// of the others.
@Suite(.serialized) struct WrittenFilesTests {
    let today = day("2026-12-01")

    /// Imports `lines` through `schema` into the workspace at `folder`/ns, saves, and says where.
    func importAndSave<S: TableSchema>(_ schema: S, _ lines: [String], folder: TempFolder) throws -> (said: String, ws: Workspace) {
        let (session, ws) = try WorkspaceSession.open(folder: folder.file("ns"))
        defer { session.close() }
        let result = try TableImport.run(schema, try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "x.csv"),
                                         into: ws, options: TableImportOptions(today: today))
        #expect(result.refused == 0, "\(result.report())")
        let saved = try session.save(result.workspace, files: result.workspace.changedFiles(since: ws), how: "import x.csv")
        for path in saved.paths { #expect(FileManager.default.fileExists(atPath: folder.file("ns/" + path)), "\(path)") }
        return (saved.written(in: "ns"), result.workspace)
    }

    @Test func everyKindNamesWhereItsRecordsWent() throws {
        let folder = TempFolder()
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        ws.priorities = [Priority(id: "violence", title: "Violence")]
        try WorkspaceStore.create(ws, at: folder.file("ns"))

        // Out of the order of their names, the risks' files are listed in the register's own file.
        let risks = try importAndSave(RiskSchema(), ["Id,Risk,Owner", "risk-b,Funding ends,Jo", "risk-a,Venue lost,Sam"], folder: folder)
        #expect(risks.said == "2 files in ns/risks/ and ns/risks.json")
        let changed = try importAndSave(RiskSchema(), ["Risk,Owner", "Funding ends,Alex"], folder: folder)
        #expect(changed.said == "ns/risks/risk-b.json")
        // After the others in name and order: only its file is written.
        let appended = try importAndSave(RiskSchema(), ["Id,Risk,Owner", "risk-c,Estate opens,Jo"], folder: folder)
        #expect(appended.said == "ns/risks/risk-c.json")
        let actions = try importAndSave(ActionSchema(), ["Priority,Action", "Violence,Street pastors"], folder: folder).said
        #expect(actions == "ns/actions/ap-1.json")
        let indicators = try importAndSave(IndicatorSchema(), ["Indicator,Baseline", "Violence with injury,12"], folder: folder).said
        #expect(indicators == "ns/indicators/ind-1.json")
        #expect(try importAndSave(FundingSchema(), ["Source,Amount", "PCC fund,1000"], folder: folder).said == "ns/budget.json")
        #expect(try importAndSave(PartnerSchema(), ["Organisation,Acronym", "Street Pastors,"], folder: folder).said == "ns/partnership.json")
        #expect(try importAndSave(BodySchema(), ["Body,Reports to", "Violence group,"], folder: folder).said == "ns/governance.json")
        #expect(try importAndSave(EngagementSchema(), ["Mechanism,Audience", "Ward panels,Residents"], folder: folder).said == "ns/partnership.json")
        #expect(try importAndSave(MilestoneSchema(), ["Step,Date", "Draft to the board,By 18/12/2027"], folder: folder).said == "ns/plan.json")
        #expect(try importAndSave(GlossarySchema(), ["Term,Meaning", "ASB,Anti-social behaviour"], folder: folder).said == "ns/partnership.json")
    }
}
