import PlanCore
@testable import PlanUI
import Testing

@Suite("Picking a side of a merge conflict")
struct ConflictResolutionTests {
    func conflicted() -> (AppState, Risk) {
        var s = demoState(width: 100, height: 30)
        let r = s.workspace.risks.risks[1]
        s.workspace.mergeConflicts = [MergeConflict(
            file: "risks.json", path: JSONPath([.key("register"), .key("risks"), .record(r.id), .key("title")]),
            record: nil, base: .string(r.title), ours: .string(r.title), theirs: .string("Their title"),
            oursBy: "bob", theirsBy: "alice", when: "2026-12-01T08:00:00Z")]
        s.workspace.mergeConflicts[0].recordID = r.id
        s.workspace.mergeConflicts[0].reference = r.reference
        return (s, r)
    }

    @Test func theMenuShowsBothSidesAndTakingTheirsSavesTheFile() {
        var (s, r) = conflicted()
        command(&s, "conflicts")
        guard case .menu(let m)? = s.overlay else {
            Issue.record("expected the conflicts menu")
            return
        }
        #expect(m.title == "Merge conflicts: pick a side (1)")
        #expect(m.items.map(\.label) == ["\(r.reference) title: keep ours “\(r.title)” (bob)",
                                         "\(r.reference) title: take theirs “Their title” (alice)"])
        let screen = Renderer.render(s).text
        #expect(screen.contains("take theirs “Their title” (alice)"))
        let effects = press(&s, [.char("j"), .enter])
        #expect(effects == [.save([.risks])])
        #expect(s.workspace.risk(r.id)?.title == "Their title")
        #expect(s.workspace.mergeConflicts.isEmpty)
        #expect(s.message?.text == "Kept theirs for \(r.reference) title; no conflicts left")
        #expect(s.lastChange == "pick theirs for \(r.reference) title", "the change log says how")
        press(&s, [.char("u")])
        #expect(s.lastChange == "undo pick theirs for \(r.reference) title")
        #expect(s.workspace.mergeConflicts.count == 1 && s.workspace.risk(r.id)?.title == r.title)
    }

    @Test func keepingOursRemovesOnlyTheConflict() {
        var (s, r) = conflicted()
        let effects = command(&s, "resolve 1 ours")
        #expect(effects == [.save([.risks])])
        #expect(s.workspace.mergeConflicts.isEmpty && s.workspace.risk(r.id)?.title == r.title)
    }

    @Test func withoutConflictsTheCommandSaysSo() {
        var s = demoState()
        command(&s, "conflicts")
        #expect(s.overlay == nil)
        #expect(s.message?.text == "No merge conflicts: every field has one value")
        command(&s, "resolve 3 theirs")
        #expect(s.message?.text.hasPrefix("Usage: :resolve N ours|theirs") == true)
    }

    @Test func theDashboardLeadsWithUnresolvedConflicts() {
        var (s, _) = conflicted()
        let screen = Renderer.render(s).text
        #expect(screen.contains("Merge conflicts        1 field changed two ways · :conflicts picks a side"))
        s.workspace.mergeConflicts = []
        #expect(!Renderer.render(s).text.contains("Merge conflicts"))
    }

    @Test func theChecksListAnUnresolvedConflict() {
        let (s, r) = conflicted()
        let findings = s.workspace.validate(today: s.today)
        #expect(findings.contains { $0.location == PlanLocation(.risks, record: r.id, field: "title")
            && $0.message.hasPrefix("risks.json: changed two ways in a merge: ours “\(r.title)” (bob), theirs “Their title” (alice)") })
    }
}
