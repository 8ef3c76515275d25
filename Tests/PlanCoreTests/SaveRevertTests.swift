@testable import PlanCore
import Testing

@Suite("Undoing a whole past save from the change log")
struct SaveRevertTests {
    /// The log entries of a save from `before` to `after`, as the store writes them.
    func save(_ before: Workspace, _ after: Workspace, who: String, at: String) throws -> [ChangeEntry] {
        try ChangeLog.entries(before: ["risks.json": before.encoded(.risks)], after: ["risks.json": after.encoded(.risks)],
                              who: who, how: "tui", at: at)
    }

    /// A workspace where alice changed one risk's owner and residual likelihood in one save.
    func edited() throws -> (Workspace, Workspace, [ChangeEntry]) {
        let original = DemoWorkspaces.all[0].workspace
        var ws = original
        ws.risks.risks[2].owner = "Alice Example"
        let was = try #require(ws.risks.risks[2].residual)
        ws.risks.risks[2].residual = RiskScore(likelihood: was.likelihood == 1 ? 2 : 1, impact: was.impact)
        return (original, ws, try save(original, ws, who: "alice", at: "2026-11-01T09:00:00Z"))
    }

    @Test func everyFieldOfTheSaveIsSetBackToItsValueBefore() throws {
        let (original, ws, log) = try edited()
        #expect(log.count == 2)
        let writes = try SaveRevert.plan(log[0].save, in: log, workspace: ws).get()
        #expect(writes.map(\.path.description).sorted() == ["register.risks[\(ws.risks.risks[2].id)].owner",
                                                            "register.risks[\(ws.risks.risks[2].id)].residual.likelihood"])
        var reverted = ws
        try reverted.apply(writes)
        #expect(reverted.risks.risks[2].owner == original.risks.risks[2].owner)
        #expect(reverted.risks.risks[2].residual == original.risks.risks[2].residual)
        #expect(try reverted.encoded(.risks) == original.encoded(.risks), "nothing else moved")
    }

    @Test func aNewerChangeToOneOfTheFieldsRefusesAndNamesIt() throws {
        let (_, ws, first) = try edited()
        var later = ws
        later.risks.risks[2].owner = "Bob Example"
        let log = first + (try save(ws, later, who: "bob", at: "2026-11-02T09:00:00Z"))
        let r = later.risks.risks[2]
        let result = SaveRevert.plan(first[0].save, in: log, workspace: later)
        #expect(result.failure?.reason == "risk \(r.reference) owner was changed again later (\(Instant.local("2026-11-02T09:00:00Z")), bob)")
        // A newer change to another field of the same risk does not stand in the way.
        var other = ws
        other.risks.risks[2].title = "A new title"
        let log2 = first + (try save(ws, other, who: "bob", at: "2026-11-02T09:00:00Z"))
        #expect(throws: Never.self) { try SaveRevert.plan(first[0].save, in: log2, workspace: other).get() }
    }

    @Test func aRecordThatNoLongerExistsRefuses() throws {
        let (_, ws, log) = try edited()
        var gone = ws
        let r = gone.risks.risks.remove(at: 2)
        let result = SaveRevert.plan(log[0].save, in: log, workspace: gone)
        #expect(result.failure?.reason.hasPrefix("risk \(r.reference) ") == true)
        #expect(result.failure?.reason.hasSuffix(": the risk no longer exists") == true)
    }

    @Test func aSaveThatRemovedARecordIsNotGuessedBack() throws {
        let original = DemoWorkspaces.all[0].workspace
        var ws = original
        let r = ws.risks.risks.remove(at: 2)
        let log = try save(original, ws, who: "alice", at: "2026-11-01T09:00:00Z")
        let result = SaveRevert.plan(log[0].save, in: log, workspace: ws)
        #expect(result.failure?.reason == "risk \(r.reference) (the whole record): only changed fields can be set back, not removed records")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
