/// How one structure of bodies differs from another: the comparison a governance review paper makes.
public struct StructureComparison: Sendable, Equatable {
    /// One body's change.
    public struct Change: Sendable, Equatable {
        /// The body's id.
        public var bodyID: String
        /// The body's name.
        public var name: String
        /// What changed, in words ("re-parented from OMG to Board", "cadence monthly → quarterly").
        public var details: [String]
    }

    /// Bodies in the proposal that the current structure lacks.
    public var added: [Change]
    /// Current bodies the proposal lacks.
    public var removed: [Change]
    /// Bodies in both whose name, parents, cadence, remit, members, chair or kind differ.
    public var changed: [Change]
    /// Ids of the bodies in both that did not change.
    public var unchanged: [String]

    /// Compares `proposed` with `current`, matching bodies by id, then by name.
    public init(current: [Body], proposed: [Body]) {
        func key(_ b: Body, in list: [Body]) -> Body? {
            list.first { $0.id == b.id } ?? list.first { $0.name.lowercased() == b.name.lowercased() }
        }
        func names(_ ids: [String], _ list: [Body]) -> String {
            ids.isEmpty ? "none" : ids.map { id in list.first { $0.id == id }?.shortName ?? id }.joined(separator: ", ")
        }
        let live = current.filter { $0.status != .former }
        let next = proposed.filter { $0.status != .former }
        added = next.filter { key($0, in: live) == nil }.map {
            Change(bodyID: $0.id, name: $0.name, details: ["reports to " + names($0.parents, next), $0.cadence.display])
        }
        removed = live.filter { key($0, in: next) == nil }.map { Change(bodyID: $0.id, name: $0.name, details: []) }
        var changed: [Change] = []
        var same: [String] = []
        for b in next {
            guard let old = key(b, in: live) else { continue }
            var d: [String] = []
            if old.name != b.name { d.append("renamed from \(old.name)") }
            if Set(old.parents.map { id in live.first { $0.id == id }?.name ?? id })
                != Set(b.parents.map { id in next.first { $0.id == id }?.name ?? id }) {
                d.append("re-parented: \(names(old.parents, live)) → \(names(b.parents, next))")
            }
            if old.cadence.display != b.cadence.display { d.append("cadence: \(old.cadence.display) → \(b.cadence.display)") }
            if old.purpose != b.purpose || old.termsOfReference != b.termsOfReference { d.append("remit changed") }
            let oldMembers = Set(old.members.map { "\($0.role)|\($0.organisation)" })
            let newMembers = Set(b.members.map { "\($0.role)|\($0.organisation)" })
            if oldMembers != newMembers {
                let plus = newMembers.subtracting(oldMembers).count, minus = oldMembers.subtracting(newMembers).count
                d.append("membership: +\(plus) −\(minus)")
            }
            if old.chair != b.chair { d.append("chair: \(old.chair.isEmpty ? "none" : old.chair) → \(b.chair.isEmpty ? "none" : b.chair)") }
            if old.kind != b.kind { d.append("kind: \(old.kind.label) → \(b.kind.label)") }
            if d.isEmpty { same.append(b.id) } else { changed.append(Change(bodyID: b.id, name: b.name, details: d)) }
        }
        self.changed = changed
        unchanged = same
    }

    /// True when nothing was added, removed or changed.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
