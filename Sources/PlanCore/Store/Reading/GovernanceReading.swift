// How governance.json is read on the load path.

extension Member: JSONReadable {
    /// Reads `Member` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(Member(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "role": v.role = try r.string()
            case "partner": v.partner = try r.optionalString()
            case "organisation": v.organisation = try r.string()
            case "person": v.person = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension BodyLink: JSONReadable {
    /// Reads `BodyLink` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var gotTarget = false
        self = try r.fields(BodyLink(target: "")) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "target": v.target = try r.string(); gotTarget = true
            case "note": v.note = try r.string()
            default: return false
            }
            return true
        }
        if !gotTarget { throw r.missing("target", objectAt: at) }
    }
}

extension DecisionRule: JSONReadable {
    /// Reads `DecisionRule` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(DecisionRule(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "matter": v.matter = try r.string()
            case "rule": v.rule = try r.string()
            case "escalation": v.escalation = try r.string()
            default: return false
            }
            return true
        }
    }
}

extension Body: JSONReadable {
    /// Reads `Body` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(Body(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "name": v.name = try r.string()
            case "acronym": v.acronym = try r.string()
            case "kind": v.kind = try r.choice(BodyKind.self)
            case "tier": v.tier = try r.int()
            case "purpose": v.purpose = try r.string()
            case "termsOfReference": v.termsOfReference = try r.strings()
            case "cadence": v.cadence = try r.read()
            case "chair": v.chair = try r.string()
            case "viceChair": v.viceChair = try r.string()
            case "members": v.members = try r.readList()
            case "parents": v.parents = try r.strings()
            case "links": v.links = try r.readList()
            case "status": v.status = try r.choice(BodyStatus.self)
            case "decisionRules": v.decisionRules = try r.readList()
            case "notes": v.notes = try r.string()
            default: return false
            }
            return true
        }
    }
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
