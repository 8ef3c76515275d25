import Foundation
import Testing
@testable import PlanCore

/// Stretch and local targets beside the national ones, with a value only when one is recorded.
@Suite("Stretch and local targets")
struct AgreedTargetTests {
    let haringey = DemoWorkspaces.haringey

    @Test func haringeyCarriesSeed001sTargetsWithoutValues() throws {
        let byID = Dictionary(uniqueKeysWithValues: haringey.indicators.map { ($0.id, $0.agreed) })
        #expect(byID["stretch-robbery"]?.map(\.kind) == [.stretch])
        #expect(byID["stretch-dv"]?.map(\.kind) == [.stretch])
        #expect(byID["local-yp-victims"]?.map(\.kind) == [.local])
        #expect(byID["ni-15"]?.isEmpty == true)
        let robbery = try #require(byID["stretch-robbery"]?.first)
        #expect(robbery.value == nil)
        #expect(robbery.summary == "stretch target agreed, value not recorded")
        #expect(AgreedTarget(kind: .local, value: 400, year: FinancialYear(2008)).summary == "local target 400 (2008-09)")
    }

    @Test func theFileHoldsThemOnlyWhereThereAreSome() throws {
        let tmp = TempFolder()
        try WorkspaceStore.create(haringey, at: tmp.file("w"))
        let text = String(decoding: try WorkspaceStore.partBytes(.indicators, folder: tmp.file("w")), as: UTF8.self)
        #expect(text.components(separatedBy: "\"agreedTargets\"").count == 4, "three indicators carry one each; the rest write nothing new")
        #expect(try WorkspaceStore.load(folder: tmp.file("w")).workspace == haringey)
        let spelthorne = tmp.file("s")
        try WorkspaceStore.create(DemoWorkspaces.spelthorne, at: spelthorne)
        let plain = try FileManager.default.contentsOfDirectory(atPath: spelthorne).filter { $0.hasSuffix(".json") }
            .map { try tmp.read("s/" + $0) }.joined()
        #expect(!plain.contains("agreedTargets"))
    }

    @Test func thePapersSayTheTargetIsAgreedAndItsValueNotRecorded() throws {
        let today = day("2009-11-16")
        let plan = try Papers.render(.plan, format: .md, of: haringey, options: PaperOptions(today: today))
        #expect(plan.contains("| stretch target agreed, value not recorded |"), "\(plan)")
        #expect(plan.contains("| local target agreed, value not recorded |"))
        let performance = try Papers.render(.indicators, format: .md, of: haringey, options: PaperOptions(today: today))
        #expect(performance.contains("LAA, stretch target agreed, value not recorded"))
    }
}
