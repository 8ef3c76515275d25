/// Finding a record by what a person types for it: an id, an acronym, a name or part of one.
/// Never a silent guess: a name that fits several records is reported as ambiguous.
public enum NameMatch {
    /// A record that may be named: its id and the names it goes by (acronym, name, code, title).
    public struct Candidate: Sendable, Equatable {
        /// The record's id.
        public var id: String
        /// The names the record goes by; empty ones are dropped.
        public var names: [String]

        /// A candidate with the given id and names, leaving out empty names.
        public init(id: String, names: [String]) {
            self.id = id
            self.names = names.filter { !$0.isEmpty }
        }
    }

    /// What a typed name resolves to.
    public enum Resolution: Sendable, Equatable {
        /// One record fits best: its id.
        case found(String)
        /// Several records fit equally well: their ids, best first.
        case ambiguous([String])
        /// No record fits.
        case none
    }

    /// How well `query` fits `text`: 4 the whole of it, 3 its start, 2 the start of a word in it,
    /// 1 its letters in order (fuzzy), nil not at all. Case is ignored.
    public static func score(_ query: String, _ text: String) -> Int? {
        let q = query.trimmingSpaces().lowercased()
        let t = text.lowercased()
        guard !q.isEmpty else { return 0 }
        if t == q { return 4 }
        if t.hasPrefix(q) { return 3 }
        let words = t.split { !$0.isLetter && !$0.isNumber }
        if words.contains(where: { $0.hasPrefix(q) }) || t.contains(" " + q) { return 2 }
        var rest = Substring(q)
        for c in t where c == rest.first { rest = rest.dropFirst() }
        return rest.isEmpty ? 1 : nil
    }

    /// The best score of a candidate over its id and names.
    public static func score(_ query: String, _ candidate: Candidate) -> Int? {
        ([candidate.id] + candidate.names).compactMap { score(query, $0) }.max()
    }

    /// The candidates that fit `query`, best first (ties keep their order).
    public static func ranked(_ query: String, _ candidates: [Candidate]) -> [Candidate] {
        candidates.enumerated().compactMap { i, c in score(query, c).map { (i, $0, c) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.2)
    }

    /// Kinds of fit that count as equally good when choosing: whole (3), part — the start of the name
    /// or of a word in it (2), letters in order (1). "Partnership" fits the start of one name and a
    /// word of five others: that is ambiguous, not the first.
    public static func tier(_ score: Int) -> Int { score >= 4 ? 3 : score >= 2 ? 2 : score }

    /// The candidates in the best tier of fit for `query`, best first.
    public static func best(_ query: String, _ candidates: [Candidate]) -> [Candidate] {
        let ranked = ranked(query, candidates)
        guard let first = ranked.first, let top = score(query, first) else { return [] }
        return ranked.filter { score(query, $0).map(tier) == tier(top) }
    }

    /// The one record `query` names: an exact id or name wins; otherwise the best kind of fit, if
    /// only one record has it; several are ambiguous.
    public static func resolve(_ query: String, _ candidates: [Candidate]) -> Resolution {
        guard !query.trimmingSpaces().isEmpty else { return .none }
        let top = best(query, candidates).map(\.id)
        if top.isEmpty { return .none }
        return top.count == 1 ? .found(top[0]) : .ambiguous(top)
    }

    /// The longest text every name in `names` starts with (case ignored), in the first name's case.
    public static func commonPrefix(_ names: [String]) -> String {
        guard var prefix = names.first.map(Array.init) else { return "" }
        for name in names.dropFirst() {
            let other = Array(name.lowercased())
            var n = 0
            while n < prefix.count && n < other.count && String(prefix[n]).lowercased() == String(other[n]) { n += 1 }
            prefix = Array(prefix[0..<n])
        }
        return String(prefix)
    }
}

extension Body {
    /// The body as a name candidate: its acronym and name.
    public var nameCandidate: NameMatch.Candidate { NameMatch.Candidate(id: id, names: [acronym, name]) }
}
