/// The ids an import makes from new records' names ("community-safety-board", "police-2"), as
/// `ReadableID.make` does, with the ids in use — the records' and every id the sheet gives, so an
/// earlier new row never takes the id a later row names — gathered once and added to as ids are
/// made; a name given many times counts on from its last suffix instead of trying each again.
///
/// Gathered again when the number of records or the sheet's ids are not those it was gathered for.
final class ReadableIDs {
    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]
    private var count = -1
    private var reserved: Set<String> = []

    /// A free id made from `name` (`fallback` when it has no letters or digits), given the number of
    /// records (`count`), the ids the sheet gives (`reserved`) and, read only when needed, the
    /// records' ids (`existing`). The id is taken from then on.
    func make(from name: String, fallback: String, count: Int, reserved: Set<String>, existing: () -> [String]) -> String {
        if count != self.count || reserved != self.reserved {
            taken = Set(existing()).union(reserved)
            nextSuffix = [:]
            self.count = count
            self.reserved = reserved
        }
        let base = ReadableID.slug(name, fallback: fallback)
        var id = base
        if taken.contains(id) {
            var n = nextSuffix[base] ?? 2
            while taken.contains("\(base)-\(n)") { n += 1 }
            nextSuffix[base] = n + 1
            id = "\(base)-\(n)"
        }
        taken.insert(id)
        return id
    }

    /// Notes a new record stored.
    func added() {
        if count >= 0 { count += 1 }
    }
}
