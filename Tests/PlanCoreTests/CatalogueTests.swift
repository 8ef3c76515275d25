import Foundation
import Testing
@testable import PlanCore

/// The field catalogues: one description of each record that reading, writing, sheets and forms
/// all follow.
struct CatalogueTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("catalogue")

    /// A sheet column as one line: everything import matching and exports read from it.
    static func line(_ f: FieldDescription) -> String {
        "\(f.name) | \(f.label) | \(f.kind) | required: \(f.required) | \(f.synonyms.joined(separator: ", ")) | \(f.help)"
    }

    /// The fixture's text; a missing fixture is written from `actual` (and the test fails, to be looked at).
    static func expected(_ name: String, _ actual: String) throws -> String {
        let url = fixtures.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return "(no fixture yet: written from this run)"
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func riskColumnsAreTheOnesSheetsHaveAlwaysHad() throws {
        var matrix = RiskMatrix.standard
        matrix.impact.removeLast()
        let text = (RiskFields.all().map(Self.line) + RiskFields.all(matrix: matrix).map(Self.line)).joined(separator: "\n") + "\n"
        #expect(text == (try Self.expected("risk-columns.txt", text)))
    }

    /// Every JSON file of every workspace file set, relative to `folder`.
    static func jsonFiles(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        let all = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func theDemosAreWrittenByteForByteAsBeforeTheCatalogue() throws {
        let temp = TempFolder()
        let out = temp.file("demos")
        try DemoWorkspaces.write(into: out)
        let expected = Self.fixtures.appendingPathComponent("demos").path
        let files = Self.jsonFiles(in: expected)
        #expect(files.count == 52)
        #expect(Self.jsonFiles(in: out) == files)
        for file in files {
            let written = try Data(contentsOf: URL(fileURLWithPath: out + "/" + file))
            let before = try Data(contentsOf: URL(fileURLWithPath: expected + "/" + file))
            #expect(written == before, "\(file) differs from the file written before the catalogue")
        }
    }

    /// A risk with every stored field given, nested records included.
    static var fullRisk: Risk {
        var r = Risk(id: "risk-x1", title: "Night-time economy violence", cause: "Late licences", event: "Assaults rise",
                     consequence: "Injuries", category: "Violence", owner: "Chief Inspector",
                     inherent: RiskScore(likelihood: 4, impact: 4), residual: RiskScore(likelihood: 3, impact: 4),
                     target: RiskScore(likelihood: 2, impact: 3), controls: ["Street pastors", "CCTV"],
                     mitigations: [Mitigation(description: "Taxi marshals", action: "a-7", owner: "Licensing", due: day("2027-03-31"))],
                     status: .closed, raisedOn: day("2026-01-05"), lastReview: day("2026-06-01"), nextReview: day("2026-09-01"),
                     reviews: [RiskReview(date: day("2026-06-01"), residual: RiskScore(likelihood: 3, impact: 4),
                                          target: RiskScore(likelihood: 2, impact: 3), inherent: RiskScore(likelihood: 4, impact: 4),
                                          note: "First scores", reviewer: "Board")],
                     statusHistory: [RiskStatusChange(date: day("2026-07-01"), status: .closed, reason: "Merged")],
                     priorities: ["p-1"], bodies: ["b-1"])
        r.ref = "R09"
        return r
    }

    static func riskFile(_ risk: Risk) throws -> String {
        var ws = Workspace()
        ws.risks.risks = [risk]
        return String(decoding: try ws.encoded(.risks), as: UTF8.self)
    }

    static func readRisks(_ text: String) throws(LoadError) -> Workspace {
        try WorkspaceStore.read(.risks, bytes: Array(text.utf8), path: "risks.json").0
    }

    /// The keys of every JSON object in `text` that holds the key `marker`, as sorted sets.
    static func keys(ofObjectsWith marker: String, in text: String) throws -> [[String]] {
        func walk(_ v: Any) -> [[String]] {
            if let d = v as? [String: Any] {
                // A marker holding a list (the matrix's likelihood levels) is another kind of object.
                let holds = d[marker].map { !($0 is [Any]) } ?? false
                return (holds ? [d.keys.sorted()] : []) + d.values.flatMap(walk)
            }
            if let a = v as? [Any] { return a.flatMap(walk) }
            return []
        }
        return walk(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    }

    @Test func aRiskIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        let text = try Self.riskFile(Self.fullRisk)
        #expect(try Self.keys(ofObjectsWith: "consequence", in: text) == [Risk.catalogue.jsonKeys.sorted()])
        #expect(try Self.keys(ofObjectsWith: "reviewer", in: text) == [RiskReview.catalogue.jsonKeys.sorted()])
        #expect(try Self.keys(ofObjectsWith: "reason", in: text) == [RiskStatusChange.catalogue.jsonKeys.sorted()])
        #expect(try Self.keys(ofObjectsWith: "due", in: text) == [Mitigation.catalogue.jsonKeys.sorted()])
        #expect(try Self.keys(ofObjectsWith: "likelihood", in: text).allSatisfy { $0 == RiskScore.catalogue.jsonKeys.sorted() })
        #expect(try Self.readRisks(text).risks.risks == [Self.fullRisk])
    }

    @Test func absentOptionalFieldsAreLeftOutAsBefore() throws {
        let text = try Self.riskFile(Risk(id: "risk-y"))
        #expect(try Self.keys(ofObjectsWith: "consequence", in: text)
                == [["bodies", "category", "cause", "consequence", "controls", "event", "id", "mitigations", "owner", "priorities",
                     "reviews", "status", "statusHistory", "title"]])
    }

    @Test(arguments: [
        ("\"reviewer\" : \"Board\"", "\"reviewr\" : \"Board\"", "unknown field \"reviewr\"; check its spelling",
         "register.risks[0].reviews[0]"),
        ("\"date\" : \"2026-07-01\",", "", "the required field Date (\"date\") is missing", "register.risks[0].statusHistory[0]"),
        ("\"impact\" : 3,\n              \"likelihood\" : 2", "\"likelihood\" : 2",
         "the required field Impact (\"impact\") is missing", "register.risks[0].reviews[0].target"),
        ("\"status\" : \"closed\",", "\"status\" : \"shut\",",
         "expected one of \"open\", \"closed\"; found \"shut\"", "register.risks[0].status"),
    ])
    func aFaultInAnyRiskFieldIsPlacedAtItsLineColumnAndPath(_ find: String, _ replace: String, _ message: String,
                                                               _ path: String) throws {
        let good = try Self.riskFile(Self.fullRisk)
        #expect(good.contains(find))
        guard let first = good.range(of: find) else { return }
        let bad = good.replacingCharacters(in: first, with: replace)
        do {
            _ = try Self.readRisks(bad)
            Issue.record("\(message) was not reported")
        } catch {
            #expect(error.message == message)
            #expect(error.fieldPath == path)
            #expect(error.position != nil)
        }
    }

    @Test func everySheetColumnOfARiskIsACatalogueFieldInOrder() {
        #expect(RiskCSV.header == Risk.catalogue.fields.filter(\.inSheets).map(\.name))
        #expect(RiskSchema().fields(Workspace()).map(\.name) == RiskCSV.header)
        #expect(RiskCSV.derived == Set(Risk.catalogue.fields.filter(\.isDerived).map(\.name)))
        let stored = Risk.catalogue.fields.filter { $0.json != nil }.map(\.name)
        #expect(stored == ["id", "ref", "title", "category", "owner", "status", "cause", "event", "consequence", "inherent", "residual",
                           "target", "controls", "mitigations", "raised_on", "last_review", "next_review", "priorities", "bodies",
                           "reviews", "statusHistory"])
    }
}

