import Testing
@testable import PlanCore
@testable import PlanUI

/// An owner is free text, Tab completing a name already used in the workspace.
@Suite struct OwnerCompletionTests {
    @Test func tabCompletesAnOwnerAlreadyUsedThenMovesOn() throws {
        var s = demoState()
        let used = try #require(s.workspace.risks.risks.first?.owner)
        press(&s, [.char("6"), .char("a"), .enter])
        type(&s, "Estate regeneration")
        press(&s, [.tab, .tab])
        type(&s, String(used.prefix(4)).lowercased())
        press(&s, [.tab])
        let expected = try #require(OwnerNames.completion(of: String(used.prefix(4)), among: OwnerNames.known(in: s.workspace)))
        #expect(form(s)?.buffer.text == expected)
        #expect(form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } == "Owner")
        press(&s, [.tab])
        #expect(form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } == "Cause")
    }

    @Test func aNameNoOneHasIsKeptAsTyped() throws {
        var s = demoState()
        press(&s, [.char("6"), .char("a"), .enter])
        type(&s, "Estate regeneration")
        press(&s, [.tab, .tab])
        type(&s, "Zoë Quartermaine")
        press(&s, [.tab, .ctrl("s")])
        #expect(form(s) == nil)
        #expect(s.workspace.risks.risks.last?.owner == "Zoë Quartermaine")
    }

    @Test func theNamesComeFromOwnersAndMembers() {
        let names = OwnerNames.known(in: DemoWorkspaces.haringey)
        #expect(names.contains("YOS Manager"))
        #expect(names == names.sorted() && Set(names).count == names.count)
        #expect(OwnerNames.completion(of: "yos m", among: names) == "YOS Manager")
        #expect(OwnerNames.completion(of: "YOS Manager", among: names) == nil)
    }
}

/// A plan action's owner (the Lead / owner column) completes as other owner fields do.
@Suite struct ActionOwnerCompletionTests {
    @Test func tabCompletesAPlanActionsOwner() throws {
        var s = demoState()
        let plan = try #require(s.workspace.actionPlans.first)
        let used = try #require(s.workspace.risks.risks.first?.owner)
        Reducer.openAdd(AddTarget(.action, parent: plan.id), &s)
        press(&s, [.tab])
        type(&s, "Street lighting audit")
        press(&s, [.tab])
        #expect(form(s).map { $0.kind.schema.fields[$0.fieldIndex].label } == "Owner")
        type(&s, String(used.prefix(4)).lowercased())
        press(&s, [.tab])
        let expected = try #require(OwnerNames.completion(of: String(used.prefix(4)), among: OwnerNames.known(in: s.workspace)))
        #expect(form(s)?.buffer.text == expected)
    }
}
