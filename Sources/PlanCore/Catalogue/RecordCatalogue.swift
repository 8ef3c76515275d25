/// A record type described by a catalogue of its fields.
public protocol Catalogued: JSONReadable, Encodable {
    /// Every field of the record, in the order sheets list them.
    static var catalogue: RecordCatalogue<Self> { get }
}

/// The fields of one record type, in the order sheets list them, and what is done with them:
/// reading a record from JSON field by field, writing it, and listing its sheet columns.
public struct RecordCatalogue<R>: Sendable {
    /// Every field.
    public let fields: [CatalogueField<R>]
    /// The stored fields with their JSON readers, in catalogue order.
    private let readers: [(key: StaticString, read: @Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void)]
    /// The JSON keys a file must carry, in catalogue order.
    private let requiredKeys: [(index: Int, name: String)]
    private let writers: [(key: CatalogueKey, write: @Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void)]
    /// The value reading starts from: every field at its default.
    private let blank: @Sendable () -> R

    /// A catalogue of `fields`; `blank` is the record every field of which is at its default.
    public init(_ fields: [CatalogueField<R>], blank: @escaping @Sendable () -> R) {
        self.fields = fields
        self.blank = blank
        var readers: [(key: StaticString, read: @Sendable (inout JSONReader, inout R) throws(JSONReadError) -> Void)] = []
        var required: [(index: Int, name: String)] = []
        var writers: [(key: CatalogueKey, write: @Sendable (R, CatalogueKey, inout KeyedEncodingContainer<CatalogueKey>) throws -> Void)] = []
        for f in fields {
            guard let key = f.json, let read = f.value.jsonReader, let write = f.value.jsonWriter else { continue }
            if f.requiredInFile { required.append((readers.count, key.description)) }
            readers.append((key, read))
            writers.append((CatalogueKey(stringValue: key.description), write))
        }
        precondition(readers.count <= 64, "a record of more than 64 stored fields")
        self.readers = readers
        self.requiredKeys = required
        self.writers = writers
    }

    /// The keys of the record's JSON, in catalogue order.
    public var jsonKeys: [String] { fields.compactMap(\.jsonName) }

    /// The record's sheet columns on `matrix`.
    public func columns(matrix: RiskMatrix = .standard) -> [FieldDescription] {
        fields.filter(\.inSheets).map { $0.column(matrix: matrix) }
    }

    /// The fields the record's form shows, in order.
    public var formFields: [CatalogueField<R>] { fields.filter { $0.formLabel != nil } }

    /// The field named `name` (its sheet name or, for a field not in sheets, its JSON name).
    public func field(_ name: String) -> CatalogueField<R>? { fields.first { $0.name == name } }

    /// Reads one record, field by field. An unknown key (in strict mode), a value of the wrong type
    /// or a missing required key is an error at its place in the file.
    public func read(_ r: inout JSONReader) throws(JSONReadError) -> R {
        let at = r.i
        var v = blank()
        var seen = 0 as UInt64
        try r.object { (r, key) throws(JSONReadError) in
            for k in readers.indices where readers[k].key ~= key {
                try readers[k].read(&r, &v)
                seen |= 1 << UInt64(k)
                return
            }
            try r.unknownField(key)
        }
        for (k, name) in requiredKeys where seen & (1 << UInt64(k)) == 0 {
            throw r.missing(name, objectAt: at)
        }
        return v
    }

    /// Writes the record's stored fields under their JSON keys.
    public func encode(_ record: R, to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CatalogueKey.self)
        for w in writers { try w.write(record, w.key, &c) }
    }
}
