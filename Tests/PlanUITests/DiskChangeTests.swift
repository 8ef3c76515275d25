import Testing
@testable import PlanCore
@testable import PlanUI

/// The reducer's side of a change on disk by another hand.
@Suite struct DiskChangeTests {
    static func change(_ s: AppState, theirTitle: String, conflicts: [DiskConflict] = [], toWrite: Set<WorkspaceFile> = [])
        -> DiskChange {
        var theirs = s.workspace
        theirs.risks.risks[0].title = theirTitle
        return DiskChange(files: [.risks], merged: theirs, theirs: theirs, toWrite: toWrite, conflicts: conflicts)
    }

    @Test func aChangeOnlyOnDiskIsShownWithoutSavingAndUndoCannotRevertIt() {
        var s = demoState()
        press(&s, [.char("6"), .char("d"), .char("y")])
        #expect(!s.undo.past.isEmpty)
        s.unsaved = []
        let effects = Reducer.reduce(&s, .changedOnDisk(Self.change(s, theirTitle: "Changed by a colleague")))
        #expect(effects.isEmpty)
        #expect(s.workspace.risks.risks[0].title == "Changed by a colleague")
        #expect(s.message?.text == "risks.json changed on disk by someone else: reloaded")
        #expect(s.undo.past.isEmpty)
    }

    @Test func aMergedChangeIsSaved() {
        var s = demoState()
        let effects = Reducer.reduce(&s, .changedOnDisk(Self.change(s, theirTitle: "Merged", toWrite: [.risks])))
        #expect(effects == [.save([.risks])])
        #expect(s.message?.text.contains("merged with your changes") == true)
    }

    @Test func aConflictShowsBothVersionsAndTheUserPicks() throws {
        for keep in [true, false] {
            var s = demoState()
            var c = Self.change(s, theirTitle: "Theirs",
                                conflicts: [DiskConflict(file: .risks, place: "risks › R01 › title", mine: "Mine", theirs: "Theirs")])
            c.merged.risks.risks[0].title = "Mine"
            #expect(Reducer.reduce(&s, .changedOnDisk(c)).isEmpty)
            guard case .confirm(let ask)? = s.overlay else {
                Issue.record("no choice was offered")
                return
            }
            #expect(ask.lines.contains("    yours:   Mine"))
            #expect(ask.lines.contains("    on disk: Theirs"))
            let effects = press(&s, [.char(keep ? "y" : "n")])
            #expect(s.workspace.risks.risks[0].title == (keep ? "Mine" : "Theirs"))
            #expect(effects == (keep ? [.save([.risks])] : []))
        }
    }

    @Test func aFormStaysOpenWhenAChangeIsTakenIn() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("j"), .char("e")])
        type(&s, "x")
        _ = Reducer.reduce(&s, .changedOnDisk(Self.change(s, theirTitle: "Elsewhere")))
        let f = try #require(form(s))
        #expect(f.currentValues[0].hasSuffix("x"))
    }
}

/// A form open on a record another hand changed: saving it must not put their old values back.
@Suite struct FormRebaseTests {
    @Test func untouchedFieldsTakeTheNewValuesAndTypedOnesStay() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("e"), .end])
        type(&s, " (mine)")
        var theirs = s.workspace
        theirs.risks.risks[0].owner = "Carol Colleague"
        theirs.risks.risks[0].title = "Their title"
        _ = Reducer.reduce(&s, .changedOnDisk(DiskChange(files: [.risks], merged: theirs, theirs: theirs, toWrite: [], conflicts: [])))
        let f = try #require(form(s))
        #expect(f.currentValues[0] == "Delays to sign-off of the Safer Communities LAA targets (mine)")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.risks.risks[0].owner == "Carol Colleague")
        #expect(s.workspace.risks.risks[0].title.hasSuffix("(mine)"))
    }
}
