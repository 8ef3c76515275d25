import PlanCore

/// Schemas for indicators and the budget.
enum PerformanceSchemas {
    static let indicator = Schema<Indicator>.listed(
        .indicator, noun: "indicator",
        fields: CatalogueForm.fields(Indicator.catalogue, custom: ["code": { .text($0, \.code, help: "e.g. NI 15") }]),
        list: \.indicators, idPrefix: "ind-",
        make: { _, id, _ in Indicator(id: id) },
        remove: { ws, ref in ws.removeIndicator(ref.id) },
        dependents: { ws, ref in ws.dependents(ofIndicator: ref.id) },
        title: { [$0.code, $0.title].filter { !$0.isEmpty }.joined(separator: " ") })

    static func indicatorIndex(_ ws: Workspace, _ id: String?) -> Int? { ws.indicators.firstIndex { $0.id == id } }

    static let yearTarget = Schema<YearTarget>(
        kind: .yearTarget, noun: "target",
        fields: CatalogueForm.fields(YearTarget.catalogue),
        find: { ws, ref in ws.indicator(ref.parent).flatMap { Store.at($0.targets, ref.id) } },
        make: { ws, _ in YearTarget(year: ws.plan.currentYear, value: 0) },
        store: { ws, t, ref, parent in
            let owner = ref?.parent ?? parent
            var index = 0
            if let i = indicatorIndex(ws, owner) {
                // One target per year: a new one for a year already set replaces it.
                if ref == nil, let same = ws.indicators[i].targets.firstIndex(where: { $0.year == t.year }) {
                    ws.indicators[i].targets[same] = t
                    index = same
                } else {
                    index = Store.put(&ws.indicators[i].targets, t, at: ref?.id)
                }
                ws.indicators[i].targets.sort { $0.year < $1.year }
                index = ws.indicators[i].targets.firstIndex { $0.year == t.year } ?? index
            }
            return RecordRef(.yearTarget, String(index), parent: owner)
        },
        remove: { ws, ref in if let i = indicatorIndex(ws, ref.parent) { Store.remove(&ws.indicators[i].targets, at: ref.id) } },
        dependents: { _, _ in [] },
        title: { "target for \($0.year)" },
        missingOwner: MissingOwner.named("indicator") { ws, id in indicatorIndex(ws, id) != nil })

    static let quarterActual = Schema<QuarterActual>(
        kind: .quarterActual, noun: "quarterly actual",
        fields: CatalogueForm.fields(QuarterActual.catalogue),
        find: { ws, ref in ws.indicator(ref.parent).flatMap { Store.at($0.actuals, ref.id) } },
        make: { ws, parent in
            let next = ws.indicator(parent)?.latest?.quarter.next ?? Quarter(containing: Today.resolve(for: ws.info)).previous
            return QuarterActual(quarter: next, value: 0)
        },
        store: { ws, a, ref, parent in
            let owner = ref?.parent ?? parent
            var index = 0
            if let i = indicatorIndex(ws, owner) {
                if ref == nil, let same = ws.indicators[i].actuals.firstIndex(where: { $0.quarter == a.quarter }) {
                    ws.indicators[i].actuals[same] = a
                } else {
                    _ = Store.put(&ws.indicators[i].actuals, a, at: ref?.id)
                }
                ws.indicators[i].actuals.sort { $0.quarter < $1.quarter }
                index = ws.indicators[i].actuals.firstIndex { $0.quarter == a.quarter } ?? 0
            }
            return RecordRef(.quarterActual, String(index), parent: owner)
        },
        remove: { ws, ref in if let i = indicatorIndex(ws, ref.parent) { Store.remove(&ws.indicators[i].actuals, at: ref.id) } },
        dependents: { _, _ in [] },
        title: { "\($0.quarter) actual" },
        missingOwner: MissingOwner.named("indicator") { ws, id in indicatorIndex(ws, id) != nil })

    static let fundingLine = Schema<FundingLine>.listed(
        .fundingLine, noun: "funding line",
        fields: CatalogueForm.fields(FundingLine.catalogue, custom: ["amount": { .amountOrUnknown($0, \.amount) }]),
        list: \.budget.fundingLines, idPrefix: "line-",
        make: { ws, id, _ in FundingLine(id: id, year: ws.plan.currentYear) },
        remove: { ws, ref in ws.removeFundingLine(ref.id) },
        dependents: { ws, ref in ws.dependents(ofFundingLine: ref.id) },
        title: { "\($0.source) \($0.year)" })

    static let carryForward = Schema<CarryForward>.listed(
        .carryForward, noun: "carry-forward",
        fields: CatalogueForm.fields(CarryForward.catalogue, custom: ["amount": { .amountOrUnknown($0, \.amount) }]),
        list: \.budget.carryForwards, idPrefix: "cf-",
        make: { ws, id, _ in CarryForward(id: id, year: ws.plan.currentYear) },
        title: { "carry-forward into \($0.year)" })

    static let allocation = Schema<Allocation>.listed(
        .allocation, noun: "allocation",
        fields: CatalogueForm.fields(Allocation.catalogue, custom: ["priority": { .requiredReference($0, \.priority, .priority) }]),
        list: \.budget.allocations, idPrefix: "al-",
        make: { ws, id, parent in Allocation(id: id, priority: parent ?? "", year: ws.plan.currentYear) },
        title: { "allocation of \($0.amount)" })
}
