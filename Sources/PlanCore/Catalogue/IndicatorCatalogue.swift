// An indicator's targets and quarterly actuals, field by field: the one description that reading
// and writing them in indicators.json and their forms read. They are not sheet rows of their own:
// the indicator sheet's "Target 2026-27" and "Actual 2026-27 Q1" columns are made per year and
// quarter by `IndicatorSchema`.

extension YearTarget: Catalogued {
    /// A year's target: both the year and the value are required.
    public static let catalogue = RecordCatalogue<YearTarget>([
        CatalogueField("year", json: "year", "Year", .year(\.year), required: true, requiredInFile: true, inSheets: false),
        CatalogueField("value", json: "value", "Target", .requiredNumber(\.value), required: true, requiredInFile: true, inSheets: false),
    ], blank: { YearTarget(year: FinancialYear(0), value: 0) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension QuarterActual: Catalogued {
    /// A quarter's actual: the quarter and the value are required.
    public static let catalogue = RecordCatalogue<QuarterActual>([
        CatalogueField("quarter", json: "quarter", "Quarter", .quarter(\.quarter), required: true, requiredInFile: true, inSheets: false),
        CatalogueField("value", json: "value", "Actual", .requiredNumber(\.value), required: true, requiredInFile: true, inSheets: false),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph), inSheets: false),
    ], blank: { QuarterActual(quarter: Quarter(containing: Day(dayNumber: 0)), value: 0) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
