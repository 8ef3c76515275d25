// How risks.json is read on the load path.

extension RiskScore: JSONReadable {
    /// Reads `RiskScore` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var l: Int?, i: Int?
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "likelihood": l = try r.int()
            case "impact": i = try r.int()
            default: try r.unknownField(key)
            }
        }
        guard let l else { throw r.missing("likelihood", objectAt: at) }
        guard let i else { throw r.missing("impact", objectAt: at) }
        self.init(likelihood: l, impact: i)
    }
}

extension Mitigation: JSONReadable {
    /// Reads `Mitigation` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Mitigation()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "description": v.description = try r.string()
            case "action": v.action = try r.optionalString()
            case "owner": v.owner = try r.string()
            case "due": v.due = try r.readOptional(Day.self)
            default: return false
            }
            return true
        }
    }
}

extension RiskReview: JSONReadable {
    /// Reads `RiskReview` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var date: Day?, residual: RiskScore?
        var rest = (target: RiskScore?.none, inherent: RiskScore?.none, note: "", reviewer: "")
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "date": date = try r.read()
            case "residual": residual = try r.read()
            case "target": rest.target = try r.readOptional(RiskScore.self)
            case "inherent": rest.inherent = try r.readOptional(RiskScore.self)
            case "note": rest.note = try r.string()
            case "reviewer": rest.reviewer = try r.string()
            default: try r.unknownField(key)
            }
        }
        guard let date else { throw r.missing("date", objectAt: at) }
        guard let residual else { throw r.missing("residual", objectAt: at) }
        self.init(date: date, residual: residual, target: rest.target, inherent: rest.inherent, note: rest.note,
                  reviewer: rest.reviewer)
    }
}

extension RiskStatusChange: JSONReadable {
    /// Reads `RiskStatusChange` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var date: Day?, status: RiskStatus?, reason = ""
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "date": date = try r.read()
            case "status": status = try r.choice(RiskStatus.self)
            case "reason": reason = try r.string()
            default: try r.unknownField(key)
            }
        }
        guard let date else { throw r.missing("date", objectAt: at) }
        guard let status else { throw r.missing("status", objectAt: at) }
        self.init(date: date, status: status, reason: reason)
    }
}

extension Risk: JSONReadable {
    /// Reads `Risk` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        self = try r.record(Risk(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "title": v.title = try r.string()
            case "ref": v.ref = try r.optionalString()
            case "cause": v.cause = try r.string()
            case "event": v.event = try r.string()
            case "consequence": v.consequence = try r.string()
            case "category": v.category = try r.string()
            case "owner": v.owner = try r.string()
            case "inherent": v.inherent = try r.readOptional(RiskScore.self)
            case "residual": v.residual = try r.readOptional(RiskScore.self)
            case "target": v.target = try r.readOptional(RiskScore.self)
            case "controls": v.controls = try r.strings()
            case "mitigations": v.mitigations = try r.readList()
            case "status": v.status = try r.choice(RiskStatus.self)
            case "raisedOn": v.raisedOn = try r.readOptional(Day.self)
            case "lastReview": v.lastReview = try r.readOptional(Day.self)
            case "nextReview": v.nextReview = try r.readOptional(Day.self)
            case "reviews": v.reviews = try r.readList()
            case "statusHistory": v.statusHistory = try r.readList()
            case "priorities": v.priorities = try r.strings()
            case "bodies": v.bodies = try r.strings()
            default: return false
            }
            return true
        }
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
