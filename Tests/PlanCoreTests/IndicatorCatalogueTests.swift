import Foundation
import Testing
@testable import PlanCore

/// The indicators' catalogues: indicators.json written and read from them, and the indicator
/// sheet's columns the ones it has always had.
struct IndicatorCatalogueTests {
    /// The indicator sheet's columns before its per-year and per-quarter ones, as `IndicatorSchema`
    /// listed them by hand before the catalogue.
    static let columnsBefore: [FieldDescription] = [
        FieldDescription("id", "Id", synonyms: ["indicator id"]),
        FieldDescription("code", "Code", synonyms: ["ni", "ni ref", "ni no", "ref", "indicator ref", "pi", "pi ref", "reference", "indicator code"]),
        FieldDescription("title", "Indicator", synonyms: ["title", "description", "indicator description", "measure", "performance indicator", "name"],
                         required: true),
        FieldDescription("polarity", "Polarity", .choice(Polarity.allCases.map(\.label)), synonyms: ["good is", "good performance is", "direction"]),
        FieldDescription("unit", "Unit", synonyms: ["units", "unit of measure", "measured as"]),
        FieldDescription("baseline", "Baseline", .number, synonyms: ["baseline value", "base"]),
        FieldDescription("baseline_period", "Baseline period", synonyms: ["baseline year", "base year"]),
        FieldDescription("stretch", "Stretch", .choice(["yes", "no"]), synonyms: ["lpsa stretch", "stretch indicator"]),
        FieldDescription("laa", "LAA", .choice(["yes", "no"]), synonyms: ["laa indicator", "local area agreement"]),
        FieldDescription("stretch_target", "Stretch target", .lines,
                         synonyms: ["stretch target", "stretch target value", "agreed stretch target", "lpsa stretch target", "laa stretch target"],
                         help: "Stretch targets agreed with government, one a line: value | year | note; "
                             + "\"\(AgreedTargetCells.notRecorded)\" when the value is not known"),
        FieldDescription("local_target", "Local target", .lines,
                         synonyms: ["local target", "local target value", "locally agreed target", "partnership target"],
                         help: "Targets the partnership set itself, one a line: value | year | note; "
                             + "\"\(AgreedTargetCells.notRecorded)\" when the value is not known"),
        FieldDescription("tolerance", "Tolerance %", .number, synonyms: ["tolerance", "amber tolerance"]),
        FieldDescription("source", "Source", synonyms: ["data source", "source of data"]),
        FieldDescription("latest", "Latest", .derived, synonyms: ["latest value", "latest actual"]),
        FieldDescription("latest_quarter", "Latest quarter", .derived),
        FieldDescription("rag", "RAG", .derived, synonyms: ["rag status", "rating"]),
        FieldDescription("trend", "Trend", .derived, synonyms: ["direction of travel"]),
    ]

    @Test func theIndicatorSheetKeepsItsColumns() {
        let now = IndicatorSchema().fields(Workspace())
        #expect(Array(now.prefix(Self.columnsBefore.count)).map(CatalogueTests.line) == Self.columnsBefore.map(CatalogueTests.line))
        #expect(Array(now.prefix(Self.columnsBefore.count)).map(\.name) == Indicator.catalogue.fields.filter(\.inSheets).map(\.name))
        #expect(now.dropFirst(Self.columnsBefore.count).allSatisfy { $0.name.hasPrefix("target ") || $0.name.hasPrefix("actual ") })
    }

    /// An indicator with every stored field given, nested records included.
    static var indicator: Indicator {
        var i = Indicator(id: "ind-1", code: "NI 15", title: "Serious violent crime", polarity: .higherIsBetter, unit: "per 1,000",
                          baseline: 0.9, baselinePeriod: "2007-08", targets: [YearTarget(year: FinancialYear(2026), value: 1.25)],
                          actuals: [QuarterActual(quarter: Quarter(containing: day("2026-05-01")), value: 3, note: "Provisional")],
                          stretch: true, laa: true, tolerance: 7.5, source: "iQuanta")
        i.agreedTargets = [AgreedTarget(kind: .stretch, value: 1.1, year: FinancialYear(2027), note: "LPSA")]
        return i
    }

