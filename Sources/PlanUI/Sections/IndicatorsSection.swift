import PlanCore

/// Indicators: baseline, this year's target, latest actual, RAG, trend and a sparkline.
enum IndicatorsSection {
    static func model(_ s: AppState) -> SectionModel {
        let ws = s.workspace
        let year = ws.plan.currentYear
        let rows = ws.indicators.map { i -> Row in
            let gaps = i.gaps(for: year)
            var tags = ["is:\(i.rag?.rawValue ?? "unrated")", "is:\(i.trend.rawValue)"]
            if i.laa { tags.append("is:laa") }
            if i.stretch { tags.append("is:stretch") }
            if !gaps.isEmpty { tags.append("is:incomplete") }
            let spark = Fmt.sparkline(i.sortedActuals.suffix(8).map(\.value), glyphs: s.charset.glyphs)
            return Row(id: i.id, ref: RecordRef(.indicator, i.id),
                       cells: [Span(i.code, .recordID), Span(i.title + (gaps.isEmpty ? "" : "  ! no " + gaps.joined(separator: ", ")),
                                                           gaps.isEmpty ? .normal : .warning),
                               Span(Fmt.number(i.baseline), i.baseline == nil ? .warning : .normal),
                               Span(Fmt.number(i.target(for: year)), i.target(for: year) == nil ? .warning : .normal),
                               Span(Fmt.number(i.latest?.value)), Fmt.ragSpan(i.rag),
                               Span(trendArrow(i.trend, s.charset.glyphs), i.trend == .worsening ? .error : i.trend == .improving ? .ok : .dim),
                               Span(spark, .chartLine)],
                       tags: tags, adds: [AddTarget(.indicator), AddTarget(.quarterActual, parent: i.id),
                                          AddTarget(.yearTarget, parent: i.id)])
        }
        return SectionModel(columns: [Column("Code", width: 7), Column("Indicator"), Column("Baseline", width: 8, right: true),
                                      Column("Target", width: 7, right: true), Column("Latest", width: 7, right: true),
                                      Column("RAG", width: 5), Column("", width: 1), Column("Quarters", width: 8)],
                            rows: rows, empty: "No indicators yet: press a to add one.", adds: [AddTarget(.indicator)])
    }

    static func trendArrow(_ t: Trend, _ g: Glyphs) -> String {
        switch t {
        case .improving: return g.arrowUp
        case .worsening: return g.arrowDown
        case .steady: return g.arrowRight
        case .unknown: return " "
        }
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        guard let i = s.workspace.indicator(row.ref?.id) else { return [] }
        let ref = RecordRef(.indicator, i.id)
        var d = DetailBuilder()
        d.line(DetailLine([Span(i.code + " ", .strong), Span(i.title, .strong)], ref: ref))
        d.field("Polarity", i.polarity.label, ref: ref)
        d.field("Unit", i.unit, ref: ref)
        d.field("Baseline", i.baseline.map { NumberFormat.grouped($0) + (i.baselinePeriod.isEmpty ? "" : " (\(i.baselinePeriod))") } ?? "",
                role: i.baseline == nil ? .warning : .normal, ref: ref)
        d.field("Flags", [i.laa ? "LAA" : nil, i.stretch ? "stretch target" : nil].compactMap { $0 }.joined(separator: ", "), ref: ref)
        for t in i.agreed {
            d.field(t.kind.label + " target", t.summary.capitalizedFirst + (t.note.isEmpty ? "" : " — " + t.note),
                    role: t.value == nil ? .warning : .normal, ref: ref)
        }
        d.field("Tolerance", NumberFormat.grouped(i.tolerance) + "% of target for amber", ref: ref)
        d.field("Source", i.source, ref: ref)
        d.line(DetailLine([Span("  Latest: ", .label), Span(Fmt.number(i.latest?.value) + " "), Fmt.ragSpan(i.rag),
                           Span(" · " + i.trend.label, .dim)], indent: 2))
        d.heading("Actuals by quarter against the target")
        for line in IndicatorChart.lines(i, glyphs: s.charset.glyphs) { d.line(line) }
        d.heading("Targets")
        for (k, t) in i.targets.enumerated() {
            d.item([Span(t.year.description + ": "), Span(NumberFormat.grouped(t.value), .strong)],
                   ref: RecordRef(.yearTarget, String(k), parent: i.id))
        }
        d.add("Add a target", AddTarget(.yearTarget, parent: i.id))
        d.heading("Quarterly actuals")
        for (k, a) in i.actuals.enumerated().reversed() {
            let target = i.target(for: a.quarter.year)
            let rag = target.map { i.rag(value: a.value, target: $0) }
            d.item([Span(a.quarter.description + ": "), Span(NumberFormat.grouped(a.value), .strong), Span(" "), Fmt.ragSpan(rag),
                    Span(a.note.isEmpty ? "" : " " + a.note, .dim)], ref: RecordRef(.quarterActual, String(k), parent: i.id))
        }
        d.add("Enter a quarter's actual", AddTarget(.quarterActual, parent: i.id))
        let linked = s.workspace.priorities.filter { $0.indicators.contains(i.id) }
        if !linked.isEmpty {
            d.heading("Priorities")
            for p in linked { d.item([Span(p.title)], jump: PlanLocation(.priorities, record: p.id)) }
        }
        return d.lines
    }
}
