// How governance.json is read on the load path: bodies with their members, links and decision
// rules field by field from their catalogues (Catalogue/BodyCatalogue.swift), the rest by hand.

extension Member: JSONReadable {
    /// Reads `Member` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension BodyLink: JSONReadable {
    /// Reads `BodyLink` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension DecisionRule: JSONReadable {
    /// Reads `DecisionRule` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Body: JSONReadable {
    /// Reads `Body` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension GovernanceProposal: JSONReadable {
    /// Reads `GovernanceProposal` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(GovernanceProposal(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "title": v.title = try r.string()
            case "description": v.description = try r.string()
            case "createdOn": v.createdOn = try r.readOptional(Day.self)
            case "status": v.status = try r.choice(ProposalStatus.self)
            case "decidedOn": v.decidedOn = try r.readOptional(Day.self)
            case "bodies": v.bodies = try r.readList()
            default: return false
            }
            return true
        }
    }
}

extension FormerStructure: JSONReadable {
    /// Reads `FormerStructure` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(FormerStructure(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "title": v.title = try r.string()
            case "replacedOn": v.replacedOn = try r.readOptional(Day.self)
            case "bodies": v.bodies = try r.readList()
            default: return false
            }
            return true
        }
    }
}

extension Governance: JSONReadable {
    /// Reads `Governance` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Governance()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "partnershipBoard": v.partnershipBoard = try r.optionalString()
            case "bodies": v.bodies = try r.readList()
            case "proposals": v.proposals = try r.readList()
            case "formerStructures": v.formerStructures = try r.readList()
            case "meetings": v.meetings = try r.readList()
            case "papers": v.papers = try r.readList()
            default: return false
            }
            return true
        }
    }
}
