import Testing
@testable import PlanCore

/// A finding on a risk names the file the store keeps it in, also for the second of two ids that
/// differ only in case (whose file name carries a mark).
struct RiskLocationFileTests {
    @Test func aFindingOnACaseTwinNamesItsOwnFile() throws {
        var ws = DemoWorkspaces.haringey
        var twin = try #require(ws.risks.risks.first { $0.id == "R01" })
        twin.id = "r01"
        twin.title = ""
        ws.risks.risks.append(twin)
        let files = RecordFiles.stems(for: ws.risks.risks.map(\.id)).map(WorkspaceFile.risks.recordPath)
        let expected = try #require(files.last)
        #expect(expected != "risks/r01.json", "the twin's file carries a mark")
        let finding = try #require(ws.validate(today: ws.info.asOf ?? day("2009-11-16")).first {
            $0.location.record == "r01" && $0.message.hasPrefix("has no")
        })
        #expect(finding.location.file == expected)
    }
}
