// How actions.json, indicators.json and budget.json are read on the load path: the action plans'
// records field by field from their catalogue (Catalogue/DeliveryCatalogue.swift), the budget's
// funding lines, carry-forwards and allocations from theirs (FundingCatalogue.swift), the rest by hand.

extension SmartTarget: JSONReadable {
    /// Reads `SmartTarget` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension ActionResources: JSONReadable {
    /// Reads `ActionResources` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension ProgressUpdate: JSONReadable {
    /// Reads `ProgressUpdate` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension PlanAction: JSONReadable {
    /// Reads `PlanAction` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension ActionPlan: JSONReadable {
    /// Reads `ActionPlan` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension YearTarget: JSONReadable {
    /// Reads `YearTarget` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var year: FinancialYear?, value: Double?
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "year": year = try r.read()
            case "value": value = try r.double()
            default: try r.unknownField(key)
            }
        }
        guard let year else { throw r.missing("year", objectAt: at) }
        guard let value else { throw r.missing("value", objectAt: at) }
        self.init(year: year, value: value)
    }
}

extension QuarterActual: JSONReadable {
    /// Reads `QuarterActual` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var quarter: Quarter?, value: Double?, note = ""
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "quarter": quarter = try r.read()
            case "value": value = try r.double()
            case "note": note = try r.string()
            default: try r.unknownField(key)
            }
        }
        guard let quarter else { throw r.missing("quarter", objectAt: at) }
        guard let value else { throw r.missing("value", objectAt: at) }
        self.init(quarter: quarter, value: value, note: note)
    }
}

extension AgreedTarget: JSONReadable {
    /// Reads `AgreedTarget` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var kind: TargetKind?
        var rest = (value: Double?.none, year: FinancialYear?.none, note: "")
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "kind": kind = try r.choice(TargetKind.self)
            case "value": rest.value = r.null() ? nil : try r.double()
            case "year": rest.year = try r.readOptional(FinancialYear.self)
            case "note": rest.note = try r.string()
            default: try r.unknownField(key)
            }
        }
        guard let kind else { throw r.missing("kind", objectAt: at) }
        self.init(kind: kind, value: rest.value, year: rest.year, note: rest.note)
    }
}

extension Indicator: JSONReadable {
    /// Reads `Indicator` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.record(Indicator(id: ""), id: \.id) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "code": v.code = try r.string()
            case "title": v.title = try r.string()
            case "polarity": v.polarity = try r.choice(Polarity.self)
            case "unit": v.unit = try r.string()
            case "baseline": v.baseline = r.null() ? nil : try r.double()
            case "baselinePeriod": v.baselinePeriod = try r.string()
            case "targets": v.targets = try r.readList()
            case "actuals": v.actuals = try r.readList()
            case "stretch": v.stretch = try r.bool()
            case "laa": v.laa = try r.bool()
            case "tolerance": v.tolerance = try r.double()
            case "source": v.source = try r.string()
            case "agreedTargets":
                if r.null() { v.agreedTargets = nil } else {
                    let list: [AgreedTarget] = try r.readList()
                    v.agreedTargets = list.isEmpty ? nil : list
                }
            default: return false
            }
            return true
        }
    }
}

extension FundingLine: JSONReadable {
    /// Reads `FundingLine` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension CarryForward: JSONReadable {
    /// Reads `CarryForward` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Allocation: JSONReadable {
    /// Reads `Allocation` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension StatedTotal: JSONReadable {
    /// Reads `StatedTotal` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        let at = r.i
        var year: FinancialYear?, amount: Money?, source = ""
        try r.object { (r, key) throws(JSONReadError) in
            switch key {
            case "year": year = try r.read()
            case "amount": amount = try r.read()
            case "source": source = try r.string()
            default: try r.unknownField(key)
            }
        }
        guard let year else { throw r.missing("year", objectAt: at) }
        guard let amount else { throw r.missing("amount", objectAt: at) }
        self.init(year: year, amount: amount, source: source)
    }
}

extension Budget: JSONReadable {
    /// Reads `Budget` straight from its JSON on the load path, key by key as decoding it
    /// would; a missing required key or a value of the wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) {
        self = try r.fields(Budget()) { (r, key, v) throws(JSONReadError) in
            switch key {
            case "fundingLines": v.fundingLines = try r.readList()
            case "carryForwards": v.carryForwards = try r.readList()
            case "allocations": v.allocations = try r.readList()
            case "statedTotals": v.statedTotals = try r.readList()
            default: return false
            }
            return true
        }
    }
}
