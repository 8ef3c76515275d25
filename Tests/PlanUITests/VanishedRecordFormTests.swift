import Testing
@testable import PlanCore
@testable import PlanUI

/// A record's edit form whose record was removed meanwhile (another hand's change taken in from
/// disk) keeps what was typed: it says so, becomes a form adding the record anew, and a second
/// save adds it.
@Suite("Edit form of a vanished record")
struct VanishedRecordFormTests {
    @Test func savingKeepsTheTypedTextAndASecondSaveAddsItAnew() throws {
        var s = demoState()
        let risk = try #require(s.workspace.risks.risks.first)
        let count = s.workspace.risks.risks.count
        Reducer.openEdit(RecordRef(.risk, risk.id), fields: nil, &s)
        let titleField = try #require(RecordKind.risk.schema.fields.firstIndex { $0.label == "Title" })
        let position = try #require(form(s)?.visible.firstIndex(of: titleField))
        var f = try #require(form(s))
        f.focusOn(position)
        s.overlay = .form(f)
        type(&s, " (typed meanwhile)")
        let typed = risk.title + " (typed meanwhile)"
        #expect(form(s)?.currentValues[titleField] == typed)
        // Another hand removes the risk; the change is taken in while the form is open.
        s.workspace.risks.risks.removeAll { $0.id == risk.id }
        let before = s.workspace
        press(&s, [.ctrl("s")])
        let kept = try #require(form(s), "the form stays open")
        #expect(kept.ref == nil)
        #expect(kept.title == "Add risk (the one edited was removed)")
        #expect(kept.currentValues[titleField] == typed)
        #expect(s.message?.text == "Not saved: that risk was removed meanwhile (perhaps on disk by someone else). "
                + "What you typed stays in this form; ^S adds it as a new risk, Esc closes it")
        #expect(s.message?.level == .error)
        #expect(s.workspace == before)

        press(&s, [.ctrl("s")])
        #expect(form(s) == nil)
        #expect(s.workspace.risks.risks.count == count)
        let added = try #require(s.workspace.risks.risks.first { $0.title == typed })
        #expect(added.owner == risk.owner)
        #expect(added.residual == risk.residual)
    }
}
