/// Records named in a cell by id or by name: found, or created with `--create-missing`, or refused.
enum Reference {
    static func priority(_ name: String, field: String, reader r: inout RowReader, ws: inout Workspace) -> String? {
        let key = name.lowercased()
        if let p = ws.priorities.first(where: { $0.id == name || $0.title.lowercased() == key || ($0.code.lowercased() == key && !$0.code.isEmpty) }) {
            return p.id
        }
        if r.options.createMissing {
            let p = Priority(id: ReadableID.make(from: name, existing: ws.priorities.map(\.id), fallback: "priority"), title: name)
            ws.priorities.append(p)
            r.note("created the priority \"\(name)\"")
            return p.id
        }
        r.refuse(field, "no priority \"\(name)\" in the plan (by id, code or title); add it first, or use --create-missing")
        return nil
    }

    static func body(_ name: String, field: String, reader r: inout RowReader, ws: inout Workspace) -> String? {
        let key = name.lowercased()
        if let b = ws.governance.bodies.first(where: { $0.id == name || $0.name.lowercased() == key || ($0.acronym.lowercased() == key && !$0.acronym.isEmpty) }) {
            return b.id
        }
        if r.options.createMissing {
            let b = Body(id: ReadableID.make(from: name, existing: ws.governance.bodies.map(\.id), fallback: "body"), name: name)
            ws.governance.bodies.append(b)
            r.note("created the body \"\(name)\"")
            return b.id
        }
        r.refuse(field, "no board or group \"\(name)\" in the governance structure; add it first, or use --create-missing")
        return nil
    }

    static func partner(_ name: String, field: String, reader r: inout RowReader, ws: inout Workspace) -> String? {
        let key = name.lowercased()
        if let p = ws.partners.first(where: { $0.id == name || $0.name.lowercased() == key || ($0.acronym.lowercased() == key && !$0.acronym.isEmpty) }) {
            return p.id
        }
        if r.options.createMissing {
            let p = Partner(id: ReadableID.make(from: name, existing: ws.partners.map(\.id), fallback: "partner"), name: name)
            ws.partners.append(p)
            r.note("created the partner \"\(name)\"")
            return p.id
        }
        r.refuse(field, "no partner \"\(name)\" (by id, name or acronym); add it first, or use --create-missing")
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
