import PlanCore

/// Schemas for the risk register and its matrix.
enum RiskSchemas {
    /// A likelihood or impact level checked against the register's matrix.
    static func level<R>(_ label: String, _ path: FieldPath<R, Int>, impact: Bool) -> Field<R> {
        Field.make(label, label, .integer(min: 1, max: 5), required: true, help: impact ? "impact level" : "likelihood level",
                   describe: { value, context in LevelDescription.describe(value, field: label, impact: impact, context) },
                   get: { r, _ in String(r[keyPath: path]) }) { (r, v, ws) throws(FieldError) in
            let levels = impact ? ws.risks.matrix.impact : ws.risks.matrix.likelihood
            guard let n = Int(v.trimmingSpaces()), (1...max(1, levels.count)).contains(n) else {
                throw FieldError("\(label) must be from 1 to \(levels.count): "
                                 + levels.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", "))
            }
            r[keyPath: path] = n
        }
    }

    static let risk = Schema<Risk>(
        kind: .risk, noun: "risk",
        fields: CatalogueForm.fields(Risk.catalogue, custom: [
            "category": { label in .suggested(label, \.category) { ws in ws.risks.categories } },
            "next_review": { label in RiskNextReviewField.make(label) },
        ]),
        find: { ws, ref in ws.risk(ref.id) },
        make: { ws, _ in
            var r = Risk(id: IDs.unique(prefix: "risk-"), raisedOn: Today.resolve(for: ws.info))
            r.ref = IDs.next(prefix: "R", existing: ws.risks.risks.map(\.reference), width: 2)
            return r
        },
        store: { ws, r, ref, _ in
            Store.upsert(&ws.risks.risks, r, replacing: ref?.id)
            return RecordRef(.risk, r.id)
        },
        remove: { ws, ref in ws.risks.risks.removeAll { $0.id == ref.id } },
        dependents: { ws, ref in
            let n = ws.risk(ref.id)?.reviews.count ?? 0
            return n == 0 ? [] : ["\(n) review\(n == 1 ? "" : "s") of its history (deleted with it)"]
        },
        title: { "\($0.reference) \($0.title)" },
        whole: { r, _, _, _ in RiskScoreFields.wholeProblem(r, firstLevelField: 6) })

    static func riskIndex(_ ws: Workspace, _ id: String?) -> Int? { ws.risks.risks.firstIndex { $0.id == id } }

    static let mitigation = Schema<Mitigation>(
        kind: .mitigation, noun: "mitigating action",
        fields: CatalogueForm.fields(Mitigation.catalogue),
        find: { ws, ref in ws.risk(ref.parent).flatMap { Store.at($0.mitigations, ref.id) } },
        make: { _, _ in Mitigation() },
        store: { ws, m, ref, parent in
            let owner = ref?.parent ?? parent
            var index = 0
            if let i = riskIndex(ws, owner) { index = Store.put(&ws.risks.risks[i].mitigations, m, at: ref?.id) }
            return RecordRef(.mitigation, String(index), parent: owner)
        },
        remove: { ws, ref in if let i = riskIndex(ws, ref.parent) { Store.remove(&ws.risks.risks[i].mitigations, at: ref.id) } },
        dependents: { _, _ in [] },
        title: { $0.description.prefixWords(6) },
        missingOwner: MissingOwner.named("risk") { ws, id in riskIndex(ws, id) != nil })

    static let riskReview = Schema<RiskReview>(
        kind: .riskReview, noun: "review",
        fields: CatalogueForm.fields(RiskReview.catalogue, custom: [
            "target": { label in newTarget(label) },
            "inherent": { label in RiskScoreFields.firstInherent(label) },
        ]),
        find: { ws, ref in ws.risk(ref.parent).flatMap { Store.at($0.reviews, ref.id) } },
        make: { ws, parent in
            // A risk not yet scored starts its first review at the middle of the matrix, to be changed.
            RiskReview(date: Today.resolve(for: ws.info),
                       residual: ws.risk(parent)?.residual ?? RiskScoreFields.middle(of: ws.risks.matrix))
        },
        store: { ws, r, ref, parent in
            let owner = ref?.parent ?? parent
            var index = 0
            if let i = riskIndex(ws, owner) {
                _ = Store.put(&ws.risks.risks[i].reviews, r, at: ref?.id)
                ws.risks.risks[i].reviews.sort { $0.date < $1.date }
                index = ws.risks.risks[i].reviews.lastIndex { $0 == r } ?? 0
                // The newest review sets the current residual score and the review dates.
                if ws.risks.risks[i].inherent == nil, let inherent = r.inherent { ws.risks.risks[i].inherent = inherent }
                if let latest = ws.risks.risks[i].reviews.last {
                    if let target = latest.target { ws.risks.risks[i].target = target }
                    ws.risks.risks[i].residual = latest.residual
                    ws.risks.risks[i].lastReview = latest.date
                    ws.risks.risks[i].nextReview = ws.risks.nextReview(after: latest.date, at: latest.residual)
                }
            }
            return RecordRef(.riskReview, String(index), parent: owner)
        },
        remove: { ws, ref in if let i = riskIndex(ws, ref.parent) { Store.remove(&ws.risks.risks[i].reviews, at: ref.id) } },
        dependents: { _, _ in [] },
        title: { $0.date.display },
        whole: { r, ws, ref, parent in
            guard let risk = ws.risk(ref?.parent ?? parent), !risk.isScored, ref == nil else { return nil }
            if r.target == nil { return (3, "\(risk.reference) is \(Risk.notYetScoredText): its first review gives a target score too") }
            if r.inherent == nil { return (6, "\(risk.reference) is \(Risk.notYetScoredText): its first review gives an inherent score too") }
            return nil
        },
        missingOwner: MissingOwner.named("risk") { ws, id in riskIndex(ws, id) != nil })

    /// A review's new target score as "L×I" (blank: the target did not change).
    static func newTarget(_ label: String) -> Field<RiskReview> {
        Field<RiskReview>.make(
        label, "target", .text, help: "blank when the target did not change, e.g. 2x3",
        get: { r, _ in r.target.map { "\($0.likelihood)×\($0.impact)" } ?? "" }) { (r, v, ws) throws(FieldError) in
            let parts = v.split { $0 == "x" || $0 == "X" || $0 == "×" || $0 == " " || $0 == "*" }.compactMap { Int($0) }
            if v.trimmingSpaces().isEmpty { r.target = nil; return }
            let m = ws.risks.matrix
            guard parts.count == 2, parts[0] >= 1, parts[0] <= m.likelihoodSize, parts[1] >= 1, parts[1] <= m.impactSize else {
                throw FieldError("New target is likelihood × impact, e.g. 2x3, within the \(m.likelihoodSize)×\(m.impactSize) matrix")
            }
            r.target = RiskScore(likelihood: parts[0], impact: parts[1])
        }
    }

    static let appetite = Schema<RiskAppetite>(
        kind: .appetite, noun: "risk appetite",
        fields: [
            .suggested("Category", \.category) { ws in ws.risks.categories },
            Field.make("Highest score", "maxScore", .integer(min: 1, max: 25), required: true,
                       get: { a, _ in String(a.maxScore) }) { (a, v, ws) throws(FieldError) in
                guard let n = Int(v.trimmingSpaces()), n >= 1, n <= ws.risks.matrix.maxScore else {
                    throw FieldError("Highest score must be from 1 to \(ws.risks.matrix.maxScore)")
                }
                a.maxScore = n
            },
            .longText("Statement", \.statement),
        ],
        find: { ws, ref in Store.at(ws.risks.appetite, ref.id) },
        make: { _, _ in RiskAppetite(category: "", maxScore: 12) },
        store: { ws, a, ref, _ in
            RecordRef(.appetite, String(Store.put(&ws.risks.appetite, a, at: ref?.id)))
        },
        remove: { ws, ref in Store.remove(&ws.risks.appetite, at: ref.id) },
        dependents: { _, _ in [] },
        title: { "appetite for \($0.category)" })

    static let band = Schema<RiskBand>(
        kind: .band, noun: "band",
        fields: [
            .text("Name", \.name, required: true),
            Field.make("Lowest score", "minScore", .integer(min: 1, max: 25), required: true,
                       get: { b, _ in String(b.minScore) }) { (b, v, ws) throws(FieldError) in
                guard let n = Int(v.trimmingSpaces()), n >= 1, n <= ws.risks.matrix.maxScore else {
                    throw FieldError("Lowest score must be from 1 to \(ws.risks.matrix.maxScore)")
                }
                b.minScore = n
            },
            .suggested("Colour", \.colour) { _ in ["green", "yellow", "amber", "red"] },
            .integer("Review every (days)", \.reviewDays, 1...730),
        ],
        find: { ws, ref in Store.at(ws.risks.matrix.bands, ref.id) },
        make: { _, _ in RiskBand(name: "", minScore: 1, colour: "green", reviewDays: 90) },
        store: { ws, b, ref, _ in
            _ = Store.put(&ws.risks.matrix.bands, b, at: ref?.id)
            ws.risks.matrix.bands.sort { $0.minScore < $1.minScore }
            return RecordRef(.band, String(ws.risks.matrix.bands.firstIndex { $0 == b } ?? 0))
        },
        remove: { ws, ref in Store.remove(&ws.risks.matrix.bands, at: ref.id) },
        dependents: { _, _ in [] },
        title: { "\($0.name) band" })

    static func scaleLevel(_ kind: RecordKind, _ path: FieldPath<RiskMatrix, [ScaleLevel]>, _ noun: String) -> Schema<ScaleLevel> {
        Schema<ScaleLevel>(
            kind: kind, noun: noun,
            fields: [.text("Label", \.label, required: true), .longText("Description", \.description)],
            find: { ws, ref in Store.at(ws.risks.matrix[keyPath: path], ref.id) },
            make: { _, _ in ScaleLevel(label: "") },
            store: { ws, l, ref, _ in RecordRef(kind, String(Store.put(&ws.risks.matrix[keyPath: path], l, at: ref?.id))) },
            remove: { ws, ref in Store.remove(&ws.risks.matrix[keyPath: path], at: ref.id) },
            dependents: { ws, ref in
                guard let i = Int(ref.id) else { return [] }
                let level = i + 1
                let affected = ws.risks.risks.filter { r in
                    [r.inherent, r.residual, r.target].compactMap { $0 }
                        .contains { (kind == .likelihoodLevel ? $0.likelihood : $0.impact) >= level }
                }
                return affected.isEmpty ? [] : ["\(Plural.count(affected.count, "risk")) \(affected.count == 1 ? "uses" : "use") level \(level) or above and will be off the matrix"]
            },
            title: { $0.label })
    }

    static let likelihoodLevel = scaleLevel(.likelihoodLevel, \.likelihood, "likelihood level")
    static let impactLevel = scaleLevel(.impactLevel, \.impact, "impact level")
}
