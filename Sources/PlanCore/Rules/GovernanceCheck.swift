extension Governance {
    /// Reporting-line cycles among `bodies`, each as the ids around the loop (first id repeated
    /// at the end), each cycle reported once.
    public static func cycles(in bodies: [Body]) -> [[String]] {
        let byID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        var found: [[String]] = []
        var seen = Set<String>()
        func visit(_ id: String) {
            state[id] = 1
            stack.append(id)
            for p in byID[id]?.parents ?? [] where byID[p] != nil {
                if state[p] == 1, let start = stack.firstIndex(of: p) {
                    let loop = Array(stack[start...]) + [p]
                    let key = Set(loop).sorted().joined(separator: ",")
                    if seen.insert(key).inserted { found.append(loop) }
                } else if state[p] == nil {
                    visit(p)
                }
            }
            stack.removeLast()
            state[id] = 2
        }
        for b in bodies where state[b.id] == nil { visit(b.id) }
        return found
    }

    /// True when making `body` report to `parent` would close a loop.
    public static func wouldCycle(_ body: String, to parent: String, in bodies: [Body]) -> Bool {
        if body == parent { return true }
        let byID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var todo = [parent]
        var seen = Set<String>()
        while let id = todo.popLast() {
            if id == body { return true }
            guard seen.insert(id).inserted else { continue }
            todo.append(contentsOf: byID[id]?.parents ?? [])
        }
        return false
    }

    /// The bodies that report to `id`.
    public func children(of id: String) -> [Body] { bodies.filter { $0.parents.contains(id) } }
}

extension Workspace {
    /// Governance findings: cycles, bodies with no chair, references to nothing.
    public func governanceFindings() -> [Finding] {
        var out: [Finding] = []
        let ids = Set(governance.bodies.map(\.id))
        for cycle in Governance.cycles(in: governance.bodies) {
            let names = cycle.map { body($0)?.shortName ?? $0 }
            out.append(Finding(.error, PlanLocation(.governance, record: cycle[0], field: "parents"),
                               "reporting lines go round in a circle: " + names.joined(separator: " → ")))
        }
        for b in governance.bodies {
            let at = { (field: String) in PlanLocation(.governance, record: b.id, field: field) }
            if b.status == .active && b.kind != .external && b.chair.trimmingSpaces().isEmpty {
                out.append(Finding(.warning, at("chair"), "\(b.shortName) has no \(Body.catalogue.inSentence("chair"))"))
            }
            for p in b.parents where !ids.contains(p) {
                out.append(Finding(.error, at("parents"), "\(b.shortName) reports to \"\(p)\", which does not exist"))
            }
            for p in b.parents where p == b.id {
                out.append(Finding(.error, at("parents"), "\(b.shortName) reports to itself"))
            }
            for l in b.links where !ids.contains(l.target) {
                out.append(Finding(.error, at("links"), "\(b.shortName) links to \"\(l.target)\", which does not exist"))
            }
            for m in b.members {
                if let p = m.partner, partner(p) == nil {
                    out.append(Finding(.error, at("members"),
                                       "member \"\(m.role)\" names partner \"\(p)\", which does not exist"))
                }
            }
            if b.status == .active {
                for p in b.parents where body(p)?.status == .former {
                    out.append(Finding(.warning, at("parents"),
                                       "\(b.shortName) reports to \(body(p)?.shortName ?? p), which is former"))
                }
            }
        }
        if let board = governance.partnershipBoard, !ids.contains(board) {
            out.append(Finding(.error, PlanLocation(.governance, field: "partnershipBoard"),
                               "the partnership board \"\(board)\" does not exist"))
        }
        return out
    }

    /// The responsible authorities with no seat on the partnership board (by partner membership).
    public var authoritiesMissingFromBoard: [AuthorityType] {
        guard let board = body(governance.partnershipBoard) else { return AuthorityType.required }
        let present = Set(board.members.compactMap { partner($0.partner)?.authority })
        return AuthorityType.required.filter { !present.contains($0) }
    }
}
