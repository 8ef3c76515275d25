import PlanCore

/// Schemas for bodies and what hangs off them.
enum GovernanceSchemas {
    /// The parent field of a body, refusing a line that would close a loop.
    static let reportsTo = Field<Body>.make(
        "Reports to", "parents", .references(.body), help: "Enter to choose; a body may report to several",
        get: { b, _ in b.parents.joined(separator: "\n") }) { (b, v, ws) throws(FieldError) in
        let ids = v.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        for id in ids {
            guard let parent = ws.body(id) else { throw FieldError("no body has the id \"\(id)\"") }
            if id == b.id { throw FieldError("a body cannot report to itself") }
            if Governance.wouldCycle(b.id, to: id, in: ws.governance.bodies) {
                throw FieldError("\(parent.shortName) already reports, through others, to this body; that would make a circle")
            }
        }
        b.parents = Array(Unique.values(ids))
    }

    static let body = Schema<Body>(
        kind: .body, noun: "body",
        fields: CatalogueForm.fields(Body.catalogue, custom: [
            "tier": { .integer($0, \.tier, 0...3) },
            "reports_to": { _ in reportsTo },
        ]),
        find: { ws, ref in ws.body(ref.id) },
        make: { ws, parent in
            Body(id: IDs.unique(prefix: "body-"), parents: parent.map { [$0] } ?? [])
        },
        store: { ws, b, ref, _ in
            var b = b
            // A new body's id is made from its acronym or name, so files and links read as words.
            if ref == nil {
                b.id = ReadableID.make(from: b.acronym.isEmpty ? b.name : b.acronym, existing: ws.governance.bodies.map(\.id), fallback: b.id)
            }
            Store.upsert(&ws.governance.bodies, b, replacing: ref?.id)
            return RecordRef(.body, b.id)
        },
        remove: { ws, ref in ws.removeBody(ref.id) },
        dependents: { ws, ref in ws.dependents(ofBody: ref.id) },
        title: { $0.shortName })

    static func bodyIndex(_ ws: Workspace, _ id: String?) -> Int? {
        guard let id else { return nil }
        return ws.governance.bodies.firstIndex { $0.id == id }
    }

    /// A record kept in a list of a body by id (members, decision rules).
    static func bodyChild<R: Identifiable & Sendable>(
        _ kind: RecordKind, noun: String, fields: [Field<R>], list: WritableKeyPath<Body, [R]> & Sendable, idLetter: String,
        make: @escaping @Sendable (String) -> R, title: @escaping @Sendable (R) -> String
    ) -> Schema<R> where R.ID == String {
        Schema<R>(
            kind: kind, noun: noun, fields: fields,
            find: { ws, ref in ws.body(ref.parent)?[keyPath: list].first { $0.id == ref.id } },
            make: { ws, parent in
                make(IDs.unique(prefix: "\(parent ?? "body")-\(idLetter)"))
            },
            store: { ws, r, ref, parent in
                let owner = ref?.parent ?? parent
                if let i = bodyIndex(ws, owner) { Store.upsert(&ws.governance.bodies[i][keyPath: list], r, replacing: ref?.id) }
                return RecordRef(kind, r.id, parent: owner)
            },
            remove: { ws, ref in
                if let i = bodyIndex(ws, ref.parent) { ws.governance.bodies[i][keyPath: list].removeAll { $0.id == ref.id } }
            },
            dependents: { _, _ in [] },
            title: title)
    }

    static let member = bodyChild(
        .member, noun: "member",
        fields: CatalogueForm.fields(Member.catalogue),
        list: \.members, idLetter: "m", make: { Member(id: $0) }, title: { $0.role })

    static let bodyLink = Schema<BodyLink>(
        kind: .bodyLink, noun: "link to another body",
        fields: CatalogueForm.fields(BodyLink.catalogue, custom: ["target": { .requiredReference($0, \.target, .body) }]),
        find: { ws, ref in ws.body(ref.parent).flatMap { Store.at($0.links, ref.id) } },
        make: { _, _ in BodyLink(target: "") },
        store: { ws, l, ref, parent in
            let owner = ref?.parent ?? parent
            var index = 0
            if let i = bodyIndex(ws, owner) { index = Store.put(&ws.governance.bodies[i].links, l, at: ref?.id) }
            return RecordRef(.bodyLink, String(index), parent: owner)
        },
        remove: { ws, ref in
            if let i = bodyIndex(ws, ref.parent) { Store.remove(&ws.governance.bodies[i].links, at: ref.id) }
        },
        dependents: { _, _ in [] },
        title: { "link to \($0.target)" })

    static let decisionRule = bodyChild(
        .decisionRule, noun: "decision rule",
        fields: CatalogueForm.fields(DecisionRule.catalogue),
        list: \.decisionRules, idLetter: "r", make: { DecisionRule(id: $0) }, title: { $0.matter })
}
