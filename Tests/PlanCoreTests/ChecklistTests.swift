import Testing
@testable import PlanCore

@Suite("Statutory contents checklist")
struct ChecklistTests {
    func item(_ ws: Workspace, _ id: String) -> ChecklistItem? {
        ws.statutoryChecklist(today: day("2009-11-16")).first { $0.id == id }
    }

    @Test func coversTheGuidanceAndTheLegislation() {
        let items = DemoWorkspaces.haringey.statutoryChecklist(today: day("2009-11-16"))
        #expect(items.filter { $0.source == .must }.count == 10)
        #expect(items.filter { $0.source == .recommended }.count == 5)
        #expect(items.filter { $0.source == .legislation }.count == 7)
        #expect(items.filter { $0.source == .goodPractice }.count == 1)
        #expect(Set(items.map(\.id)).count == items.count)
    }

    @Test func eachItemCitesWhatItRestsOn() throws {
        let items = DemoWorkspaces.haringey.statutoryChecklist(today: day("2009-11-16"))
        for item in items where item.source == .legislation {
            #expect(item.basis.kind == .law)
            #expect(item.basis.citation.hasPrefix("Crime and Disorder (Formulation and Implementation of Strategy) "
                                                  + "Regulations 2007 (SI 2007/1830)"))
            #expect(item.basis.citation.contains("s.6 of the Crime and Disorder Act 1998")
                    || item.basis.citation.contains("regs. 10–12"))
        }
        for item in items where item.source == .must {
            #expect(item.basis == ChecklistBasis(.guidance, "seed 000 §3.1, “The plan must demonstrate”, following "
                + "'Delivering Safer Communities – A guide to effective partnership working'"))
        }
        for item in items where item.source == .recommended { #expect(item.basis.citation.hasPrefix("seed 000 §3.2")) }
        // The law does not seat the responsible authorities on a board: the item says so.
        let seats = try #require(item(DemoWorkspaces.haringey, "responsible-authorities"))
        #expect(seats.source == .goodPractice)
        #expect(seats.basis.kind == .goodPractice)
        #expect(seats.basis.text.hasPrefix("Good practice: not required by law"))
        #expect(items.first { $0.id == "community-engagement" }?.basis.citation.contains("regs. 10–12") == true)
    }

    @Test func theSeedsSayWhatTheGuidanceCitationsQuote() throws {
        let seeds = DemoSourcesTests.seedFolder
        try #require(seeds != nil, "the seed papers (../shared/seeds beside the repository) are absent")
        let s000 = DemoSourcesTests.seedText("seed 000") ?? ""
        #expect(s000.contains("3.1 The plan must demonstrate"))
        #expect(s000.contains("it is recommended that the plan should demonstrate"))
        #expect(s000.contains("Delivering Safer Communities – A guide to effective partnership working"))
        let s003 = DemoSourcesTests.seedText("seed 003") ?? ""
        #expect(s003.contains("The contents of the Plan are set out in legislation as follows"))
        #expect(s003.contains("It includes members from the 6 statutory bodies"))
        let s002 = DemoSourcesTests.seedText("seed 002") ?? ""
        #expect(s002.contains("Crime and Disorder (Formulation and Implementation of Strategy) Regulations (2007)"))
    }

    @Test func haringeyGapsAreNamedWithWhereToFix() throws {
        let ws = DemoWorkspaces.haringey
        let links = try #require(item(ws, "strategic-links"))
        #expect(!links.result.satisfied)
        #expect(links.result.reason == "no link to: Regional offender management, Local Criminal Justice Board")
        #expect(links.result.fixAt == PlanLocation(.plan, field: "strategicLinks"))
        let resourcing = try #require(item(ws, "resourcing"))
        #expect(!resourcing.result.satisfied)
        #expect(resourcing.result.fixAt.field == "resourcing")
        let measured = try #require(item(ws, "performance-measurement"))
        #expect(measured.result.reason == "no indicator for: Reducing re-offending – adults and young people")
        #expect(measured.result.fixAt.record == "p-reoffending")
        #expect(item(ws, "revised-annually")?.result.satisfied == true)
    }

    @Test func fixingTheDataSatisfiesTheItem() throws {
        var ws = DemoWorkspaces.haringey
        ws.partnership.strategicLinks += [
            StrategicLink(id: "l1", plan: "London Reducing Re-offending Plan", kind: .regionalOffenderManagement),
            StrategicLink(id: "l2", plan: "London Criminal Justice Board plan", kind: .localCriminalJusticeBoard),
        ]
        #expect(item(ws, "strategic-links")?.result.satisfied == true)
        ws.plan.currentYear = FinancialYear(2010)
        let revised = try #require(item(ws, "revised-annually"))
        #expect(!revised.result.satisfied)
        #expect(revised.result.reason == "no revision recorded for 2010-11")
    }

    @Test func threeYearsAndAuthorities() throws {
        var ws = DemoWorkspaces.spelthorne
        #expect(item(ws, "three-year-plan")?.result.satisfied == true)
        ws.plan.period = PlanPeriod(startYear: 2008, endYear: 2010)
        #expect(item(ws, "three-year-plan")?.result.reason == "covers 2 years, not three")
        let authorities = try #require(item(ws, "responsible-authorities"))
        #expect(authorities.result.reason == "missing from Board: Probation")
        #expect(authorities.result.fixAt.record == "board")
        ws.governance.partnershipBoard = nil
        #expect(item(ws, "responsible-authorities")?.result.reason == "no body is marked as the partnership board")
    }

    @Test func evidenceNotesAreAttached() {
        var ws = DemoWorkspaces.herefordshire
        ws.plan.checklistNotes = [ChecklistNote(item: "vision", note: "Vision to be agreed at the June meeting")]
        #expect(item(ws, "vision")?.note == "Vision to be agreed at the June meeting")
        #expect(item(ws, "vision")?.result.satisfied == false)
    }
}
