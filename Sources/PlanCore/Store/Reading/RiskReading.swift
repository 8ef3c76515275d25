// How risks.json and the risk files are read on the load path: each record field by field from
// its catalogue (Catalogue/RiskCatalogue.swift); the register's own settings below.

extension RiskScore: JSONReadable {
    /// Reads `RiskScore` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Mitigation: JSONReadable {
    /// Reads `Mitigation` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension RiskReview: JSONReadable {
    /// Reads `RiskReview` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension RiskStatusChange: JSONReadable {
    /// Reads `RiskStatusChange` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Risk: JSONReadable {
    /// Reads a risk from its catalogue, then refuses a risk with some of its three scores but not all.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        self = try Self.catalogue.read(&r)
        let missing = missingScores
        if !missing.isEmpty {
            throw r.error("the \(missing.joined(separator: " and ")) score\(missing.count == 1 ? " is" : "s are") missing: "
                          + "give all three scores (inherent, residual, target), or none for a risk not yet scored", at: at)
        }
    }
}

extension ScaleLevel: JSONReadable {
    /// Reads `ScaleLevel` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(ScaleLevel(label: "")) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "label": v.label = try r.string()
            case "description": v.description = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension RiskBand: JSONReadable {
    /// Reads `RiskBand` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(RiskBand(name: "", minScore: 1, colour: "", reviewDays: 90)) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "name": v.name = try r.string()
            case "minScore": v.minScore = try r.int()
            case "colour": v.colour = try r.string()
            case "reviewDays":
                let at = r.i
                v.reviewDays = try r.int()
                if v.reviewDays < 1 { throw r.error("expected a whole number of days from 1", at: at) }
            default: return false
            }
            return true
        }
    }
}

extension RiskMatrix: JSONReadable {
    /// Reads `RiskMatrix` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(RiskMatrix.standard) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "likelihood": v.likelihood = try r.readList()
            case "impact": v.impact = try r.readList()
            case "bands": v.bands = try r.readList()
            default: return false
            }
            return true
        }
    }
}

extension RiskAppetite: JSONReadable {
    /// Reads `RiskAppetite` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(RiskAppetite(category: "", maxScore: 0)) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "category": v.category = try r.string()
            case "maxScore": v.maxScore = try r.int()
            case "statement": v.statement = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension RiskRegister: JSONReadable {
    /// Reads `RiskRegister` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(RiskRegister()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "matrix": v.matrix = try r.read()
            case "appetite": v.appetite = try r.readList()
            case "categories": v.categories = try r.strings()
            case "risks": v.risks = try r.readList()
            case "daysToScore":
                let at = r.i
                if r.null() { v.daysToScore = nil; return true }
                let days = try r.int()
                if days < 0 { throw r.error("expected a whole number of days from 0", at: at) }
                v.daysToScore = days
            default: return false
            }
            return true
        }
    }
}
