import PlanCore

/// The names an owner field offers to complete: owners already used on risks, their mitigating
/// actions and plan actions, and the people who sit on the bodies. An owner stays free text.
enum OwnerNames {
    /// Each name once, in alphabetical order.
    static func known(in ws: Workspace) -> [String] {
        var names = Set<String>()
        for r in ws.risks.risks {
            names.insert(r.owner)
            for m in r.mitigations { names.insert(m.owner) }
        }
        for (_, a) in ws.allActions { names.insert(a.owner) }
        for b in ws.governance.bodies { for m in b.members { names.insert(m.person) } }
        return names.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.sorted()
    }

    /// The name `typed` is the start of, when it is not a whole name already: the first in
    /// alphabetical order, case ignored.
    static func completion(of typed: String, among names: [String]) -> String? {
        let t = typed.trimmingSpaces().lowercased()
        guard !t.isEmpty, !names.contains(where: { $0.lowercased() == t }) else { return nil }
        return names.first { $0.lowercased().hasPrefix(t) }
    }
}
