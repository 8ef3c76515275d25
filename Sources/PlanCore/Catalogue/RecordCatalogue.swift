/// A record type described by a catalogue of its fields.
public protocol Catalogued: JSONReadable, Encodable {
    /// Every field of the record, in the order sheets list them.
    static var catalogue: RecordCatalogue<Self> { get }
}

/// The fields of one record type, in the order sheets list them, and what is done with them:
/// reading a record from JSON field by field, writing it, and listing its sheet columns.
///
/// A class, so that reading one of many small records (an indicator's actuals) neither copies nor
/// retains the catalogue's tables. Reading finds a key's field from where the previous key's
/// field stood in key order (files are written with their keys sorted), and plain values are
/// read and written through their byte offset in the record (`FieldSlot`).
public final class RecordCatalogue<R>: Sendable {
    /// One stored field on the read and write paths: a trivial value, so looking at it copies nothing.
    private struct Entry {
        let key: StaticString
        /// The plain value's slot, or nil when `code` reads and writes it.
        let slot: FieldSlot?
        /// The value's byte offset in the record, for a slot.
        let offset: Int
        /// The index of the field's reader and writer in `readers` and `writers`, for no slot.
        let code: Int
    }

    /// Every field.
    public let fields: [CatalogueField<R>]
    /// The stored fields, sorted by key.
    private let byKey: [Entry]
    /// The stored fields, in catalogue order (the order they are written in).
    private let inOrder: [Entry]
    /// The JSON keys a file must carry, in catalogue order, with their place in `byKey` and the
    /// field's name in messages.
    private let requiredKeys: [(index: Int, name: String, label: String)]
    /// All of `requiredKeys`, as bits of `byKey` places.
    private let requiredMask: UInt64
    private let readers: [@Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void]
    private let writers: [@Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void]
    /// The coding keys, in catalogue order.
    private let codingKeys: [CatalogueKey]
    /// The value reading starts from: every field at its default.
    private let blank: @Sendable () -> R

    /// A catalogue of `fields`; `blank` is the record every field of which is at its default.
    public init(_ fields: [CatalogueField<R>], blank: @escaping @Sendable () -> R) {
        self.fields = fields
        self.blank = blank
        var entries: [Entry] = []
        var readers: [@Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void] = []
        var writers: [@Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void] = []
        var required: [(name: String, label: String)] = []
        for f in fields {
            guard let key = f.json, let read = f.value.jsonReader, let write = f.value.jsonWriter else { continue }
            if f.requiredInFile { required.append((key.description, f.messageName)) }
            if let (slot, offset) = f.value.slot {
                entries.append(Entry(key: key, slot: slot, offset: offset, code: -1))
            } else {
                entries.append(Entry(key: key, slot: nil, offset: 0, code: readers.count))
                readers.append(read)
                writers.append(write)
            }
        }
        precondition(entries.count <= 64, "a record of more than 64 stored fields")
        let byKey = entries.sorted { Array($0.key.description.utf8).lexicographicallyPrecedes(Array($1.key.description.utf8)) }
        let requiredKeys = required.compactMap { r in byKey.firstIndex { $0.key.description == r.name }.map { ($0, r.name, r.label) } }
        self.byKey = byKey
        self.inOrder = entries
        self.requiredKeys = requiredKeys
        self.requiredMask = requiredKeys.reduce(UInt64(0)) { (mask: UInt64, k: (Int, String, String)) in mask | 1 << UInt64(k.0) }
        self.readers = readers
        self.writers = writers
        self.codingKeys = entries.map { CatalogueKey(stringValue: $0.key.description) }
    }

    /// The keys of the record's JSON, in catalogue order.
    public var jsonKeys: [String] { fields.compactMap(\.jsonName) }

    /// The record's sheet columns on `matrix`.
    public func columns(matrix: RiskMatrix = .standard) -> [FieldDescription] {
        fields.filter(\.inSheets).map { $0.column(matrix: matrix) }
    }

    /// The fields the record's form shows, in order.
    public var formFields: [CatalogueField<R>] { fields.filter { $0.formLabel != nil } }

    /// The field named `name` in a sentence of a message ("has no title"); `name` itself when the
    /// catalogue has no such field.
    public func inSentence(_ name: String) -> String { field(name)?.inSentence ?? name }

    /// The field named `name` (its sheet name or, for a field not in sheets, its JSON name).
    public func field(_ name: String) -> CatalogueField<R>? { fields.first { $0.name == name } }

    /// Reads one record, field by field. An unknown key (in strict mode), a value of the wrong type
    /// or a missing required key is an error at its place in the file.
    public func read(_ r: inout JSONReader) throws(JSONReadError) -> R {
        let at = r.i
        var v = blank()
        var seen = 0 as UInt64
        var next = 0
        try r.object { (r, key) throws(JSONReadError) in
            guard let k = place(of: key, from: next) else { return try r.unknownField(key) }
            let entry = byKey[k]
            if let slot = entry.slot {
                try slot.read(&r, into: &v, at: entry.offset)
            } else {
                try readers[entry.code](&r, &v)
            }
            seen |= 1 << UInt64(k)
            next = k + 1
        }
        if seen & requiredMask != requiredMask, let (_, name, label) = requiredKeys.first(where: { seen & (1 << UInt64($0.index)) == 0 }) {
            throw r.missing(name, label: label, objectAt: at)
        }
        return v
    }

    /// The place in `byKey` of the field named `key`: tried first at `guess` (where the next key of
    /// a sorted file stands), then everywhere.
    @inline(__always)
    private func place(of key: JSONKey, from guess: Int) -> Int? {
        if guess < byKey.count, byKey[guess].key ~= key { return guess }
        for k in byKey.indices where k != guess && byKey[k].key ~= key { return k }
        return nil
    }

    /// Writes the record's stored fields under their JSON keys.
    public func encode(_ record: R, to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CatalogueKey.self)
        for (n, entry) in inOrder.enumerated() {
            if let slot = entry.slot {
                try slot.write(record, at: entry.offset, codingKeys[n], &c)
            } else {
                try writers[entry.code](record, codingKeys[n], &c)
            }
        }
    }
}
