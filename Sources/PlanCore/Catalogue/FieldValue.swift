/// A writable key path that closures and catalogues may hold.
public typealias RecordPath<R, T> = WritableKeyPath<R, T> & Sendable

/// What a catalogue field holds and where it lives on the record: the key path, typed, and so how
/// it is read from and written to JSON, shown on forms and held in sheets.
public enum FieldValue<R>: Sendable {
    /// Text (`style` says how it is edited).
    case text(RecordPath<R, String>, TextStyle)
    /// Text that may be absent (written only when given).
    case optionalText(RecordPath<R, String?>)
    /// A list of text, one entry per line.
    case lines(RecordPath<R, [String]>)
    /// A date that may be absent.
    case day(RecordPath<R, Day?>)
    /// A date that must be given.
    case requiredDay(RecordPath<R, Day>)
    /// A whole number that must be given (a level on `FieldScale`, a count).
    case int(RecordPath<R, Int>)
    /// A level that may be blank (a part of a score not yet given).
    case level(RecordPath<R, Int?>)
    /// An amount of money that may be absent.
    case money(RecordPath<R, Money?>)
    /// An amount of money that must be given.
    case requiredMoney(RecordPath<R, Money>)
    /// A number that may be absent.
    case number(RecordPath<R, Double?>)
    /// A number that must be given (a target's value, a tolerance).
    case requiredNumber(RecordPath<R, Double>)
    /// Yes or no (written true or false).
    case flag(RecordPath<R, Bool>)
    /// A financial year that must be given.
    case year(RecordPath<R, FinancialYear>)
    /// A financial year that may be absent.
    case optionalYear(RecordPath<R, FinancialYear?>)
    /// A quarter of a financial year that must be given.
    case quarter(RecordPath<R, Quarter>)
    /// How often something happens ("monthly", "six times a year"), written in words in sheets.
    case cadence(RecordPath<R, Cadence>)
    /// One of a fixed set of words.
    case choice(ChoiceAccess<R>)
    /// Ids of other records of the named kind ("priority", "body").
    case references(RecordPath<R, [String]>, to: String)
    /// The id of another record of the named kind, or none.
    case reference(RecordPath<R, String?>, to: String)
    /// A record, an optional record or a list of records with a catalogue of their own.
    case records(NestedAccess<R>)
    /// Worked out from other fields: shown in sheets, never stored.
    case derived
    /// A sheet column whose reading and writing are the record's own code (an action's latest
    /// quarterly update); the catalogue holds its name, label and synonyms.
    case custom

