/// A body's "Members" cell: one seat a line, `role | organisation | person`, each organisation
/// linked to the partner it names, as the statutory checklist and the partners' seats count them.
enum MemberCells {
    /// The members `lines` give for `body`. A seat the body already holds (the same role, and an
    /// organisation written as held or naming the held seat's partner; the role alone where the
    /// line gives no organisation) keeps its id and its partner. Any other seat names its
    /// organisation by a partner's id, name or acronym (ignoring case, spaces and punctuation), or
    /// is refused naming the seat, unless `--create-missing` adds the partner. A seat with no
    /// organisation links to none.
    static func read(_ lines: [String], for body: Body, field: String, reader r: inout RowReader, ws: inout Workspace) -> [Member] {
        var ids = body.members.map(\.id)
        return lines.enumerated().map { i, line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            let role = parts[0]
            let written = parts.count > 1 ? parts[1] : nil
            let person = parts.count > 2 ? parts.dropFirst(2).joined(separator: " | ") : ""
            let held = body.members.first { m in m.role == role && written.map { names($0, m, in: ws) } != false }
            let id: String
            if let held { id = held.id } else {
                id = IDs.next(prefix: "\(body.id)-m", existing: ids)
                ids.append(id)
            }
            // A seat held by its partner link alone, written back as the partner's name, stays so.
            let organisation = written.map { held?.organisation.isEmpty == true && held?.partner != nil ? "" : $0 } ?? held?.organisation ?? ""
            let partner = partner(written ?? "", held: held, seat: i + 1, role: role, field: field, reader: &r, ws: &ws)
            return Member(id: id, role: role, partner: partner, organisation: organisation, person: person)
        }
    }

    /// True when `organisation` is how the held seat's organisation is written, or names the held
    /// seat's partner.
    static func names(_ organisation: String, _ held: Member, in ws: Workspace) -> Bool {
        if held.organisation == organisation { return true }
        guard let linked = held.partner, !organisation.isEmpty else { return false }
        return Reference.knownPartner(organisation, in: ws) == linked
    }

    /// The partner a seat's organisation names; the held seat's link when it has one (a link made
    /// on screen is not undone by the sheet), none for an empty organisation or for a seat held
    /// before without a partner whose organisation still names none.
    static func partner(_ organisation: String, held: Member?, seat: Int, role: String, field: String,
                        reader r: inout RowReader, ws: inout Workspace) -> String? {
        if let linked = held?.partner { return linked }
        guard !organisation.isEmpty else { return nil }
        if let found = Reference.knownPartner(organisation, in: ws) {
            if held != nil, let p = ws.partner(found) { r.note("member \(seat) (\(role)): linked to the partner \(p.name)") }
            return found
        }
        if held != nil { return nil }
        if r.options.createMissing { return Reference.partner(organisation, field: field, reader: &r, ws: &ws) }
        let names = ws.partners.prefix(8).map { $0.acronym.isEmpty ? $0.name : "\($0.acronym) (\($0.name))" }
        r.refuse(field, "member \(seat) (\(role.isEmpty ? "no role" : role)): no partner \"\(organisation)\" (by id, name or acronym)"
                 + (names.isEmpty ? "; the workspace has no partners yet" : "; the partners are " + names.joined(separator: ", ")
                    + (ws.partners.count > 8 ? " and \(ws.partners.count - 8) more" : ""))
                 + ". Import or add the partner first, or use --create-missing")
        return nil
    }

    /// The cell for `members`: the organisation as written, or the partner's acronym (else name)
    /// where only the link is held, so the cell names the partner again when imported.
    static func cell(_ members: [Member], in ws: Workspace) -> String {
        members.map { m in
            let organisation = m.organisation.isEmpty ? ws.partner(m.partner).map { $0.acronym.isEmpty ? $0.name : $0.acronym } ?? "" : m.organisation
            return [m.role, organisation, m.person].joined(separator: " | ")
        }.joined(separator: "\n")
    }
}
