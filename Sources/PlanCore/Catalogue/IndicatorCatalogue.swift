// An indicator and its year targets, quarterly actuals and agreed targets, field by field: the one
// description that reading and writing indicators.json, the indicator sheet's columns and import
// matching, and the indicator, target and actual forms all read. The sheet's "Target 2026-27" and
// "Actual 2026-27 Q1" columns are made per year and quarter by `IndicatorSchema` (custom).

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
    ], blank: { QuarterActual(quarter: Quarter(year: FinancialYear(0), number: 1) ?? Quarter(containing: Day(dayNumber: 0)), value: 0) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension AgreedTarget: Catalogued {
    /// A stretch or local target: its kind is required; its value may be not yet recorded. The
    /// indicator sheet lists them in its "Stretch target" and "Local target" columns (custom).
    public static let catalogue = RecordCatalogue<AgreedTarget>([
        CatalogueField("kind", json: "kind", "Kind", .choice(.of(\.kind, label: \.label)), required: true, requiredInFile: true,
                       inSheets: false),
        CatalogueField("value", json: "value", "Value", .number(\.value), inSheets: false),
        CatalogueField("year", json: "year", "Year", .optionalYear(\.year), inSheets: false),
        CatalogueField("note", json: "note", "Note", .text(\.note, .paragraph), inSheets: false),
    ], blank: { AgreedTarget(kind: .stretch) })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}

extension Indicator: Catalogued {
    /// Every field of an indicator, in the order the indicator sheet lists them before its per-year
    /// target and per-quarter actual columns. Agreed targets are stored as records of their own and
    /// listed in sheets in the "Stretch target" and "Local target" columns (custom); none stored is
    /// written as no key, and an empty list is read as none.
    public static let catalogue = RecordCatalogue<Indicator>([
        CatalogueField("id", json: "id", "Id", .text(\.id, .line), synonyms: ["indicator id"], requiredInFile: true, form: .hidden),
        CatalogueField("code", json: "code", "Code", .text(\.code, .line),
                       synonyms: ["ni", "ni ref", "ni no", "ref", "indicator ref", "pi", "pi ref", "reference", "indicator code"]),
        CatalogueField("title", json: "title", "Indicator", .text(\.title, .line),
                       synonyms: ["title", "description", "indicator description", "measure", "performance indicator", "name"],
                       required: true, form: .labelled("Title")),
        CatalogueField("polarity", json: "polarity", "Polarity", .choice(.of(\.polarity, label: \.label, sheetsUseLabels: true)),
                       synonyms: ["good is", "good performance is", "direction"]),
        CatalogueField("unit", json: "unit", "Unit", .text(\.unit, .line), synonyms: ["units", "unit of measure", "measured as"]),
        CatalogueField("baseline", json: "baseline", "Baseline", .number(\.baseline), synonyms: ["baseline value", "base"]),
        CatalogueField("baseline_period", json: "baselinePeriod", "Baseline period", .text(\.baselinePeriod, .line),
                       synonyms: ["baseline year", "base year"]),
        CatalogueField("stretch", json: "stretch", "Stretch", .flag(\.stretch), synonyms: ["lpsa stretch", "stretch indicator"],
                       form: .labelled("Stretch target")),
        CatalogueField("laa", json: "laa", "LAA", .flag(\.laa), synonyms: ["laa indicator", "local area agreement"],
                       form: .labelled("LAA indicator")),
        CatalogueField("stretch_target", json: nil, "Stretch target", .custom,
                       synonyms: ["stretch target", "stretch target value", "agreed stretch target", "lpsa stretch target", "laa stretch target"],
                       help: "Stretch targets agreed with government, one a line: value | year | note; "
                           + "\"\(AgreedTargetCells.notRecorded)\" when the value is not known", form: .hidden, sheetKind: .lines),
        CatalogueField("local_target", json: nil, "Local target", .custom,
                       synonyms: ["local target", "local target value", "locally agreed target", "partnership target"],
                       help: "Targets the partnership set itself, one a line: value | year | note; "
                           + "\"\(AgreedTargetCells.notRecorded)\" when the value is not known", form: .hidden, sheetKind: .lines),
        CatalogueField("tolerance", json: "tolerance", "Tolerance %", .requiredNumber(\.tolerance), synonyms: ["tolerance", "amber tolerance"]),
        CatalogueField("source", json: "source", "Source", .text(\.source, .line), synonyms: ["data source", "source of data"]),
        CatalogueField("latest", json: nil, "Latest", .derived, synonyms: ["latest value", "latest actual"], form: .hidden),
        CatalogueField("latest_quarter", json: nil, "Latest quarter", .derived, form: .hidden),
        CatalogueField("rag", json: nil, "RAG", .derived, synonyms: ["rag status", "rating"], form: .hidden),
        CatalogueField("trend", json: nil, "Trend", .derived, synonyms: ["direction of travel"], form: .hidden),
        CatalogueField("targets", json: "targets", "Targets", .records(.list(\.targets)), inSheets: false, form: .hidden),
        CatalogueField("actuals", json: "actuals", "Actuals", .records(.list(\.actuals)), inSheets: false, form: .hidden),
        CatalogueField("agreedTargets", json: "agreedTargets", "Agreed targets", .records(.listOrNone(\.agreedTargets)), inSheets: false,
                       form: .hidden),
    ], blank: { Indicator(id: "") })

    /// Writes the stored fields under the catalogue's JSON keys.
    public func encode(to encoder: any Encoder) throws { try Self.catalogue.encode(self, to: encoder) }
}
