import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Reducer: editing, undo and redo")
struct ReducerEditingTests {
    @Test func editSaveUndoRedo() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        #expect(form(s)?.ref == RecordRef(.risk, "R01"))
        press(&s, [.end])
        type(&s, " (LAA)")
        let saved = press(&s, [.ctrl("s")])
        #expect(s.overlay == nil)
        #expect(saved == [.save([.risks])])
        #expect(s.workspace.risk("R01")?.title == "Delays to sign-off of the Safer Communities LAA targets (LAA)")
        #expect(s.message?.text.hasPrefix("Saved risk R01") == true)
        _ = Reducer.reduce(&s, .saved(files: [.risks], error: nil))
        #expect(s.unsaved.isEmpty)
        #expect(press(&s, [.char("u")]) == [.save([.risks])])
        #expect(s.workspace.risk("R01")?.title == "Delays to sign-off of the Safer Communities LAA targets")
        #expect(press(&s, [.ctrl("r")]) == [.save([.risks])])
        #expect(s.workspace.risk("R01")?.title.hasSuffix("(LAA)") == true)
    }

    @Test func invalidValueIsRefusedAtTheField() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        // Move to "Residual likelihood" (the ninth field).
        press(&s, Array(repeating: Key.tab, count: 8))
        #expect(form(s)?.fieldIndex == 8)
        press(&s, [.backspace])
        type(&s, "9")
        press(&s, [.tab])
        #expect(form(s)?.fieldIndex == 8)
        #expect(form(s)?.errors[8] == "Residual likelihood must be from 1 to 5: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain")
        #expect(Renderer.render(s).text.contains("! Residual likelihood must be from 1 to 5"))
        press(&s, [.backspace])
        type(&s, "2")
        press(&s, [.tab])
        #expect(form(s)?.fieldIndex == 9)
        press(&s, [.ctrl("s")])
        #expect(s.workspace.risk("R01")?.residual == RiskScore(likelihood: 2, impact: 3))
    }

    @Test func addingARecordRequiresItsRequiredFields() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("a")])
        guard case .menu(let m)? = s.overlay else {
            Issue.record("expected a choice of what to add")
            return
        }
        #expect(m.items.map(\.label) == ["Add a risk", "Add a review to R01", "Add a mitigating action to R01"])
        press(&s, [.enter])
        #expect(form(s)?.ref == nil && form(s)?.kind == .risk)
        #expect(press(&s, [.ctrl("s")]).isEmpty)
        #expect(form(s)?.errors[0] == "Title is required")
        type(&s, "Loss of the community safety analyst post")
        press(&s, [.ctrl("s")])
        #expect(s.overlay == nil)
        // The new risk is R07 to people, with an id no other clone will make.
        let added = try #require(s.workspace.risks.risks.first { $0.reference == "R07" })
        #expect(added.title == "Loss of the community safety analyst post")
        #expect(added.raisedOn == s.today)
        #expect(IDs.isUnique(added.id) && added.id.hasPrefix("risk-"))
        #expect(Reducer.selectedRow(s)?.id == added.id)
    }

    @Test func deleteAsksNamingDependentsAndUndoRestores() {
        var s = demoState()
        press(&s, [.char("3"), .char("j")])
        #expect(Reducer.selectedRow(s)?.ref?.id == "csp")
        press(&s, [.char("d")])
        guard case .confirm(let c)? = s.overlay else {
            Issue.record("expected a confirmation")
            return
        }
        let text = c.lines.joined(separator: "\n")
        #expect(text.contains("8 bodies report to it"))
        #expect(text.contains("owns 1 priority"))
        #expect(text.contains("linked to risks R03, R05"))
        #expect(text.contains("it is the partnership board"))
        press(&s, [.char("n")])
        #expect(s.workspace.body("csp") != nil)
        press(&s, [.char("d"), .char("y")])
        #expect(s.workspace.body("csp") == nil)
        #expect(s.workspace.body("pmg")?.parents == [])
        #expect(s.workspace.risk("R03")?.bodies == ["pmg"])
        press(&s, [.char("u")])
        #expect(s.workspace == DemoWorkspaces.haringey)
    }

    @Test func aCycleIsRefusedWithTheReason() {
        var s = demoState()
        press(&s, [.char("3"), .char("e")])
        #expect(form(s)?.ref?.id == "hsp")
        let field = GovernanceSchemas.body.fields.firstIndex { $0.spec.label == "Reports to" } ?? 0
        let reports = form(s)?.visible.firstIndex(of: field) ?? 0
        var f = form(s)
        f?.focusOn(reports)
        f?.buffer = TextBuffer("pmg")
        s.overlay = f.map { .form($0) }
        press(&s, [.ctrl("s")])
        #expect(form(s)?.errors[field] == "PMG already reports, through others, to this body; that would make a circle")
        #expect(s.workspace.body("hsp")?.parents == [])
    }

    @Test func pickersChooseReferencesAndChoices() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        // Tab to "Priorities" (field 16) and open its picker.
        press(&s, Array(repeating: Key.tab, count: 16))
        press(&s, [.enter])
        guard case .picker(let p, _)? = s.overlay else {
            Issue.record("expected a picker")
            return
        }
        #expect(p.multiple)
        type(&s, "drugs")
        press(&s, [.char(" "), .enter])
        #expect(form(s)?.buffer.text == "p-drugs")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.risk("R01")?.priorities == ["p-drugs"])
    }

    @Test func longTextIsWrittenInPlace() {
        var s = demoState()
        press(&s, [.char("2"), .char("j"), .char("e")])
        #expect(form(s)?.visible.count == 1)
        press(&s, [.enter, .end])
        type(&s, "x")
        press(&s, [.enter])
        type(&s, "Second line")
        press(&s, [.escape])
        #expect(form(s)?.editingArea == false)
        press(&s, [.ctrl("s")])
        #expect(s.workspace.partnership.vision.hasSuffix("fear of crime.x\nSecond line"))
    }

    @Test func externalEditorRoundTrip() {
        var s = demoState()
        press(&s, [.char("2"), .char("j"), .char("e")])
        let effects = press(&s, [.ctrl("e")])
        #expect(effects == [.editExternally(text: DemoWorkspaces.haringey.partnership.vision, field: 3)])
        _ = Reducer.reduce(&s, .edited(field: 3, text: "A safer Haringey", error: nil))
        #expect(form(s)?.buffer.text == "A safer Haringey")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.partnership.vision == "A safer Haringey")
    }

    @Test func cancellingADirtyFormAsksFirst() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        type(&s, "x")
        press(&s, [.escape])
        guard case .confirm? = s.overlay else {
            Issue.record("expected a question")
            return
        }
        press(&s, [.char("n")])
        #expect(form(s)?.buffer.text.hasSuffix("x") == true)
        press(&s, [.escape, .char("y")])
        #expect(s.overlay == nil)
        #expect(s.workspace == DemoWorkspaces.haringey)
    }

    @Test func readOnlyRefusesChangesWithTheReason() {
        var s = demoState()
        s.readOnlyReasons = ["opened with --read-only"]
        press(&s, [.char("6"), .char("e")])
        #expect(s.overlay == nil)
        #expect(s.message?.text == "Read-only: opened with --read-only")
        press(&s, [.char("a")])
        #expect(s.overlay == nil)
        press(&s, [.char("d")])
        #expect(s.overlay == nil)
        #expect(Renderer.render(s).text.contains("READ-ONLY"))
    }

    @Test func failedSaveKeepsTheChangeAndWRetries() {
        var s = demoState()
        press(&s, [.char("6"), .char("e")])
        type(&s, "!")
        press(&s, [.ctrl("s")])
        _ = Reducer.reduce(&s, .saved(files: [.risks], error: "risks.json: could not write: No space left on device"))
        #expect(s.unsaved == [.risks])
        #expect(s.message?.level == .error)
        #expect(Renderer.render(s).text.contains("NOT SAVED"))
        #expect(press(&s, [.char("q")]).isEmpty)
        press(&s, [.char(":")])
        type(&s, "w")
        #expect(press(&s, [.enter]) == [.save([.risks])])
    }

    @Test func commandLine() {
        var s = demoState()
        press(&s, [.char(":")])
        type(&s, "export risks csv")
        // No file named: the line asks where, offering the workspace's papers/ folder.
        #expect(press(&s, [.enter]).isEmpty)
        #expect(s.input?.buffer.text == "export risks csv /demo/haringey/papers/haringey-scp-risks.csv")
        #expect(press(&s, [.enter]) == [.export(.risks, .csv, path: "/demo/haringey/papers/haringey-scp-risks.csv")])
        press(&s, [.char(":")])
        type(&s, "theme light")
        #expect(press(&s, [.enter]) == [.loadTheme("light")])
        press(&s, [.char(":")])
        type(&s, "w copies/haringey")
        #expect(press(&s, [.enter]) == [.writeCopy(folder: "copies/haringey")])
        press(&s, [.char(":")])
        type(&s, "ris")
        press(&s, [.tab, .enter])
        #expect(s.section == .risks)
        press(&s, [.char(":")])
        type(&s, "frobnicate")
        press(&s, [.enter])
        #expect(s.message?.text == "Unknown command \"frobnicate\" — :help lists the commands")
    }

    @Test func recoveryIsOffered() {
        var s = demoState()
        var kept = FormState(kind: .glossaryTerm, ref: nil, parent: nil, title: "Add a glossary term",
                             values: ["ASBO", "Anti-social behaviour order"])
        kept.original = ["", ""]
        _ = Reducer.reduce(&s, .offerRecovery(kept, savedAt: "2009-11-16T10:00:00Z"))
        #expect(press(&s, [.char("y")]) == [.clearRecovery])
        press(&s, [.ctrl("s")])
        #expect(s.workspace.glossary.contains { $0.term == "ASBO" })
    }
}
