// How each part of partnership.json is read on the load path. One line per field; a field the
// model gains must be added here too (the store's round-trip tests fail until it is).

extension JSONReader {
    /// Reads `null` as nil, else text.
    public mutating func optionalString() throws(JSONReadError) -> String? { null() ? nil : try string() }

    /// Reads an object whose only required field is `id`, filling `value` field by field.
    mutating func record<T>(_ value: T, id: WritableKeyPath<T, String>,
                            _ field: (inout JSONReader, JSONKey, inout T) throws(JSONReadError) -> Bool)
        throws(JSONReadError) -> T {
        let at = i
        var v = value
        var gotID = false
        try object { (r, key) throws(JSONReadError) in
            if "id" ~= key {
                v[keyPath: id] = try r.string()
                gotID = true
            } else if try !field(&r, key, &v) {
                try r.unknownField(key)
            }
        }
        guard gotID else { throw missing("id", objectAt: at) }
        return v
    }

    /// Reads an object with no required fields, filling `value` field by field.
    mutating func fields<T>(_ value: T,
                            _ field: (inout JSONReader, JSONKey, inout T) throws(JSONReadError) -> Bool)
        throws(JSONReadError) -> T {
        var v = value
        try object { (r, key) throws(JSONReadError) in
            if try !field(&r, key, &v) { try r.unknownField(key) }
        }
        return v
    }
}

extension WorkspaceInfo: JSONReadable {
    /// Reads `WorkspaceInfo` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(WorkspaceInfo()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "description": v.description = try r.string()
            case "sources": v.sources = try r.strings()
            case "asOf": v.asOf = try r.readOptional(Day.self)
            case "provenance": v.provenance = try r.readOptional(Provenance.self)
            default: return false
            }
            return true
        }
    }
}

extension StrategicLink: JSONReadable {
    /// Reads `StrategicLink` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(StrategicLink(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "plan": v.plan = try r.string()
            case "kind": v.kind = try r.choice(StrategicLinkKind.self)
            case "owner": v.owner = try r.string()
            case "relationship": v.relationship = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension Partnership: JSONReadable {
    /// Reads `Partnership` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Partnership()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "name": v.name = try r.string()
            case "shortName": v.shortName = try r.string()
            case "area": v.area = try r.string()
            case "vision": v.vision = try r.string()
            case "storyOfPlace": v.storyOfPlace = try r.string()
            case "communityStrategyLink": v.communityStrategyLink = try r.string()
            case "lessonsLearnt": v.lessonsLearnt = try r.strings()
            case "keyChallenges": v.keyChallenges = try r.strings()
            case "strategicLinks": v.strategicLinks = try r.readList()
            default: return false
            }
            return true
        }
    }
}

extension Representative: JSONReadable {
    /// Reads `Representative` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Partner: JSONReadable {
    /// Reads `Partner` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Cadence: JSONReadable {
    /// Reads `Cadence` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Cadence()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "rule": v.rule = try r.choice(CadenceRule.self)
            case "interval":
                let at = r.i
                v.interval = try r.int()
                if v.interval < 1 { throw r.error("expected a whole number from 1", at: at) }
            case "months": v.months = try r.list { (r) throws(JSONReadError) in try r.int() }
            case "text": v.text = try r.string()
            case "anchor": v.anchor = try r.readOptional(Day.self)
            default: return false
            }
            return true
        }
    }
}

extension EngagementMechanism: JSONReadable {
    /// Reads `EngagementMechanism` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension GlossaryTerm: JSONReadable {
    /// Reads `GlossaryTerm` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}
