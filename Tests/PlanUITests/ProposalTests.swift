import Testing
@testable import PlanCore
@testable import PlanUI

@Suite("Governance proposals: start, edit, compare, adopt")
struct ProposalTests {
    @Test func rebuildCompareAndAdopt() throws {
        var s = demoState("spelthorne")
        let before = s.workspace.governance.bodies
        command(&s, "propose New structure 2009")
        let id = try #require(s.proposalEditing)
        #expect(s.section == .governance)
        #expect(Renderer.render(s).text.contains("EDITING PROPOSAL"))
        // Add a task-and-finish group under the Board, in the proposal only.
        openAddBody(&s, under: "board")
        type(&s, "Night-time Economy Task Group")
        press(&s, [.ctrl("s")])
        #expect(s.workspace.governance.bodies == before)
        let proposal = try #require(s.workspace.governance.proposals.first { $0.id == id })
        #expect(proposal.bodies.contains { $0.name == "Night-time Economy Task Group" && $0.parents == ["board"] })
        // Retire the Vehicle Crime Working Group in the proposal: delete it there.
        let vehicle = try #require(proposal.bodies.first { $0.name.hasPrefix("Vehicle Crime") })
        select(&s, vehicle.id)
        press(&s, [.char("d"), .char("y")])
        #expect(s.workspace.governance.bodies.contains { $0.id == vehicle.id })
        #expect(s.workspace.governance.proposals.first { $0.id == id }?.bodies.contains { $0.id == vehicle.id } == false)
        // Only the proposal changed: nothing else in the workspace lost its references.
        var expected = DemoWorkspaces.spelthorne
        expected.governance.proposals = s.workspace.governance.proposals
        #expect(s.workspace == expected)
        // The comparison.
        command(&s, "view 4")
        let screen = Renderer.render(s).text
        assertSnapshot(Renderer.render(s), named: "80x24-governance-compare")
        #expect(screen.contains("Added (1)"))
        #expect(screen.contains("Removed (1)"))
        // Adopt: the proposal becomes the structure, the old one is kept.
        command(&s, "adopt")
        #expect(s.proposalEditing == nil)
        #expect(s.workspace.governance.bodies.contains { $0.name == "Night-time Economy Task Group" })
        #expect(s.workspace.governance.formerStructures.last?.bodies == before)
        #expect(s.workspace.governance.proposals.first { $0.id == id }?.status == .adopted)
        command(&s, "view 5")
        #expect(Renderer.render(s).text.contains("Structure before New structure 2009"))
        press(&s, [.char("u")])
        #expect(s.workspace.governance.bodies == before)
    }

    @Test func aCycleInTheProposalIsRefused() throws {
        var s = demoState("spelthorne")
        command(&s, "propose Cycle")
        select(&s, "board")
        press(&s, [.char("e")])
        guard case .form(let f)? = s.overlay else { Issue.record("no form"); return }
        let parentField = try #require(f.kind.schema.fields.firstIndex { $0.label == "Reports to" })
        var form = f
        form.focusOn(try #require(f.visible.firstIndex(of: parentField)))
        form.buffer = TextBuffer("omg")
        s.overlay = .form(form)
        press(&s, [.ctrl("s")])
        guard case .form(let after)? = s.overlay else { Issue.record("the form closed"); return }
        #expect(after.errors[parentField] == "OMG already reports, through others, to this body; that would make a circle")
        #expect(s.workspace.governance.proposals.last?.bodies.first { $0.id == "board" }?.parents == ["lsp"])
    }

    @Test func discardKeepsTheProposalMarked() throws {
        var s = demoState()
        command(&s, "discard")
        #expect(s.workspace.governance.proposals.first?.status == .discarded)
        command(&s, "adopt")
        #expect(s.message?.text == "No draft proposal to adopt")
    }

    func select(_ s: inout AppState, _ bodyID: String) {
        var all = s
        all.forceExpand = true
        let rows = Sections.visibleRows(all, Sections.model(all))
        s.list.filter = ""
        if let row = rows.first(where: { $0.ref?.id == bodyID }) {
            s.toggled = []
            Reducer.jump(PlanLocation(.governance, record: bodyID), &s)
            _ = row
        }
    }

    func openAddBody(_ s: inout AppState, under parent: String) {
        Reducer.openAdd(AddTarget(.body, parent: parent), &s)
    }
}

@Suite("Reshaping from the action menu")
struct ReshapeViewTests {
    @Test func moveAlsoToRetireInTheProposal() throws {
        var s = demoState("spelthorne")
        let before = s.workspace.governance.bodies
        command(&s, "propose Reshape")
        Reducer.jump(PlanLocation(.governance, record: "jag"), &s)
        press(&s, [.char("x")])
        guard case .menu(let m)? = s.overlay else { Issue.record("no menu"); return }
        #expect(m.items.first?.label == "Stop editing the proposal (show the current structure)")
        #expect(m.items.contains { $0.label == "Move JAG under another body…" })
        press(&s, [.escape])
        command(&s, "move OMG")
        command(&s, "alsoto Board")
        let proposal = try #require(s.workspace.governance.proposals.last)
        #expect(proposal.bodies.first { $0.id == "jag" }?.parents == ["omg", "board"])
        #expect(Renderer.render(s).text.contains("also under"))
        command(&s, "retire")
        #expect(s.workspace.governance.proposals.last?.bodies.first { $0.id == "jag" }?.status == .former)
        command(&s, "move Nowhere")
        #expect(s.message?.text.hasPrefix("Usage: :move BODY") == true)
        #expect(s.workspace.governance.bodies == before)
        command(&s, "current")
        Reducer.jump(PlanLocation(.governance, record: "board"), &s)
        command(&s, "move OMG")
        #expect(s.message?.text == "Not changed: OMG already reports, through others, to this body; that would make a circle")
    }
}

@Suite("Adopting the Haringey proposal")
struct AdoptHaringeyTests {
    @Test func adoptionNamesReferencesToRemovedBodies() {
        var s = demoState()
        command(&s, "adopt")
        #expect(s.message?.text == "Adopted; 2 priorities and 0 risks still name bodies it removed — :checks lists them")
        #expect(s.message?.level == .warning)
    }
}

@Suite("Reshaping to how it already stands")
struct ReshapeNoChangeTests {
    @Test func movingUnderTheSameParentSaysNoChange() {
        var s = demoState("spelthorne")
        Reducer.jump(PlanLocation(.governance, record: "board"), &s)
        let effects = command(&s, "move LSP")
        #expect(effects.isEmpty)
        #expect(s.message?.text == "No change: move Board under LSP is how it already stands")
        #expect(s.undo.past.isEmpty)
    }
}
