import Foundation
import Testing

/// `saferplan import WORD …` with a word that names no kind lists the kinds.
struct ImportKindEndToEndTests {
    @Test func anUnknownKindIsRefusedListingTheKinds() throws {
        let t = Tmux()
        let out = t.folder + "/widgets.out"
        #expect(spawnAndWait(Tmux.binary, ["import", "widgets", "a.csv", "ws"], output: out) == 64)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "saferplan: there is no kind of record \"widgets\" to import; the kinds are "
                + "risks, actions, indicators, budget, partners, bodies, engagement, milestones, glossary (saferplan import KIND FILE [WORKSPACE])\n")
        #expect(spawnAndWait(Tmux.binary, ["import", "risks", "--help"], output: out) == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("USAGE: saferplan import risks"))
    }
}
