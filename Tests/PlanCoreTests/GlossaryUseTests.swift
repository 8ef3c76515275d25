import Testing
@testable import PlanCore

/// Which glossary terms a text uses: found by the text's words, the same answer as searching for
/// each term.
@Suite("Glossary terms in a text")
struct GlossaryUseTests {
    let glossary = ["ASB", "CSP", "hate crime", "Prevent", "MARAC", "co-ordination", "DA", "T12", "Ward"].enumerated().map {
        GlossaryTerm(id: "g\($0.offset)", term: $0.element, meaning: "m")
    }

    @Test func termsAreWholeWordsAcronymsExactOthersAnyCase() {
        let found = GlossaryUse.terms(in: "The CSP's asb plan: PREVENT hate  crime, Hate crime and MARACs; DA-led co-ordination (T12) ward", glossary: glossary)
        #expect(found.map(\.term) == ["CSP", "hate crime", "Prevent", "co-ordination", "DA", "T12", "Ward"])
    }

    @Test func theWordLookUpAgreesWithTheSearchForEachTerm() {
        let texts = ["", "ASB", "asb ASB", "T1 T12 T123", "xCSP CSPx CSP.", "Ward ward WARD", "hate crimes", "a DA"]
        for text in texts {
            let searched = glossary.filter { GlossaryUse.contains(text, term: $0.term) }.map(\.term)
            #expect(GlossaryUse.terms(in: text, glossary: glossary).map(\.term) == searched, "\(text)")
        }
    }
}