    static func file(_ indicators: [Indicator]) throws -> String {
        var ws = Workspace()
        ws.indicators = indicators
        return String(decoding: try ws.encoded(.indicators), as: UTF8.self)
    }

    static func read(_ text: String) throws(LoadError) -> Workspace {
        try WorkspaceStore.read(.indicators, bytes: Array(text.utf8), path: "indicators.json").0
    }

    @Test func anIndicatorIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        let text = try Self.file([Self.indicator])
        #expect(try CatalogueTests.keys(ofObjectsWith: "baselinePeriod", in: text) == [Indicator.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "quarter", in: text) == [QuarterActual.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "kind", in: text).contains(AgreedTarget.catalogue.jsonKeys.sorted()))
        #expect(try CatalogueTests.keys(ofObjectsWith: "value", in: text).contains(YearTarget.catalogue.jsonKeys.sorted()))
        #expect(try Self.read(text).indicators == [Self.indicator])
    }

    @Test func noAgreedTargetsAreLeftOutAndAnEmptyListReadsAsNone() throws {
        let text = try Self.file([Indicator(id: "ind-2")])
        #expect(try CatalogueTests.keys(ofObjectsWith: "baselinePeriod", in: text)
                == [["actuals", "baselinePeriod", "code", "id", "laa", "polarity", "source", "stretch", "targets", "title", "tolerance",
                     "unit"]])
        let empty = text.replacingOccurrences(of: "\"actuals\" : [", with: "\"agreedTargets\" : [],\n      \"actuals\" : [")
        #expect(empty != text)
        #expect(try Self.read(empty).indicators.first?.agreedTargets == nil)
    }

    @Test func keysInAnyOrderAreRead() throws {
        let text = try Self.file([]).replacingOccurrences(of: "\"indicators\" : [\n\n  ]", with:
            "\"indicators\": [{\"title\": \"Burglary\", \"id\": \"i-9\", \"tolerance\": 3, \"code\": \"NI 16\", \"laa\": true,"
            + " \"actuals\": [{\"value\": 4, \"quarter\": \"2026-27 Q2\"}]}]")
        #expect(text.contains("Burglary"))
        let i = try #require(try Self.read(text).indicators.first)
        #expect(i == Indicator(id: "i-9", code: "NI 16", title: "Burglary", actuals: [QuarterActual(quarter: Quarter(containing: day("2026-08-01")), value: 4)],
                               laa: true, tolerance: 3))
    }

    @Test(arguments: [
        ("\"value\" : 1.25", "\"valu\" : 1.25", "unknown field \"valu\"; check its spelling", "indicators[0].targets[0]"),
        ("\"note\" : \"Provisional\"", "\"note2\" : 3", "unknown field \"note2\"; check its spelling", "indicators[0].actuals[0]"),
        ("\"quarter\" : \"2026-27 Q1\",", "", "the required field Quarter (\"quarter\") is missing", "indicators[0].actuals[0]"),
        ("\"kind\" : \"stretch\",", "", "the required field Kind (\"kind\") is missing", "indicators[0].agreedTargets[0]"),
        ("\"laa\" : true,", "\"laa\" : \"yes\",", "", "indicators[0].laa"),
        ("\"tolerance\" : 7.5,", "\"tolerance\" : null,", "", "indicators[0].tolerance"),
        ("\"polarity\" : \"higherIsBetter\",", "\"polarity\" : \"up\",",
         "expected one of \"higherIsBetter\", \"lowerIsBetter\"; found \"up\"", "indicators[0].polarity"),
    ])
    func aFaultInAnyIndicatorFieldIsPlacedAtItsLineColumnAndPath(_ find: String, _ replace: String, _ message: String,
                                                                    _ path: String) throws {
        let good = try Self.file([Self.indicator])
        #expect(good.contains(find))
        guard let first = good.range(of: find) else { return }
        do {
            _ = try Self.read(good.replacingCharacters(in: first, with: replace))
            Issue.record("\(path) was not refused")
        } catch {
            if !message.isEmpty { #expect(error.message == message) }
            #expect(error.fieldPath == path)
            #expect(error.position != nil)
        }
    }
}
