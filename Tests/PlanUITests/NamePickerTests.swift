import Testing
@testable import PlanCore
@testable import PlanUI

/// Fields and commands that name a record: fuzzy match, Tab completes, an ambiguous name is asked about.
@Suite struct NamePickerTests {
    @Test func movingUnderAnAmbiguousNameAsksWhich() throws {
        var s = demoState()
        Reducer.jump(PlanLocation(.governance, record: "ttg"), &s)
        let before = s.workspace
        command(&s, "move D")
        #expect(s.workspace == before)
        guard case .menu(let m)? = s.overlay else { Issue.record("expected a question"); return }
        #expect(m.title == "Which body is \"D\"?")
        #expect(m.items.map(\.label) == ["DAAT – Drug and Alcohol Partnership Board", "Domestic Violence Partnership Board"])
        assertSnapshot(Renderer.render(s), named: "80x24-move-which-body")
        press(&s, [.down, .enter])
        #expect(s.workspace.body("ttg")?.parents.first == "dvb")
    }

    @Test func tabCompletesABodyNameAtTheCommandLine() {
        var s = demoState()
        Reducer.jump(PlanLocation(.governance, record: "ttg"), &s)
        press(&s, [.char(":")])
        type(&s, "move Do")
        press(&s, [.tab])
        #expect(s.input?.buffer.text == "move Domestic Violence Partnership Board")
        press(&s, [.ctrl("u")])
        type(&s, "move D")
        press(&s, [.tab])
        #expect(s.input?.buffer.text == "move D")
        #expect(s.message?.text == "Could be: DAAT, Domestic Violence Partnership Board")
    }

    @Test func aPickerFiltersByLettersInOrderAndTabTakesTheOneLeft() throws {
        var s = demoState()
        press(&s, [.char("4"), .char("e")])
        let f = try #require(form(s))
        let owning = try #require(f.visible.firstIndex { f.kind.schema.fields[$0].label == "Owning body" })
        press(&s, Array(repeating: .tab, count: owning))
        type(&s, "Dr")
        guard case .picker(let p, _)? = s.overlay else { Issue.record("no picker"); return }
        #expect(p.visibleOptions.first?.value == "daat")
        press(&s, [.tab])
        #expect(form(s)?.buffer.text == "daat")
        // Tab with several fitting grows the filter to what they share and names them.
        press(&s, [.backspace])
        type(&s, "v")
        guard case .picker(let q, _)? = s.overlay else { Issue.record("no picker"); return }
        #expect(q.bestOptions.map(\.value) == ["vcb", "dvb"])
        press(&s, [.tab])
        guard case .picker(let r, _)? = s.overlay else { Issue.record("no picker"); return }
        // Growing "v" to "Violent Crime…" would lose Domestic Violence: the filter stays, both are named.
        #expect(r.filter.text == "v")
        #expect(s.message?.text == "2 fit \"v\": Violent Crime Partnership Board; Domestic Violence Partnership Board")
        press(&s, [.ctrl("u")])
        type(&s, "dom")
        press(&s, [.tab])
        #expect(form(s)?.buffer.text == "dvb")
    }

    @Test func theAddBodyFormNamesTheParent() throws {
        var s = demoState()
        Reducer.jump(PlanLocation(.governance, record: "csp"), &s)
        press(&s, [.char("a"), .enter])
        let text = Renderer.render(s).text
        let line = try #require(text.split(separator: "\n").first { $0.contains("Reports to") })
        #expect(line.contains("Reports to            SCEB – Safer Communities Executive Board"))
        assertSnapshot(Renderer.render(s), named: "80x24-add-body-form")
    }

    @Test func newBodiesAndPartnersGetIdsFromTheirNames() throws {
        var s = demoState()
        press(&s, [.char("3"), .char("a")])
        if case .menu? = s.overlay { press(&s, [.enter]) }
        let f = try #require(form(s))
        #expect(f.kind == .body)
        type(&s, "Youth Crime Panel")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.body("youth-crime-panel")?.name == "Youth Crime Panel")
        press(&s, [.char("8"), .char("a")])
        if case .menu? = s.overlay { press(&s, [.enter]) }
        type(&s, "Homes for Haringey")
        press(&s, [.tab])
        type(&s, "HfH")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.partners.contains { $0.id == "hfh" && $0.name == "Homes for Haringey" })
    }
}
