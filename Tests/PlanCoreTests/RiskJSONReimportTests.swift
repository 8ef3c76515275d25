import Testing
@testable import PlanCore

/// SaferPlan's own JSON export imported back says which risks it leaves as they are.
struct RiskJSONReimportTests {
    @Test func anUnchangedExportIsReportedUnchangedAndAnEditAsUpdated() throws {
        let ws = DemoWorkspaces.haringey
        let json = try JSONExport.export(.risks, of: ws)
        let same = RiskImport.json(Array(json.utf8), into: ws.risks)
        #expect(same.problems.isEmpty)
        #expect(same.added.isEmpty && same.updated.isEmpty)
        #expect(same.unchanged == ws.risks.risks.map(\.id))
        #expect(same.summary == "0 added, 0 updated, \(ws.risks.risks.count) unchanged")
        #expect(same.register == ws.risks)
        let first = try #require(ws.risks.risks.first)
        let edited = RiskImport.json(Array(json.replacingOccurrences(of: "\"\(first.title)\"", with: "\"Renamed\"").utf8), into: ws.risks)
        #expect(edited.updated == [first.id])
        #expect(edited.unchanged.count == ws.risks.risks.count - 1)
    }
}
