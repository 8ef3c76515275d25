/// Why a change to the structure was refused.
public struct ReshapeError: Error, Equatable, CustomStringConvertible {
    /// The reason, in words for the officer.
    public var description: String
    /// An error carrying the reason `d`.
    public init(_ d: String) { description = d }
}

/// Changes to the shape of a structure of bodies: move, a second parent, retire.
public enum Reshape {
    /// The body a person means by `text`: its id, acronym, name or part of one; nil when no body or
    /// several fit equally well (never a guess).
    public static func find(_ text: String, in bodies: [Body]) -> Body? {
        guard case .found(let id) = NameMatch.resolve(text, bodies.map(\.nameCandidate)) else { return nil }
        return bodies.first { $0.id == id }
    }

    /// Moves `id` to report to `parent` only (its first parent replaced, others kept).
    public static func move(_ id: String, under parent: String, in bodies: inout [Body]) throws(ReshapeError) {
        let i = try index(id, bodies)
        try checkParent(id, parent, bodies)
        var parents = bodies[i].parents
        if parents.isEmpty { parents = [parent] } else { parents[0] = parent }
        bodies[i].parents = Unique.values(parents)
    }

    /// Adds `parent` as a further reporting line of `id`.
    public static func addParent(_ id: String, _ parent: String, in bodies: inout [Body]) throws(ReshapeError) {
        let i = try index(id, bodies)
        guard !bodies[i].parents.contains(parent) else { throw ReshapeError("\(bodies[i].shortName) already reports to it") }
        try checkParent(id, parent, bodies)
        bodies[i].parents.append(parent)
    }

    /// Drops the reporting line from `id` to `parent`.
    public static func dropParent(_ id: String, _ parent: String, in bodies: inout [Body]) throws(ReshapeError) {
        let i = try index(id, bodies)
        guard bodies[i].parents.contains(parent) else { throw ReshapeError("\(bodies[i].shortName) does not report to it") }
        bodies[i].parents.removeAll { $0 == parent }
    }

    /// Retires a body (status former, kept in history) or brings it back.
    public static func setRetired(_ id: String, _ retired: Bool, in bodies: inout [Body]) throws(ReshapeError) {
        let i = try index(id, bodies)
        if retired {
            let reporting = bodies.filter { $0.status != .former && $0.parents.contains(id) }
            guard reporting.isEmpty else {
                throw ReshapeError("\(reporting.map(\.shortName).joined(separator: ", ")) still report to \(bodies[i].shortName): move them first")
            }
        }
        bodies[i].status = retired ? .former : .active
    }

    static func index(_ id: String, _ bodies: [Body]) throws(ReshapeError) -> Int {
        guard let i = bodies.firstIndex(where: { $0.id == id }) else { throw ReshapeError("there is no body \(id)") }
        return i
    }

    static func checkParent(_ id: String, _ parent: String, _ bodies: [Body]) throws(ReshapeError) {
        guard let p = bodies.first(where: { $0.id == parent }) else { throw ReshapeError("there is no body \(parent)") }
        guard parent != id else { throw ReshapeError("a body cannot report to itself") }
        if Governance.wouldCycle(id, to: parent, in: bodies) {
            throw ReshapeError("\(p.shortName) already reports, through others, to this body; that would make a circle")
        }
    }
}
