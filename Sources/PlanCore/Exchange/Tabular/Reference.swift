/// Records named in a cell by id or by name: found, or created with `--create-missing`, or refused.
enum Reference {
    static func priority(_ name: String, field: String, reader r: inout RowReader, ws: inout Workspace) -> String? {
        resolve(name, field: field, reader: &r, in: &ws.priorities, names: { [$0.id, $0.title, $0.code] },
                make: { Priority(id: ReadableID.make(from: name, existing: $0.map(\.id), fallback: "priority"), title: name) },
                noun: "priority", missing: "no priority \"\(name)\" in the plan (by id, code or title)")
    }

    static func body(_ name: String, field: String, reader r: inout RowReader, ws: inout Workspace) -> String? {
        resolve(name, field: field, reader: &r, in: &ws.governance.bodies, names: { [$0.id, $0.name, $0.acronym] },
                make: { Body(id: ReadableID.make(from: name, existing: $0.map(\.id), fallback: "body"), name: name) },
                noun: "body", missing: "no board or group \"\(name)\" in the governance structure")
    }

    static func partner(_ name: String, field: String, reader r: inout RowReader, ws: inout Workspace) -> String? {
        resolve(name, field: field, reader: &r, in: &ws.partners, names: { [$0.id, $0.name, $0.acronym] },
                make: { Partner(id: ReadableID.make(from: name, existing: $0.map(\.id), fallback: "partner"), name: name) },
                noun: "partner", missing: "no partner \"\(name)\" (by id, name or acronym)")
    }

    /// The id of the partner `name` names (its id, or its name or acronym ignoring case, spaces and
    /// punctuation); nil when none does.
    static func knownPartner(_ name: String, in ws: Workspace) -> String? {
        find(name, in: ws.partners, names: { [$0.id, $0.name, $0.acronym] })
    }

    /// The id of the record of `list` that `name` names: its id exactly, else any of its other names
    /// ignoring case, else ignoring case, spaces and punctuation ("Probation Service – Northshire"
    /// for "probation service, northshire"); nil when none does.
    static func find<R: Identifiable>(_ name: String, in list: [R], names: (R) -> [String]) -> String? where R.ID == String {
        // By id first, without making each record's names (the ids an export writes find it here).
        if let i = list.firstIndex(where: { $0.id == name }) { return list[i].id }
        let key = name.lowercased()
        if let i = list.firstIndex(where: { rec in names(rec).dropFirst().contains { !$0.isEmpty && $0.lowercased() == key } }) {
            return list[i].id
        }
        let loose = FieldDescription.normalise(name)
        guard !loose.isEmpty else { return nil }
        return list.first { rec in names(rec).contains { !$0.isEmpty && FieldDescription.normalise($0) == loose } }?.id
    }

    /// The id of the record of `list` that `name` names (as `find` finds it); with `--create-missing`
    /// a new one made by `make`; else a refusal.
    private static func resolve<R: Identifiable>(_ name: String, field: String, reader r: inout RowReader, in list: inout [R],
                                                 names: (R) -> [String], make: ([R]) -> R, noun: String, missing: String) -> String?
        where R.ID == String {
        if let id = find(name, in: list, names: names) { return id }
        if r.options.createMissing {
            let made = make(list)
            list.append(made)
            r.note("created the \(noun) \"\(name)\"")
            return made.id
        }
        r.refuse(field, missing + "; add it first, or use --create-missing")
        return nil
    }

    static func fundingLine(_ name: String, year: FinancialYear, field: String, reader r: inout RowReader, ws: Workspace) -> String? {
        if let f = ws.budget.fundingLines.first(where: { $0.id == name }) { return f.id }
        let named = ws.budget.fundingLines.filter { $0.source.lowercased() == name.lowercased() }
        if named.count == 1 { return named[0].id }
        if let f = named.first(where: { $0.year == year }) { return f.id }
        if named.isEmpty {
            r.refuse(field, "no funding line \"\(name)\" in the budget (by id or source); import the funding table first")
        } else {
            r.refuse(field, "\(named.count) funding lines are called \"\(name)\" and none is for \(year); name one by id: "
                     + named.map(\.id).joined(separator: ", "))
        }
        return nil
    }
}
