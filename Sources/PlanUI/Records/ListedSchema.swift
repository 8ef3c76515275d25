import PlanCore

extension Schema where R: Identifiable & Sendable, R.ID == String {
    /// A record kept by id in one list of the workspace: found, stored and removed there, with a
    /// fresh id (`idPrefix` and a number, or what `readableID` makes of the record when stored) for each new one. `remove` and `dependents` are for
    /// records that others refer to.
    static func listed(_ kind: RecordKind, noun: String, fields: [Field<R>], list: WritableKeyPath<Workspace, [R]> & Sendable,
                       idPrefix: String, make: @escaping @Sendable (Workspace, String, String?) -> R,
                       remove: (@Sendable (inout Workspace, RecordRef) -> Void)? = nil,
                       readableID: (@Sendable (R, [String]) -> R)? = nil,
                       dependents: @escaping @Sendable (Workspace, RecordRef) -> [String] = { _, _ in [] },
                       title: @escaping @Sendable (R) -> String) -> Schema<R> {
        Schema(
            kind: kind, noun: noun, fields: fields,
            find: { ws, ref in ws[keyPath: list].first { $0.id == ref.id } },
            make: { ws, parent in make(ws, IDs.unique(prefix: idPrefix), parent) },
            store: { ws, r, ref, _ in
                var r = r
                if ref == nil, let readableID { r = readableID(r, ws[keyPath: list].map(\.id)) }
                Store.upsert(&ws[keyPath: list], r, replacing: ref?.id)
                return RecordRef(kind, r.id)
            },
            remove: remove ?? { ws, ref in ws[keyPath: list].removeAll { $0.id == ref.id } },
            dependents: dependents, title: title)
    }
}

extension Schema where R: Sendable {
    /// The one record of its kind the workspace holds (the plan, the partnership): edited in
    /// place, never added or deleted.
    static func single(_ kind: RecordKind, noun: String, fields: [Field<R>], at path: WritableKeyPath<Workspace, R> & Sendable,
                       title: @escaping @Sendable (R) -> String) -> Schema<R> {
        Schema(
            kind: kind, noun: noun, fields: fields,
            find: { ws, _ in ws[keyPath: path] },
            make: { ws, _ in ws[keyPath: path] },
            store: { ws, r, _, _ in
                ws[keyPath: path] = r
                return RecordRef(kind, kind.rawValue)
            },
            remove: { _, _ in },
            dependents: { _, _ in ["the \(noun) itself cannot be deleted"] },
            title: title)
    }
}
