import PlanCore
@testable import PlanUI
import Testing

@Suite("The History view and the brief's changes since")
struct HistoryViewTests {
    func entry(_ at: String, _ who: String, _ r: Risk, field: String, before: String, after: String) -> ChangeEntry {
        ChangeEntry(at: at, save: at, who: who, how: "tui", file: "risks.json", kind: "risk", recordID: r.id, reference: r.ref,
                    title: r.title, field: field, change: .changed, before: .string(before), after: .string(after))
    }

    func withLog() -> (AppState, [Risk]) {
        var s = demoState(width: 120, height: 30)
        let r = s.workspace.risks.risks
        s.changeLog = [entry("2026-11-01T09:00:00Z", "alice", r[2], field: "owner", before: "x", after: "Alice"),
                       entry("2026-11-20T09:00:00Z", "bob", r[0], field: "category", before: "Delivery", after: "Financial\u{1B}[2J")]
        return (s, r)
    }

    @Test func historyReadsTheLogThenListsNewestFirstAndJumps() {
        var (s, r) = withLog()
        let effects = command(&s, "history")
        #expect(effects == [.readChangeLog])
        #expect(Reducer.reduce(&s, .changeLogRead(s.changeLog)).isEmpty)
        guard case .menu(let m)? = s.overlay else {
            Issue.record("expected the History view")
            return
        }
        #expect(m.title == "History (2 changes) · Enter jumps · x undo save")
        #expect(m.items.map(\.label) == [
            "\(Instant.local("2026-11-20T09:00:00Z"))  bob  risk \(r[0].reference) “\(r[0].title)” · category: “Delivery” → “Financial\u{FFFD}[2J”",
            "\(Instant.local("2026-11-01T09:00:00Z"))  alice  risk \(r[2].reference) “\(r[2].title)” · owner: “x” → “Alice”",
        ])
        press(&s, [.char("j"), .enter])
        #expect(s.overlay == nil && s.section == .risks)
        #expect(Reducer.selectedRow(s)?.ref?.id == r[2].id)
    }

    @Test func historyFiltersByWhoSectionDateAndTheSelectedRecord() {
        var (s, r) = withLog()
        command(&s, "history who:ALI")
        _ = Reducer.reduce(&s, .changeLogRead(s.changeLog))
        if case .menu(let m)? = s.overlay { #expect(m.items.count == 1 && m.title.contains("who:ALI")) } else { Issue.record("no menu") }
        s.overlay = nil
        command(&s, "history since:2026-11-10 section:risks")
        _ = Reducer.reduce(&s, .changeLogRead(s.changeLog))
        if case .menu(let m)? = s.overlay { #expect(m.items.map(\.label).allSatisfy { $0.contains("bob") }) } else { Issue.record("no menu") }
        s.overlay = nil
        press(&s, [.char("6"), .char("j"), .char("j")])
        #expect(Reducer.selectedRow(s)?.ref?.id == r[2].id)
        command(&s, "history this")
        _ = Reducer.reduce(&s, .changeLogRead(s.changeLog))
        if case .menu(let m)? = s.overlay { #expect(m.items.count == 1 && m.items[0].label.contains("alice")) } else { Issue.record("no menu") }
        s.overlay = nil
        command(&s, "history section:budget")
        _ = Reducer.reduce(&s, .changeLogRead(s.changeLog))
        #expect(s.overlay == nil && s.message?.text == "No changes recorded · section:budget")
        command(&s, "history since:yesterday")
        #expect(s.message?.text.hasPrefix("since: expects a date") == true)
    }

    @Test func aSuccessfulSaveRereadsTheLog() {
        var s = demoState()
        #expect(Reducer.reduce(&s, .saved(files: [.risks], error: nil)) == [.readChangeLog])
        #expect(Reducer.reduce(&s, .saved(files: [.risks], error: "disk full")).isEmpty)
    }

    @Test func theChairsBriefSaysWhatChangedSinceItsDate() {
        var (s, _) = withLog()
        press(&s, [.char("6")])
        command(&s, "view chair")
        let rows = Sections.model(s).rows.map { $0.cells.map(\.text).joined(separator: " ") }
        #expect(rows.contains("Changes since \(s.since.display) (2)"))
        #expect(rows.contains("  by alice 1, bob 1"))
        #expect(rows.contains { $0.contains("bob") && $0.contains("· category: “Delivery” → “Financial\u{FFFD}[2J”") })
    }
}
