import PlanCore

/// Schemas for partners, engagement, the glossary and the timetable.
enum PeopleSchemas {
    static let partner = Schema<Partner>.listed(
        .partner, noun: "partner",
        fields: CatalogueForm.fields(Partner.catalogue, custom: [
            // One representative a line, "Name (Title)".
            "representatives": { label in
                Field.make(label, "representatives", .list, help: "One per line: Name (Title)",
                           get: { p, _ in p.representatives.map { $0.title.isEmpty ? $0.name : "\($0.name) (\($0.title))" }
                               .joined(separator: "\n") }) { (p, v, _) throws(FieldError) in
                    p.representatives = v.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }.map { line in
                        if line.hasSuffix(")"), let open = line.lastIndex(of: "(") {
                            return Representative(name: String(line[..<open]).trimmingSpaces(),
                                                  title: String(line[line.index(after: open)..<line.index(before: line.endIndex)]))
                        }
                        return Representative(name: line)
                    }
                }
            },
        ]),
        list: \.partners, idPrefix: "partner-",
        make: { _, id, _ in Partner(id: id) },
        remove: { ws, ref in ws.removePartner(ref.id) },
        readableID: { p, ids in
            var p = p
            p.id = ReadableID.make(from: p.acronym.isEmpty ? p.name : p.acronym, existing: ids, fallback: p.id)
            return p
        },
        dependents: { ws, ref in ws.dependents(ofPartner: ref.id) },
        title: { $0.name })

    static let engagement = Schema<EngagementMechanism>.listed(
        .engagement, noun: "engagement mechanism",
        fields: CatalogueForm.fields(EngagementMechanism.catalogue),
        list: \.engagement, idPrefix: "eng-",
        make: { _, id, _ in EngagementMechanism(id: id) },
        title: { $0.name })

    static let glossaryTerm = Schema<GlossaryTerm>(
        kind: .glossaryTerm, noun: "glossary term",
        fields: CatalogueForm.fields(GlossaryTerm.catalogue, custom: [
            // A term is one of a kind in the glossary.
            "term": { label in
                Field.make(label, "term", .text, get: { t, _ in t.term }) { (t, v, ws) throws(FieldError) in
                    let term = v.trimmingSpaces()
                    guard !term.isEmpty else { throw FieldError("\(label) is required") }
                    if ws.glossary.contains(where: { $0.id != t.id && $0.term.lowercased() == term.lowercased() }) {
                        throw FieldError("\(term) is already in the glossary")
                    }
                    t.term = term
                }
            },
        ]),
        find: { ws, ref in ws.glossary.first { $0.id == ref.id } },
        make: { ws, _ in GlossaryTerm(id: IDs.unique(prefix: "term-")) },
        store: { ws, t, ref, _ in
            Store.upsert(&ws.glossary, t, replacing: ref?.id)
            ws.glossary.sort { $0.term.lowercased() < $1.term.lowercased() }
            return RecordRef(.glossaryTerm, t.id)
        },
        remove: { ws, ref in ws.glossary.removeAll { $0.id == ref.id } },
        dependents: { _, _ in [] },
        title: { $0.term })

    static let milestone = Schema<Milestone>.listed(
        .milestone, noun: "milestone",
        fields: CatalogueForm.fields(Milestone.catalogue, custom: [
            // A date as the timetable words it, which must read as one.
            "date": { label in
                Field.make(label, "date", .text, required: true, help: "As written, e.g. 20/02/2008 or By 15/02/2008",
                           get: { m, _ in m.date }) { (m, v, _) throws(FieldError) in
                    let t = v.trimmingSpaces()
                    guard Milestone.day(of: t) != nil else {
                        throw FieldError(t.isEmpty ? "\(label) is required" : "\"\(t)\" cannot be read as a date; write e.g. 20/02/2008")
                    }
                    m.date = t
                }
            },
        ]),
        list: \.plan.timetable, idPrefix: "ms-",
        make: { _, id, _ in Milestone(id: id) },
        title: { $0.step.prefixWords(6) })
}