/// The glossary's catalogue: the sheet it has always had, and partnership.json's keys.
struct GlossaryCatalogueTests {
    @Test func theGlossarySheetKeepsItsColumns() {
        #expect(GlossarySchema().fields(Workspace()).map(CatalogueTests.line) == [
            "id | Id | text | required: false |  | ",
            "term | Term | text | required: true | acronym, abbreviation, short form | ",
            "meaning | Meaning | text | required: true | definition, stands for, description, full name, explanation | ",
        ])
    }

    @Test func aTermIsWrittenUnderItsCataloguesKeysAndReadBack() throws {
        var ws = Workspace()
        ws.glossary = [GlossaryTerm(id: "term-1", term: "ASB", meaning: "Anti-social behaviour")]
        let text = String(decoding: try ws.encoded(.partnership), as: UTF8.self)
        #expect(try CatalogueTests.keys(ofObjectsWith: "meaning", in: text) == [GlossaryTerm.catalogue.jsonKeys.sorted()])
        let back = try WorkspaceStore.read(.partnership, bytes: Array(text.utf8), path: "partnership.json").0
        #expect(back.glossary == ws.glossary)
        let bad = text.replacingOccurrences(of: "\"meaning\"", with: "\"means\"")
        #expect(throws: LoadError.self) { _ = try WorkspaceStore.read(.partnership, bytes: Array(bad.utf8), path: "partnership.json") }
    }
}

