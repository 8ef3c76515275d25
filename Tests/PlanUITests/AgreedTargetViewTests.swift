import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Stretch and local targets on screen")
struct AgreedTargetViewTests {
    @Test func anIndicatorsPageSaysItsStretchTargetIsAgreedWithoutAValue() throws {
        var s = demoState(width: 120, height: 40)
        press(&s, [.char("5")])
        let row = try #require(IndicatorsSection.model(s).rows.first { $0.id == "stretch-robbery" })
        let lines = IndicatorsSection.detail(s, row).map { $0.spans.map(\.text).joined() }
        #expect(lines.contains { $0.contains("Stretch target: Stretch target agreed, value not recorded — Existing stretch target for robbery") },
                "\(lines)")
    }
}
