import Foundation
import Testing
@testable import PlanCore

/// An indicator's targets and actuals are written and read from their catalogues.
struct IndicatorCatalogueTests {
    static var indicator: Indicator {
        Indicator(id: "ind-1", code: "NI 15", title: "Serious violent crime", targets: [YearTarget(year: FinancialYear(2026), value: 1.25)],
                  actuals: [QuarterActual(quarter: Quarter(containing: day("2026-05-01")), value: 3, note: "Provisional")])
    }

    static func file() throws -> String {
        var ws = Workspace()
        ws.indicators = [indicator]
        return String(decoding: try ws.encoded(.indicators), as: UTF8.self)
    }

    static func read(_ text: String) throws(LoadError) -> Workspace {
        try WorkspaceStore.read(.indicators, bytes: Array(text.utf8), path: "indicators.json").0
    }

    @Test func targetsAndActualsAreWrittenUnderTheirCataloguesKeysAndReadBack() throws {
        let text = try Self.file()
        #expect(try CatalogueTests.keys(ofObjectsWith: "quarter", in: text) == [QuarterActual.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "value", in: text).contains(YearTarget.catalogue.jsonKeys.sorted()))
        #expect(try Self.read(text).indicators == [Self.indicator])
    }

    @Test(arguments: [
        ("\"value\" : 1.25", "\"valu\" : 1.25", "unknown field \"valu\"; check its spelling", "targets[0]"),
        ("\"value\" : 3", "\"note2\" : 3", "unknown field \"note2\"; check its spelling", "actuals[0]"),
        ("\"quarter\" : \"2026-27 Q1\",", "", "the required field \"quarter\" is missing", "actuals[0]"),
    ])
    func aFaultInATargetOrActualIsPlacedAtItsPath(_ find: String, _ replace: String, _ message: String, _ path: String) throws {
        let good = try Self.file()
        #expect(good.contains(find))
        guard let first = good.range(of: find) else { return }
        do {
            _ = try Self.read(good.replacingCharacters(in: first, with: replace))
            Issue.record("\(path) was not refused")
        } catch {
            #expect(error.message == message)
            #expect(error.fieldPath == "indicators[0]." + path)
            #expect(error.position != nil)
        }
    }
}
