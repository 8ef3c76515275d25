import PlanCore
@testable import PlanUI
import Testing

@Suite("Undoing a past save from the History view")
struct SaveRevertViewTests {
    /// The demo with risk 3's owner changed by alice, logged as the store logs it.
    func edited() throws -> (AppState, Risk) {
        var s = demoState(width: 80, height: 24)
        let before = s.workspace
        let r = before.risks.risks[2]
        s.workspace.risks.risks[2].owner = "Alice Example"
        s.changeLog = try ChangeLog.entries(before: ["risks.json": before.encoded(.risks)],
                                            after: ["risks.json": s.workspace.encoded(.risks)],
                                            who: "alice", how: "tui", at: "2026-11-01T09:00:00Z")
        return (s, r)
    }

    func openHistory(_ s: inout AppState) {
        command(&s, "history")
        _ = Reducer.reduce(&s, .changeLogRead(s.changeLog))
    }

    @Test func xOnAChangeUndoesItsSaveAsANewSave() throws {
        var (s, r) = try edited()
        openHistory(&s)
        press(&s, [.char("x")])
        guard case .menu(let m)? = s.overlay else {
            Issue.record("expected the actions of the change")
            return
        }
        #expect(m.items.map(\.label) == ["Undo this whole save (1 change)", "Jump to the record"])
        let effects = press(&s, [.enter])
        #expect(effects == [.save([.risks])])
        #expect(s.workspace.risk(r.id)?.owner == r.owner)
        let what = "alice's save of \(Instant.local("2026-11-01T09:00:00Z")): risk \(r.reference) owner"
        #expect(s.lastChange == "revert " + what, "the change log says how")
        #expect(s.message?.text == "Undone \(what) — u to undo")
        press(&s, [.char("u")])
        #expect(s.workspace.risk(r.id)?.owner == "Alice Example")
    }

    @Test func aNewerChangeToTheFieldRefusesAndChangesNothing() throws {
        var (s, r) = try edited()
        let save = s.changeLog[0].save
        let before = s.workspace
        s.workspace.risks.risks[2].owner = "Bob Example"
        s.changeLog += try ChangeLog.entries(before: ["risks.json": before.encoded(.risks)],
                                             after: ["risks.json": s.workspace.encoded(.risks)],
                                             who: "bob", how: "tui", at: "2026-11-02T09:00:00Z")
        let now = s.workspace
        let effects = command(&s, "revert " + save)
        #expect(effects.isEmpty)
        #expect(s.workspace == now)
        #expect(s.message?.text == "Not undone: risk \(r.reference) owner was changed again later (\(Instant.local("2026-11-02T09:00:00Z")), bob)")
    }
}
