import Testing
@testable import PlanCore

/// Partners as councils list them: types in their own words, and the responsible authorities that
/// `init` lists "to confirm" confirmed rather than doubled.
struct PartnerImportTests {
    let today = day("2026-12-01")
    var empty: Workspace { NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today) }

    func run(_ lines: [String], into ws: Workspace) throws -> TableImportResult {
        try TableImport.run(PartnerSchema(), try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "partners.tsv"),
                            into: ws, options: TableImportOptions(today: today))
    }

    @Test func councilWordsForTypesConfirmTheAuthoritiesToConfirm() throws {
        let result = try run(["Organisation\tAcronym\tType\tResponsible Authority\tRole",
                              "Northshire County Council\tNCC\tlocal authority\tyes\tLead for ASB",
                              "Northshire Police\t\tpolice\tyes\tLead for violent crime",
                              "Northshire Women's Aid\tNWA\tvoluntary\tno\tDomestic abuse support"], into: empty)
        #expect(result.refused == 0, "\(result.report())")
        #expect(result.outcomes.map(\.outcome) == [
            .updated(id: "council", changes: [FieldChange(field: "Organisation", before: "Local authority (to confirm)", after: "Northshire County Council"),
                                             FieldChange(field: "Acronym", before: "", after: "NCC"),
                                             FieldChange(field: "Role", before: try #require(empty.partner("council")).role, after: "Lead for ASB")]),
            .updated(id: "police", changes: [FieldChange(field: "Organisation", before: "Police (to confirm)", after: "Northshire Police"),
                                            FieldChange(field: "Role", before: try #require(empty.partner("police")).role, after: "Lead for violent crime")]),
            .added(id: "nwa", notes: []),
        ])
        let partners = result.workspace.partners
        #expect(partners.count == 6)
        #expect(partners.filter { $0.name.hasSuffix("(to confirm)") }.map(\.id) == ["fire", "health", "probation"])
        let nwa = try #require(partners.last)
        #expect(nwa.kind == .voluntarySector && nwa.authority == nil)
        #expect(result.workspace.partner("council")?.kind == .responsibleAuthority)
        #expect(result.workspace.partner("council")?.authority == .council)
    }

    @Test func aNewPartnerTakesItsIdFromItsAcronymElseItsName() throws {
        let result = try run(["Organisation,Acronym,Type", "Youth Offending Service,YOS,co-operating", "Neighbourhood Watch,,Voluntary sector",
                              "Fire Cadets,FIRE,invited"], into: empty)
        #expect(result.workspace.partners.suffix(3).map(\.id) == ["yos", "neighbourhood-watch", "fire-2"])
        #expect(result.workspace.partners.suffix(3).map(\.kind) == [.cooperatingBody, .voluntarySector, .invitedMember])
    }

    @Test func anUnknownTypeOrAuthorityIsRefusedNamingWhatIsExpected() throws {
        let result = try run(["Organisation,Type,Responsible Authority", "Acme,spaceship,", "Other,,perhaps"], into: empty)
        #expect(result.outcomes.map(\.outcome) == [
            .refused(reasons: ["column B \"Type\": expected one of Responsible authority, Co-operating body, Invited member, Voluntary sector, "
                               + "or a responsible authority's type (Police, Police authority, Local authority, Fire and rescue, Health, Probation), found \"spaceship\""]),
            .refused(reasons: ["column C \"Responsible Authority\": expected yes, no or one of Police, Police authority, Local authority, "
                               + "Fire and rescue, Health, Probation, found \"perhaps\""]),
        ])
    }
}
