import Testing
@testable import PlanCore

/// New risks' ids are unique even when two are drawn alike (ids made in one millisecond differ
/// only in four random characters, which a fast import of thousands of rows can repeat).
@Suite("New risks' ids")
struct NewRiskIDClashTests {
    @Test func anIdDrawnTwiceIsDrawnAgainRatherThanRefusingTheRow() throws {
        final class Draws: @unchecked Sendable {
            var ids = ["risk-same", "risk-same", "risk-same", "risk-other"]
            func next() -> String { ids.isEmpty ? "risk-last" : ids.removeFirst() }
        }
        let draws = Draws()
        let csv = Array("Risk,Owner\r\nNew estate opens,Community Safety Manager\r\nNight bus withdrawn,Transport lead\r\n".utf8)
        let result = try TableImport.run(RiskSchema(makeID: { draws.next() }), try TabularReader.read(csv, file: "register.csv"),
                                         into: DemoWorkspaces.haringey, options: TableImportOptions(today: day("2009-11-16")))
        #expect(result.summary == "2 added, 0 updated, 0 unchanged", "\(result.report())")
        #expect(result.workspace.risks.risks.suffix(2).map(\.id) == ["risk-same", "risk-other"])
    }
}