/// A record made for the test with nothing but its catalogue: its JSON, columns and reading all
/// follow from the catalogue alone, which is what adding a field to a real record relies on.
struct CatalogueOnlyRecord: Catalogued, Equatable {
    var id = ""
    var venue = ""
    var held: Day?

    static let catalogue = RecordCatalogue<CatalogueOnlyRecord>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), requiredInFile: true, form: .hidden),
        CatalogueField("venue", json: "venue", "Venue", .text(\.venue, .line), synonyms: ["location"], required: true),
        CatalogueField("held_on", json: "heldOn", "Held", .day(\.held), synonyms: ["date held"]),
    ], blank: { CatalogueOnlyRecord() })

    init(id: String = "", venue: String = "", held: Day? = nil) {
        self.id = id
        self.venue = venue
        self.held = held
    }

    init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
    func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

struct CatalogueOnlyRecordTests {
    @Test func aFieldAddedToTheCatalogueIsWrittenReadAndAColumn() throws {
        let record = CatalogueOnlyRecord(id: "m1", venue: "Civic Centre", held: day("2027-01-15"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(record), as: UTF8.self)
        #expect(text == "{\n  \"heldOn\" : \"2027-01-15\",\n  \"id\" : \"m1\",\n  \"venue\" : \"Civic Centre\"\n}")
        let back = try JSONReader.read(Array(text.utf8)) { (r) throws(JSONReadError) in try CatalogueOnlyRecord(reading: &r) }
        #expect(back == record)
        #expect(CatalogueOnlyRecord.catalogue.columns().map(\.name) == ["id", "venue", "held_on"])
        #expect(CatalogueOnlyRecord.catalogue.columns().map(\.kind) == [.text, .text, .date])
        #expect(CatalogueOnlyRecord.catalogue.formFields.map(\.label) == ["Venue", "Held"])
    }

    @Test func aMissingRequiredKeyIsReportedAtItsObject() {
        do {
            _ = try JSONReader.read(Array("{\"venue\": \"Hall\"}".utf8)) { (r) throws(JSONReadError) in try CatalogueOnlyRecord(reading: &r) }
            Issue.record("a record without its id was read")
        } catch {
            #expect(error.message == "the required field Id (\"id\") is missing")
            #expect(error.offset == 0)
        }
    }
}

/// Messages name a field by the words its form shows it under, taken from the catalogue.
struct CatalogueMessageTests {
    @Test func aFieldIsNamedInASentenceByItsFormLabel() throws {
        #expect(try #require(Risk.catalogue.field("title")).inSentence == "title", "the form's \"Title\", not the sheet's \"Risk\"")
        #expect(try #require(PlanAction.catalogue.field("rag")).inSentence == "RAG")
        #expect(try #require(PlanAction.catalogue.field("measure")).inSentence == "SMART measure")
        #expect(Body.catalogue.inSentence("vice_chair") == "vice-chair")
        #expect(Body.catalogue.inSentence("no_such_field") == "no_such_field")
    }

    @Test func theValidatorNamesARisksMissingTitleAndOwnerByTheirCatalogueLabels() {
        var ws = Workspace()
        ws.risks.risks = [Risk(id: "risk-1", title: " ", owner: "")]
        let messages = ws.validate(today: day("2026-06-01")).map(\.message)
        #expect(messages.contains("has no " + Risk.catalogue.inSentence("title")))
        #expect(messages.contains("has no " + Risk.catalogue.inSentence("owner")))
        #expect(messages.contains("has no title") && messages.contains("has no owner"))
    }

    @Test func aMissingRequiredKeyIsNamedByItsLabelAndItsKey() {
        do {
            _ = try JSONReader.read(Array("{\"venue\": \"Hall\"}".utf8)) { (r) throws(JSONReadError) in try CatalogueOnlyRecord(reading: &r) }
            Issue.record("a record without its id was read")
        } catch {
            #expect(error.message == "the required field Id (\"id\") is missing")
        }
    }
}
