import Testing
@testable import PlanCore

/// A body's members as a council's sheet lists them ("Chair | NCC | Council Leader") are linked to
/// the partners their organisations name, so the board's seats count for the statutory checklist.
struct BodyMemberImportTests {
    let today = day("2026-12-01")

    /// A new workspace whose responsible authorities are confirmed, as `import partners` leaves it.
    var partnered: Workspace {
        var ws = NewWorkspace.make(NewWorkspaceRequest(name: "Northshire CSP", startYear: 2026), today: today)
        let names: [String: (String, String)] = ["council": ("Northshire County Council", "NCC"), "police": ("Northshire Police", "NP"),
                                                 "fire": ("Northshire Fire and Rescue Service", "NFRS"),
                                                 "health": ("Northshire Integrated Care Board", "ICB"),
                                                 "probation": ("Probation Service – Northshire PDU", "PS")]
        for i in ws.partners.indices {
            guard let (name, acronym) = names[ws.partners[i].id] else { continue }
            ws.partners[i].name = name
            ws.partners[i].acronym = acronym
        }
        return ws
    }

    func run(_ lines: [String], into ws: Workspace, createMissing: Bool = false) throws -> TableImportResult {
        try TableImport.run(BodySchema(), try TabularReader.read(Array(lines.joined(separator: "\n").utf8), file: "bodies.tsv"),
                            into: ws, options: TableImportOptions(today: today, createMissing: createMissing))
    }

    @Test func membersNamedByAcronymAreLinkedToTheirPartners() throws {
        let result = try run(["Body\tAcronym\tMembers",
                              "Safer Northshire Board\tSNB\t\"Chair | NCC | Council Leader\nVice chair | NP | Chief Superintendent\""], into: partnered)
        #expect(result.refused == 0, "\(result.report())")
        let board = try #require(result.workspace.body("snb"))
        #expect(board.members.map(\.partner) == ["council", "police"])
        #expect(board.members.map(\.organisation) == ["NCC", "NP"])
        #expect(result.workspace.authoritiesMissingFromBoard == [.fireAndRescue, .health, .probation])
    }

    @Test func fullNamesMatchIgnoringCaseSpacesAndPunctuation() throws {
        let result = try run(["Body\tMembers",
                              "Safer Northshire Board\t\"Chair | northshire county council | Leader\nMember | Probation Service - Northshire PDU |\n"
                              + "Member | NORTHSHIRE FIRE AND RESCUE SERVICE. | \nMember | Northshire Integrated Care Board\nMember | Northshire  Police\""],
                             into: partnered)
        #expect(result.refused == 0, "\(result.report())")
        let board = try #require(result.workspace.governance.bodies.first)
        #expect(board.members.map(\.partner) == ["council", "probation", "fire", "health", "police"])
        #expect(result.workspace.authoritiesMissingFromBoard == [])
    }

    @Test func anUnknownOrganisationIsRefusedNamingTheSeatUnlessCreateMissing() throws {
        let lines = ["Body\tMembers", "Safer Northshire Board\t\"Chair | NCC | Leader\nMember | Northshire Council | Jo\""]
        let refused = try run(lines, into: partnered)
        #expect(refused.outcomes.map(\.outcome) == [.refused(reasons: [
            "column B \"Members\": member 2 (Member): no partner \"Northshire Council\" (by id, name or acronym); the partners are "
                + "NCC (Northshire County Council), NP (Northshire Police), NFRS (Northshire Fire and Rescue Service), "
                + "ICB (Northshire Integrated Care Board), PS (Probation Service – Northshire PDU). Import or add the partner first, "
                + "or use --create-missing",
        ])])
        #expect(refused.workspace.partners == partnered.partners)

        let created = try run(lines, into: partnered, createMissing: true)
        #expect(created.refused == 0)
        let made = try #require(created.workspace.partners.last)
        #expect(made.name == "Northshire Council")
        #expect(created.workspace.governance.bodies.first?.members.map(\.partner) == ["council", made.id])
    }

    @Test func aSeatHeldWithoutALinkIsLinkedWhenImportedAgain() throws {
        var ws = partnered
        ws.governance.bodies = [Body(id: "snb", name: "Safer Northshire Board", acronym: "SNB", kind: .strategicBoard, tier: 1,
                                     members: [Member(id: "snb-m1", role: "Chair", organisation: "NCC", person: "Council Leader")])]
        ws.governance.partnershipBoard = "snb"
        let result = try run(["Body\tMembers", "Safer Northshire Board\tChair | NCC | Council Leader"], into: ws)
        #expect(result.outcomes.map(\.outcome) == [.updated(id: "snb", changes: [], notes: ["member 1 (Chair): linked to the partner Northshire County Council"])])
        #expect(result.workspace.body("snb")?.members == [Member(id: "snb-m1", role: "Chair", partner: "council", organisation: "NCC", person: "Council Leader")])
    }

    @Test func aSeatHeldByItsLinkAloneIsExportedByAcronymAndComesBackUnchanged() throws {
        var ws = partnered
        ws.governance.bodies = [Body(id: "snb", name: "Safer Northshire Board", acronym: "SNB", kind: .strategicBoard, tier: 1,
                                     members: [Member(id: "snb-m1", role: "Chair", partner: "council", person: "Council Leader"),
                                               Member(id: "snb-m4", role: "Member", organisation: "Residents' panel")])]
        ws.governance.partnershipBoard = "snb"
        let csv = TableExport.csv(BodySchema(), ws, today: today)
        #expect(csv.contains("\"Chair | NCC | Council Leader\nMember | Residents' panel | \""))
        let again = try TableImport.run(BodySchema(), try TabularReader.read(Array(csv.utf8), file: "governance.csv"), into: ws,
                                        options: TableImportOptions(today: today))
        #expect(again.outcomes.map(\.outcome) == [.unchanged(id: "snb")])
    }

    @Test func aChangedMembersCellIsReportedOnOneLine() throws {
        var ws = partnered
        ws.governance.bodies = [Body(id: "snb", name: "Safer Northshire Board", acronym: "SNB", kind: .strategicBoard, tier: 1,
                                     members: [Member(id: "snb-m1", role: "Chair", partner: "council", organisation: "NCC", person: "Council Leader")])]
        ws.governance.partnershipBoard = "snb"
        let result = try run(["Body\tMembers", "Safer Northshire Board\t\"Chair | NCC | Council Leader\r\nVice chair | NP | Chief Superintendent\""], into: ws)
        #expect(result.report() == ["bodies.tsv, row 2: updated snb",
                                    "    Members: Chair | NCC | Council Leader → Chair | NCC | Council Leader ⏎ Vice chair | NP | Chief Superintendent"])
    }
}
