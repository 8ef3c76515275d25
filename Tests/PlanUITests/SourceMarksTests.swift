import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Example data marked in demos, sources on the record page")
struct SourceMarksTests {
    /// Herefordshire's partners come from the Cabinet paper: the page ends with the sources; the
    /// engagement mechanisms' schedules are example data.
    @Test func sourcedRecordPageShowsItsSources() {
        var s = demoState("herefordshire")
        press(&s, [.char("8"), .enter])
        let screen = Renderer.render(s)
        assertSnapshot(screen, named: "80x24-herefordshire-partner-sources")
        let text = screen.text
        #expect(text.contains("Name: seed 002, Considerations ¶8, key partners: “Herefordshire Council”"))
        let page = Reducer.detailLines(s).map { $0.spans.map(\.text).joined() }
        #expect(page.contains("  Fields not named here are example data, filled in to show the app working."))
    }

    /// Haringey's partners are example data: each row carries a dim `ex`, and the page says so.
    @Test func exampleRowsCarryATag() {
        var s = demoState()
        press(&s, [.char("8")])
        let screen = Renderer.render(s)
        assertSnapshot(screen, named: "80x24-partners")
        let lines = screen.text.split(separator: "\n").map(String.init)
        // The second row: the first is selected, drawn in the selection's colours.
        let row = try? #require(lines.firstIndex { $0.contains("Metropolitan Police Service") })
        let y = row ?? 0
        #expect(lines[y].contains(" ex "))
        let col = lines[y].distance(from: lines[y].startIndex, to: lines[y].range(of: " ex ")?.lowerBound ?? lines[y].startIndex) + 1
        #expect(screen[col, y].role == .dim)
        press(&s, [.char("/")])
        type(&s, "is:example")
        press(&s, [.enter])
        #expect(Sections.model(s).rows.filter { Sections.matches($0, filter: s.list.filter) }.count == 8)
        let page = Sections.detail(s, Sections.model(s).rows[0]).map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(page.contains("Example data: no source paper states this"))
    }

    /// The Plan section's rows are fields: a sourced field shows its quote, an invented one is marked.
    @Test func planFieldsAreSourcedOrMarked() {
        let s = demoState()
        let rows = Sections.model(s, .plan).rows
        let vision = try? #require(rows.first { $0.id == "vision" })
        let story = try? #require(rows.first { $0.id == "communityStrategyLink" })
        #expect(vision?.example == true)
        #expect(story?.example == false)
        // The partnership row shows its name, short name and area: the name is the SCEB paper's.
        #expect(rows.first { $0.id == "partnership" }?.example == false)
    }

    /// A sourced value the user edits in the app no longer cites the seed: the page says it was changed.
    @Test func anEditedSourcedValueNoLongerCitesTheSeed() {
        var s = demoState("herefordshire")
        press(&s, [.char("8"), .char("e"), .ctrl("u")])
        type(&s, "Herefordshire County Council")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.partners.first { $0.id == "council" }?.name == "Herefordshire County Council")
        press(&s, [.enter])
        let page = Reducer.detailLines(s).map { $0.spans.map(\.text).joined() }
        #expect(page.contains("  Name: changed from the source, which stated seed 002, Considerations ¶8, key partners: "
                              + "“Herefordshire Council”"))
        #expect(!page.contains("  Name: seed 002, Considerations ¶8, key partners: “Herefordshire Council”"))
        // The council's role was not edited: it still cites the paper.
        #expect(page.contains("  Role: seed 002, Reasons ¶4: “formally adopt the Partnership Plan and support its delivery”"))
    }

    /// A record the user adds to a demo is theirs: it is not marked as example data.
    @Test func aRecordAddedToADemoIsNotExample() {
        var s = demoState()
        var ws = s.workspace
        ws.partners.append(Partner(id: "victim-support", name: "Victim Support Haringey", kind: .voluntarySector))
        s.workspace = ws
        press(&s, [.char("8")])
        let rows = Sections.model(s).rows
        let added = try? #require(rows.first { $0.ref?.id == "victim-support" })
        #expect(added?.example == false)
        #expect(rows.first { $0.ref?.id == "council" }?.example == true)
        if let added { #expect(Sections.detail(s, added).allSatisfy { $0.spans.map(\.text).joined() != "Source" }) }
    }

    /// A workspace the user made has no provenance: no tags, no source block.
    @Test func userWorkspaceHasNoMarkers() {
        var ws = DemoWorkspaces.haringey
        ws.info.provenance = nil
        var s = AppState(workspace: ws, folder: "/plans/own", today: ws.info.asOf ?? Day(dayNumber: 14_000),
                         size: Size(width: 80, height: 24))
        press(&s, [.char("8")])
        #expect(!Sections.model(s).rows.contains { $0.example })
        let text = Renderer.render(s).text
        #expect(!text.contains(" ex "))
        let page = Sections.detail(s, Sections.model(s).rows[0]).map { $0.spans.map(\.text).joined() }
        #expect(!page.contains("Source"))
    }
}

@Suite("The checklist screen shows what each item rests on")
struct ChecklistBasisScreenTests {
    @Test func checklistPageCitesTheBasis() {
        var s = demoState()
        press(&s, [.char("2")])
        s.list.selectedID = "checklist"
        press(&s, [.enter])
        let lines = Reducer.detailLines(s).map { $0.spans.map(\.text).joined() }
        #expect(lines.contains("Good practice (not required by law)"))
        #expect(lines.contains { $0.hasPrefix("Rests on — Good practice: not required by law: the 2007 regulations") })
        #expect(lines.contains { $0.hasPrefix("Rests on — Law: Crime and Disorder (Formulation and Implementation of "
                                              + "Strategy) Regulations 2007 (SI 2007/1830), regs. 10–11") })
        // An item resting on something other than its group's basis says so beside it.
        #expect(lines.contains { $0.hasPrefix("     Rests on — Law: Crime and Disorder (Formulation and Implementation of "
                                              + "Strategy) Regulations 2007 (SI 2007/1830), regs. 10–12") })
        assertSnapshot(Renderer.render(s), named: "80x24-plan-checklist")
    }
}
