import Foundation
import Synchronization
import Testing
@testable import PlanCore
@testable import PlanUI

/// The cache never serves one view's derived data for another's.
@Suite("Derived cache keys")
struct DerivedCacheKeyTests {
    @Test func theGovernanceModelIsKeyedByTheStructureItShows() throws {
        var s = demoState("spelthorne")
        command(&s, "propose New structure 2009")
        let id = try #require(s.proposalEditing)
        let k = try #require(s.workspace.governance.proposals.firstIndex { $0.id == id })
        s.workspace.governance.proposals[k].bodies[0].name = "Renamed in the proposal"
        func showsRename(_ m: SectionModel) -> Bool {
            m.rows.contains { $0.searchText.lowercased().contains("renamed in the proposal") }
        }
        // Asked for from another section, governance shows the current structure...
        s.section = .risks
        #expect(!showsRename(Sections.model(s, .governance)))
        // ...and on Governance, the proposal being edited, not the model kept from before.
        s.section = .governance
        #expect(s.editingProposalIndex == k)
        #expect(showsRename(Sections.model(s)))
        #expect(Renderer.render(s).text.contains("Renamed in the proposal"))
    }

    @Test func twoWorkspacesAskedForAtOnceEachGetTheirOwnRecords() {
        let a = demoState()
        var other = a  // copies share one cache
        other.workspace.risks.risks.append(Risk(id: "only-in-b", title: "Only in b"))
        let b = other
        let wrong = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 4) { n in
            let s = n % 2 == 0 ? a : b
            for _ in 0..<3_000 where (s.derived.records(s).risk("only-in-b") != nil) != (n % 2 == 1) {
                wrong.withLock { $0 += 1 }
            }
        }
        #expect(wrong.withLock { $0 } == 0)
    }
}
