import Foundation
import Testing
@testable import PlanCore

/// The bodies' catalogues: governance.json's bodies written and read from them, and the body
/// sheet's columns the ones it has always had.
struct BodyCatalogueTests {
    /// The body sheet's columns as `BodySchema` listed them by hand before the catalogue.
    static let columnsBefore: [FieldDescription] = [
        FieldDescription("id", "Id"),
        FieldDescription("name", "Body", synonyms: ["name", "board", "group", "board or group", "board / group", "meeting", "forum"], required: true),
        FieldDescription("acronym", "Acronym", synonyms: ["short name", "abbreviation"]),
        FieldDescription("kind", "Kind", .choice(BodyKind.allCases.map(\.label)), synonyms: ["type", "body type"]),
        FieldDescription("tier", "Tier", .number, synonyms: ["level"], help: "0 for the standing partnership, 1 for the strategic board, 2, 3… below it"),
        FieldDescription("status", "Status", .choice(BodyStatus.allCases.map(\.label))),
        FieldDescription("partnership_board", "Partnership board", .choice(["Yes", "No"]), synonyms: ["is the partnership board", "the board"],
                         help: "Yes for the body that is the partnership's strategic board"),
        FieldDescription("reports_to", "Reports to", .references("body"), synonyms: ["parent", "accountable to", "reporting to", "reports into"],
                         help: "Bodies by name, acronym or id, separated by semicolons"),
        FieldDescription("chair", "Chair", synonyms: ["chaired by", "chairperson"]),
        FieldDescription("vice_chair", "Vice chair", synonyms: ["vice-chair", "deputy chair"]),
        FieldDescription("cadence", "Meets", synonyms: ["cadence", "frequency", "meeting frequency", "how often"]),
        FieldDescription("purpose", "Purpose", synonyms: ["remit", "role", "function"]),
        FieldDescription("members", "Members", .lines, synonyms: ["membership", "attendees", "seats"],
                         help: "One per line: role | organisation | person"),
        FieldDescription("terms_of_reference", "Terms of reference", .lines, synonyms: ["tor", "terms"]),
        FieldDescription("links", "Links", .derived, synonyms: ["linked bodies", "links to"]),
        FieldDescription("meetings_per_year", "Meetings a year", .derived),
        FieldDescription("member_count", "Member count", .derived, synonyms: ["number of members"]),
    ]

    @Test func theBodySheetKeepsItsColumns() {
        #expect(BodySchema().fields(Workspace()).map(CatalogueTests.line) == Self.columnsBefore.map(CatalogueTests.line))
    }

    /// A body with every stored field given, nested records included.
    static var body: Body {
        var cadence = Cadence(parsing: "monthly") ?? Cadence()
        cadence.text = "First Tuesday"
        return Body(id: "sceb", name: "Safer Communities Executive Board", acronym: "SCEB", kind: .strategicBoard, tier: 1,
                    purpose: "Sets the plan", termsOfReference: ["Agree the plan"], cadence: cadence, chair: "Leader", viceChair: "Commander",
                    members: [Member(id: "sceb-m1", role: "Chair", partner: "council", organisation: "", person: "Cllr Jones")],
                    parents: ["lsp"], links: [BodyLink(target: "jag", note: "Tasking")], status: .active,
                    decisionRules: [DecisionRule(id: "sceb-r1", matter: "Budget", rule: "Consensus", escalation: "LSP")], notes: "Quorum 5")
    }

    static func file(_ bodies: [Body]) throws -> String {
        var ws = Workspace()
        ws.governance.bodies = bodies
        return String(decoding: try ws.encoded(.governance), as: UTF8.self)
    }

    static func read(_ text: String) throws(LoadError) -> Workspace {
        try WorkspaceStore.read(.governance, bytes: Array(text.utf8), path: "governance.json").0
    }

    @Test func aBodyIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        let text = try Self.file([Self.body])
        #expect(try CatalogueTests.keys(ofObjectsWith: "viceChair", in: text) == [Body.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "person", in: text) == [Member.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "target", in: text) == [BodyLink.catalogue.jsonKeys.sorted()])
        #expect(try CatalogueTests.keys(ofObjectsWith: "escalation", in: text) == [DecisionRule.catalogue.jsonKeys.sorted()])
        #expect(try Self.read(text).governance.bodies == [Self.body])
    }

    @Test(arguments: [
        ("\"person\" : \"Cllr Jones\"", "\"persn\" : \"Cllr Jones\"", "unknown field \"persn\"; check its spelling", "bodies[0].members[0]"),
        ("\"target\" : \"jag\"", "\"note2\" : \"jag\"", "", "bodies[0].links[0]"),
        ("\"tier\" : 1,", "\"tier\" : \"one\",", "", "bodies[0].tier"),
    ])
    func aFaultInABodyIsPlacedAtItsPath(_ find: String, _ replace: String, _ message: String, _ path: String) throws {
        let good = try Self.file([Self.body])
        #expect(good.contains(find))
        do {
            _ = try Self.read(good.replacingOccurrences(of: find, with: replace))
            Issue.record("\(path) was not refused")
        } catch {
            if !message.isEmpty { #expect(error.message == message) }
            #expect(error.fieldPath.hasSuffix(path))
            #expect(error.position != nil)
        }
    }
}
