// How actions.json, indicators.json and budget.json are read on the load path: the action plans'
// records field by field from their catalogue (Catalogue/DeliveryCatalogue.swift), the budget's
// funding lines, carry-forwards and allocations from theirs (FundingCatalogue.swift), indicators
// with their targets and actuals from theirs (IndicatorCatalogue.swift), the rest by hand.

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
    /// Reads `YearTarget` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension QuarterActual: JSONReadable {
    /// Reads `QuarterActual` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension AgreedTarget: JSONReadable {
    /// Reads `AgreedTarget` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
}

extension Indicator: JSONReadable {
    /// Reads `Indicator` field by field from its catalogue; a missing required key or a value of the
    /// wrong kind is an error naming its place.
    public init(reading r: inout JSONReader) throws(JSONReadError) { self = try Self.catalogue.read(&r) }
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
