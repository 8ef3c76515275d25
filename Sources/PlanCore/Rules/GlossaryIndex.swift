/// A glossary arranged for finding which of its terms a text uses without going through every
/// term: one-word terms are looked up by the text's words (acronyms by their exact spelling,
/// others folded to lower case), and only terms with spaces or punctuation are searched for. Built
/// once per change of the glossary, so a text costs its own words, not the glossary's length.
public struct GlossaryIndex: Sendable {
    private let glossary: [GlossaryTerm]
    /// Positions of one-word terms written in capitals (or digits), by their spelling.
    private var exact: [String: [Int]] = [:]
    /// Positions of the other one-word terms, by their lower-case spelling.
    private var folded: [String: [Int]] = [:]
    /// Positions of the terms that are searched for in the text.
    private var searched: [Int] = []

    /// Arranges `glossary` for look-up: one-word terms by spelling, the rest to be searched for.
    public init(_ glossary: [GlossaryTerm]) {
        self.glossary = glossary
        for (i, g) in glossary.enumerated() where !g.term.isEmpty {
            let term = g.term
            if !term.allSatisfy({ $0.isLetter || $0.isNumber }) {
                searched.append(i)
            } else if term.uppercased() == term {
                exact[term, default: []].append(i)
            } else {
                folded[term.lowercased(), default: []].append(i)
            }
        }
    }

    /// The terms `text` uses, in glossary order (the answer `GlossaryUse.contains` gives term by term).
    public func terms(in text: String) -> [GlossaryTerm] {
        guard !glossary.isEmpty else { return [] }
        var found: [Int] = []
        if !exact.isEmpty {
            for word in GlossaryUse.wordSet(text) { found += exact[word] ?? [] }
        }
        if !folded.isEmpty {
            for word in GlossaryUse.wordSet(text.lowercased()) { found += folded[word] ?? [] }
        }
        for i in searched where GlossaryUse.contains(text, term: glossary[i].term) { found.append(i) }
        return found.sorted().map { glossary[$0] }
    }
}
