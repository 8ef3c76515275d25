// How a demo workspace's provenance is read on the load path (inside partnership.json's info).

extension SourceNote: JSONReadable {
    /// Reads `SourceNote` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(SourceNote(record: "", source: "", place: "", quote: "")) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "record": v.record = try r.string()
            case "field": v.field = try r.optionalString()
            case "source": v.source = try r.string()
            case "place": v.place = try r.string()
            case "quote": v.quote = try r.string()
            case "value": v.value = try r.optionalString()
            default: return false
            }
            return true
        }
    }
}

extension SourceDocument: JSONReadable {
    /// Reads `SourceDocument` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(SourceDocument(id: "", title: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "title": v.title = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension Provenance: JSONReadable {
    /// Reads `Provenance` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Provenance()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "documents": v.documents = try r.readList()
            case "notes": v.notes = try r.readList()
            case "examples": v.examples = try r.strings()
            default: return false
            }
            return true
        }
    }
}
