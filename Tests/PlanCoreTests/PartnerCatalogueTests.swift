import Foundation
import Testing
@testable import PlanCore

/// The partners' catalogue: partnership.json's partners written and read from it, and the partner
/// sheet's columns the ones it has always had.
struct PartnerCatalogueTests {
    @Test func thePartnerSheetKeepsItsColumns() {
        let before = [
            FieldDescription("id", "Id"),
            FieldDescription("name", "Organisation", synonyms: ["name", "partner", "organisation name", "agency", "partner organisation"], required: true),
            FieldDescription("acronym", "Acronym", synonyms: ["short name", "abbreviation"]),
            FieldDescription("kind", "Kind", .choice(PartnerKind.allCases.map(\.label)), synonyms: ["type", "membership", "status"]),
            FieldDescription("authority", "Authority", .choice(AuthorityType.allCases.map(\.label)), synonyms: ["responsible authority", "authority type"]),
            FieldDescription("role", "Role", synonyms: ["role in the partnership", "responsibilities"]),
            FieldDescription("contribution", "Contribution", synonyms: ["contributes", "resources", "what it contributes"]),
            FieldDescription("representatives", "Representatives", .lines, synonyms: ["representative", "rep", "reps", "contact", "named contact"],
                             help: "One per line: name, title"),
        ]
        #expect(PartnerSchema().fields(Workspace()).map(CatalogueTests.line) == before.map(CatalogueTests.line))
    }

    static var partner: Partner {
        Partner(id: "police", name: "Surrey Police", acronym: "SP", kind: .responsibleAuthority, authority: .police, role: "Enforcement",
                contribution: "Analysts", representatives: [Representative(name: "A. Smith", title: "Borough Commander")])
    }

    static func file(_ partners: [Partner]) throws -> String {
        var ws = Workspace()
        ws.partners = partners
        return String(decoding: try ws.encoded(.partnership), as: UTF8.self)
    }

    @Test func aPartnerIsWrittenUnderItsCataloguesKeysAndReadBackWhole() throws {
        let text = try Self.file([Self.partner, Partner(id: "vcs", name: "Voluntary Action")])
        #expect(try CatalogueTests.keys(ofObjectsWith: "contribution", in: text)
                == [Partner.catalogue.jsonKeys.sorted(), ["acronym", "contribution", "id", "kind", "name", "representatives", "role"]])
        #expect(try CatalogueTests.keys(ofObjectsWith: "title", in: text).contains(Representative.catalogue.jsonKeys.sorted()))
        let back = try WorkspaceStore.read(.partnership, bytes: Array(text.utf8), path: "partnership.json").0
        #expect(back.partners == [Self.partner, Partner(id: "vcs", name: "Voluntary Action")])
    }

    @Test(arguments: [
        ("\"authority\" : \"police\"", "\"authority\" : \"constable\"",
         "expected one of \"police\", \"policeAuthority\", \"council\", \"fireAndRescue\", \"health\", \"probation\"; found \"constable\"",
         "partners[0].authority"),
        ("\"title\" : \"Borough Commander\"", "\"titel\" : \"Borough Commander\"", "unknown field \"titel\"; check its spelling",
         "partners[0].representatives[0]"),
    ])
    func aFaultInAPartnerIsPlacedAtItsPath(_ find: String, _ replace: String, _ message: String, _ path: String) throws {
        let good = try Self.file([Self.partner])
        #expect(good.contains(find))
        do {
            _ = try WorkspaceStore.read(.partnership, bytes: Array(good.replacingOccurrences(of: find, with: replace).utf8), path: "partnership.json")
            Issue.record("\(path) was not refused")
        } catch {
            #expect(error.message == message)
            #expect(error.fieldPath == path)
            #expect(error.position != nil)
        }
    }
}