    /// How the field's JSON value is read into the record, or nil for a field not stored on its own.
    var jsonReader: (@Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void)? {
        switch self {
        case .text(let p, _): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.string() }
        case .optionalText(let p), .reference(let p, _): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.optionalString() }
        case .lines(let p), .references(let p, _): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.strings() }
        case .day(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.readOptional(Day.self) }
        case .requiredDay(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.read(Day.self) }
        case .int(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.int() }
        case .level(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = r.null() ? nil : try r.int() }
        case .money(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.readOptional(Money.self) }
        case .requiredMoney(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.read(Money.self) }
        case .number(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = r.null() ? nil : try r.double() }
        case .requiredNumber(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.double() }
        case .flag(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.bool() }
        case .year(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.read(FinancialYear.self) }
        case .optionalYear(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.readOptional(FinancialYear.self) }
        case .quarter(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.read(Quarter.self) }
        case .cadence(let p): { (r, v) throws(JSONReadError) in v[keyPath: p] = try r.read(Cadence.self) }
        case .choice(let c): c.read
        case .records(let n): n.read
        case .derived, .custom: nil
        }
    }

    /// How the field's value is written under `key`, or nil for a field not stored on its own.
    /// Absent optional values are left out, as Swift's synthesised encoding does.
    var jsonWriter: (@Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void)? {
        switch self {
        case .text(let p, _): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .optionalText(let p), .reference(let p, _): { v, k, c in try c.encodeIfPresent(v[keyPath: p], forKey: k) }
        case .lines(let p), .references(let p, _): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .day(let p): { v, k, c in try c.encodeIfPresent(v[keyPath: p], forKey: k) }
        case .requiredDay(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .int(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .level(let p): { v, k, c in try c.encodeIfPresent(v[keyPath: p], forKey: k) }
        case .money(let p): { v, k, c in try c.encodeIfPresent(v[keyPath: p], forKey: k) }
        case .requiredMoney(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .number(let p): { v, k, c in try c.encodeIfPresent(v[keyPath: p], forKey: k) }
        case .requiredNumber(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .flag(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .year(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .optionalYear(let p): { v, k, c in try c.encodeIfPresent(v[keyPath: p], forKey: k) }
        case .quarter(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .cadence(let p): { v, k, c in try c.encode(v[keyPath: p], forKey: k) }
        case .choice(let a): a.write
        case .records(let n): n.write
        case .derived, .custom: nil
        }
    }

    /// The kind of sheet column the value makes, before a catalogue entry overrides it.
    func sheetKind(scale: FieldScale?, matrix: RiskMatrix) -> FieldKind {
        switch self {
        case .text, .optionalText, .year, .optionalYear, .quarter, .cadence, .custom: .text
        case .reference(_, let target): .references(target)
        case .lines, .records: .lines
        case .day, .requiredDay: .date
        case .int, .level: scale.flatMap { $0.levels(on: matrix) }.map { .level(max: $0) } ?? .number
        case .money, .requiredMoney: .money
        case .number, .requiredNumber: .number
        case .flag: .choice(["yes", "no"])
        case .choice(let c): .choice(c.sheetWords)
        case .references(_, let target): .references(target)
        case .derived: .derived
        }
    }
}

/// A choice field, typed by its enumeration underneath: its words, their labels, and how each is
/// read, written and set.
public struct ChoiceAccess<R>: Sendable {
    /// The words stored, in order.
    public let values: [String]
    /// The words as people read them.
    public let labels: [String]
    /// True when the value may be absent (its word is then empty).
    public let optional: Bool
    /// True when sheets list the labels rather than the stored words.
    public let sheetsUseLabels: Bool
    /// The value's word on `record`, empty when absent.
    public let get: @Sendable (R) -> String
    /// Sets the value from its word; false when the word is not one of `values`.
    public let set: @Sendable (inout R, String) -> Bool
    let read: @Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void
    let write: @Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void

    /// The words a sheet column of the choice lists.
    public var sheetWords: [String] { sheetsUseLabels ? labels : values }

    /// A choice of `E`'s raw values at `path`; `label` words each for people. `sheetsUseLabels`
    /// when the record's sheets list the labels.
    public static func of<E: RawRepresentable & CaseIterable & Encodable & Sendable>(
        _ path: RecordPath<R, E>, label: @escaping @Sendable (E) -> String, sheetsUseLabels: Bool = false
    ) -> ChoiceAccess where E.RawValue == String {
        ChoiceAccess(values: E.allCases.map(\.rawValue), labels: E.allCases.map(label), optional: false, sheetsUseLabels: sheetsUseLabels,
                     get: { $0[keyPath: path].rawValue },
                     set: { r, word in
                         guard let e = E(rawValue: word) else { return false }
                         r[keyPath: path] = e
                         return true
                     },
                     read: { (r, v) throws(JSONReadError) in v[keyPath: path] = try r.choice(E.self) },
                     write: { v, k, c in try c.encode(v[keyPath: path], forKey: k) })
    }

    /// A choice of `E`'s raw values at `path` that may be absent (null, or not written).
    public static func optional<E: RawRepresentable & CaseIterable & Encodable & Sendable>(
        _ path: RecordPath<R, E?>, label: @escaping @Sendable (E) -> String, sheetsUseLabels: Bool = false
    ) -> ChoiceAccess where E.RawValue == String {
        ChoiceAccess(values: E.allCases.map(\.rawValue), labels: E.allCases.map(label), optional: true, sheetsUseLabels: sheetsUseLabels,
                     get: { $0[keyPath: path]?.rawValue ?? "" },
                     set: { r, word in
                         if word.isEmpty { r[keyPath: path] = nil; return true }
                         guard let e = E(rawValue: word) else { return false }
                         r[keyPath: path] = e
                         return true
                     },
                     read: { (r, v) throws(JSONReadError) in v[keyPath: path] = r.null() ? nil : try r.choice(E.self) },
                     write: { v, k, c in try c.encodeIfPresent(v[keyPath: path], forKey: k) })
    }
}

/// Records held inside a record (a risk's reviews, its residual score), read and written through
/// their own catalogue.
public struct NestedAccess<R>: Sendable {
    /// The JSON keys of the nested record's catalogue.
    public let keys: [String]
    let read: @Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void
    let write: @Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void

    /// One record that must be given.
    public static func one<N: Catalogued>(_ path: RecordPath<R, N>) -> NestedAccess {
        NestedAccess(keys: N.catalogue.jsonKeys,
                     read: { (r, v) throws(JSONReadError) in v[keyPath: path] = try r.read(N.self) },
                     write: { v, k, c in try c.encode(v[keyPath: path], forKey: k) })
    }

    /// A record that may be absent (null, or not written).
    public static func optional<N: Catalogued>(_ path: RecordPath<R, N?>) -> NestedAccess {
        NestedAccess(keys: N.catalogue.jsonKeys,
                     read: { (r, v) throws(JSONReadError) in v[keyPath: path] = r.null() ? nil : try r.read(N.self) },
                     write: { v, k, c in try c.encodeIfPresent(v[keyPath: path], forKey: k) })
    }

    /// A list of records that is absent when empty: none is not written, and an empty or null list
    /// is read as none (an indicator's agreed targets).
    public static func listOrNone<N: Catalogued>(_ path: RecordPath<R, [N]?>) -> NestedAccess {
        NestedAccess(keys: N.catalogue.jsonKeys,
                     read: { (r, v) throws(JSONReadError) in
                         let list = r.null() ? [] : try r.list { (r) throws(JSONReadError) in try r.read(N.self) }
                         v[keyPath: path] = list.isEmpty ? nil : list
                     },
                     write: { v, k, c in try c.encodeIfPresent(v[keyPath: path], forKey: k) })
    }

    /// A list of records.
    public static func list<N: Catalogued>(_ path: RecordPath<R, [N]>) -> NestedAccess {
        NestedAccess(keys: N.catalogue.jsonKeys,
                     read: { (r, v) throws(JSONReadError) in
                         v[keyPath: path] = try r.list { (r) throws(JSONReadError) in try r.read(N.self) }
                     },
                     write: { v, k, c in try c.encode(v[keyPath: path], forKey: k) })
    }
}
