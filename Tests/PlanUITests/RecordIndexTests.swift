import Testing
@testable import PlanCore
@testable import PlanUI

/// A row's detail finds its records through an index built once per change of the workspace, not
/// by scanning the lists on each key.
@Suite("Records indexed by id")
struct RecordIndexTests {
    @Test func theIndexFindsWhatTheListsHoldAndTheFirstOfTwoEqualIDs() {
        var ws = demoState().workspace
        let risk = ws.risks.risks[0]
        var twin = ws.risks.risks[1]
        twin.id = risk.id
        ws.risks.risks.append(twin)
        let ix = RecordIndex(ws)
        #expect(ws.risks.risks.allSatisfy { ix.risk($0.id)?.id == $0.id })
        #expect(ix.risk(risk.id)?.title == risk.title)
        #expect(ws.allActions.allSatisfy { ix.action($0.action.id)?.action.title == ws.action($0.action.id)?.action.title })
        #expect(ws.priorities.allSatisfy { ix.priority($0.id)?.title == $0.title })
        #expect(ws.governance.bodies.allSatisfy { ix.body($0.id)?.name == $0.name })
        #expect(ws.indicators.allSatisfy { ix.indicator($0.id)?.title == $0.title })
        #expect(ws.fundingUse.allSatisfy { ix.fundingUse($0.line.id)?.actions == $0.actions })
        #expect(ix.risk("no such risk") == nil && ix.action(nil) == nil)
    }

    @Test func movingThroughRisksBuildsTheIndexOnceAndAChangeBuildsItAgain() throws {
        var s = demoState(width: 100, height: 30)
        press(&s, [.char("6")])
        _ = Renderer.render(s)
        var titles: Set<String> = []
        for _ in 0..<5 {
            press(&s, [.char("j")])
            let screen = Renderer.render(s).text
            let risk = try #require(s.workspace.risk(Reducer.selectedRow(s)?.ref?.id))
            #expect(screen.contains(risk.reference + " " + risk.title.prefix(20)))
            titles.insert(risk.title)
        }
        #expect(titles.count == 5)
        #expect(s.derived.indexBuilds == 1)
        let id = try #require(Reducer.selectedRow(s)?.ref?.id)
        let i = try #require(s.workspace.risks.risks.firstIndex { $0.id == id })
        s.workspace.risks.risks[i].owner = "Head of Community Safety (renamed)"
        #expect(Renderer.render(s).text.contains("(renamed)"))
        #expect(s.derived.indexBuilds == 2)
    }

    /// The status line names the glossary terms of the selected row from an index built once per
    /// change: a move costs the row's words, not the length of the glossary.
    @Test func movingThroughRisksLooksUpTheGlossaryInOneIndex() throws {
        var s = demoState(width: 100, height: 30)
        let term = try #require(s.workspace.glossary.first { !$0.term.contains(" ") })
        press(&s, [.char("6")])
        for _ in 0..<5 {
            press(&s, [.char("j")])
            _ = Renderer.render(s)
        }
        #expect(s.derived.glossaryBuilds == 1)
        let id = try #require(Reducer.selectedRow(s)?.ref?.id)
        let i = try #require(s.workspace.risks.risks.firstIndex { $0.id == id })
        s.workspace.risks.risks[i].title = "Risk to the " + term.term + " work"
        let status = Renderer.render(s).text.split(separator: "\n").map(String.init)
        #expect(status.contains { $0.contains(term.term + " = " + term.meaning.prefix(10)) })
        #expect(s.derived.glossaryBuilds == 2)
    }
}
