import PlanCore

/// The risk register's other views: heat map, movement, the chair's brief, and the matrix.
enum RiskViews {
    static let names = ["Register", "Heat map", "Movement", "Chair's brief", "Matrix & appetite"]

    static func model(_ s: AppState) -> SectionModel {
        switch s.list.view {
        case 1: return heatMap(s)
        case 2: return movement(s)
        case 3: return brief(s)
        case 4: return matrix(s)
        default: return RisksSection.model(s)
        }
    }

    static func detail(_ s: AppState, _ row: Row) -> [DetailLine] {
        switch s.list.view {
        case 1:
            let ids = row.tags.filter { $0.hasPrefix("risk:") }.map { String($0.dropFirst(5)) }
            return ids.isEmpty ? [] : riskList(s, ids, title: row.cells.first?.text ?? "")
        case 4: return matrixDetail(s, row)
        default:
            return row.ref?.kind == .risk ? RisksSection.detail(s, row) : []
        }
    }

    /// Selectable lines naming risks, each jumping to the risk in the register.
    static func riskList(_ s: AppState, _ ids: [String], title: String) -> [DetailLine] {
        let reg = s.workspace.risks
        var d = DetailBuilder()
        d.line(DetailLine(title, .strong))
        for id in ids {
            guard let r = s.workspace.risk(id) else { continue }
            d.item([Span(r.reference + " ", .strong), Span(" \(Fmt.score(r.residual)) ", Fmt.bandRole(reg, r.residual)), Span(" " + r.title),
                    Span(" · " + r.owner, .dim)], jump: PlanLocation(.risks, record: r.id))
        }
        d.text("Enter opens a risk in the register.", .dim)
        return d.lines
    }

    // MARK: Heat map

    static func heatMap(_ s: AppState) -> SectionModel {
        let reg = s.workspace.risks
        let map = RiskHeatMap(reg, kind: s.heatKind)
        let cells = map.occupiedCells
        let selected = s.list.selectedID.flatMap { id in cells.first { cellID($0) == id } } ?? cells.first
        let rows = cells.map { c -> Row in
            let ids = map.risks[c] ?? []
            let band = reg.matrix.band(for: c.score)
            return Row(id: cellID(c),
                       cells: [Span("L\(c.likelihood) \(label(reg.matrix.likelihood, c.likelihood)) × I\(c.impact) \(label(reg.matrix.impact, c.impact))"),
                               Span("\(c.score)", Role.band(band?.colour ?? "")), Span(band?.name ?? "", .dim),
                               Span(Fmt.count(ids.count, "risk")), Span(ids.joined(separator: ", "), .dim)],
                       tags: ids.map { "risk:" + $0 })
        }
        var header = grid(s, map, selected: selected)
        if !map.offMatrix.isEmpty {
            header.append(DetailLine("Off the matrix: " + map.offMatrix.joined(separator: ", "), .warning))
        }
        if let unscored = unscoredLine(map, reg) { header.append(unscored) }
        return SectionModel(columns: [Column("Cell"), Column("Score", width: 5, right: true), Column("Band", width: 9),
                                      Column("Risks", width: 8), Column("Ids", width: 16, minWindow: 90)],
                            rows: rows, empty: "No open risks to place on the map.", header: header)
    }

    /// "2 risks not yet scored (not on the map): R08, R09", or nil when every open risk is scored.
    static func unscoredLine(_ map: RiskHeatMap, _ reg: RiskRegister) -> DetailLine? {
        guard !map.unscored.isEmpty else { return nil }
        let refs = map.unscored.map { id in reg.risks.first { $0.id == id }?.reference ?? id }
        return DetailLine([Span(Fmt.count(map.unscored.count, "risk") + " \(Risk.notYetScoredText) (not on the map): ", .warning),
                           Span(refs.joined(separator: ", "), .dim)])
    }

    static func cellID(_ c: RiskHeatMap.Cell) -> String { "cell-\(c.likelihood)-\(c.impact)" }

    static func label(_ levels: [ScaleLevel], _ n: Int) -> String {
        n >= 1 && n <= levels.count ? levels[n - 1].label : "?"
    }

    /// The grid: likelihood down (highest at the top), impact across; counts coloured by band.
    /// Level names are shown whole where they fit; where one does not, the axis shows numbers and a
    /// legend line names them.
    static func grid(_ s: AppState, _ map: RiskHeatMap, selected: RiskHeatMap.Cell?) -> [DetailLine] {
        let m = s.workspace.risks.matrix
        let likelihoodNames = (1...max(1, m.likelihoodSize)).map { "\($0) \(label(m.likelihood, $0))" }
        let namesWidth = (likelihoodNames.map { TextWidth.width(of: $0) }.max() ?? 0) + 1
        let likelihoodFits = namesWidth <= 18
        let labelWidth = likelihoodFits ? namesWidth : 4
        let cellWidth = max(5, min(12, (s.size.width - labelWidth - 3) / max(1, m.impactSize)))
        let impactFits = (1...max(1, m.impactSize)).allSatisfy { TextWidth.width(of: label(m.impact, $0)) < cellWidth }
        var lines = [DetailLine([Span("\(map.kind.label) scores · v next view · x change score or date", .dim)])]
        for l in stride(from: m.likelihoodSize, through: 1, by: -1) {
            let name = likelihoodFits ? likelihoodNames[l - 1] : "L\(l)"
            var spans = [Span(Layout.fit(name, labelWidth) + " ", .label)]
            for i in 1...max(1, m.impactSize) where i <= m.impactSize {
                let c = RiskHeatMap.Cell(likelihood: l, impact: i)
                let n = map.count(c)
                let mark = c == selected
                let text = n == 0 ? "·" : (mark ? "[\(n)]" : "\(n)")
                spans.append(Span(Layout.center(text, cellWidth), Role.band(m.band(for: c.score)?.colour ?? "")))
            }
            lines.append(DetailLine(spans))
        }
        var axis = [Span(Layout.fit("", labelWidth) + " ")]
        for i in 1...max(1, m.impactSize) where i <= m.impactSize {
            axis.append(Span(Layout.center(impactFits ? label(m.impact, i) : "I\(i)", cellWidth), .dim))
        }
        lines.append(DetailLine(axis))
        var legend: [String] = []
        if !likelihoodFits {
            legend.append("Likelihood: " + (1...max(1, m.likelihoodSize)).map { "L\($0) \(label(m.likelihood, $0))" }.joined(separator: " · "))
        }
        if !impactFits {
            legend.append("Impact: " + (1...max(1, m.impactSize)).map { "I\($0) \(label(m.impact, $0))" }.joined(separator: " · "))
        }
        for text in legend {
            lines += Layout.wrap(text, width: max(20, s.size.width - 2)).map { DetailLine($0, .dim) }
        }
        return lines
    }

    // MARK: Movement

    static func movement(_ s: AppState) -> SectionModel {
        let reg = s.workspace.risks
        let g = s.charset.glyphs
        let rows = reg.movement(since: s.since).compactMap { m -> Row? in
            guard let r = s.workspace.risk(m.riskID) else { return nil }
            let from = m.from.map { "L\($0.likelihood)×I\($0.impact) \($0.value)" } ?? "new"
            let arrow = m.direction == .up ? g.arrowUp : m.direction == .down ? g.arrowDown : g.bullet
            return Row(id: r.id, ref: RecordRef(.risk, r.id),
                       cells: [Span(r.reference, .recordID), Span(r.title), Span(from, m.from.map { Fmt.bandRole(reg, $0) } ?? .dim),
                               Span(arrow, m.direction == .up ? .error : m.direction == .down ? .ok : .dim),
                               Span("L\(m.to.likelihood)×I\(m.to.impact) \(m.to.value)", Fmt.bandRole(reg, m.to))])
        }
        return SectionModel(columns: [Column("ID", width: 4), Column("Risk"), Column("Then", width: 10), Column("", width: 1),
                                      Column("Now", width: 10)],
                            rows: rows, empty: "No open risk changed cell since \(s.since.display).",
                            header: [DetailLine([Span("Residual cells that changed since ", .dim), Span(s.since.display, .strong),
                                                 Span(" · x sets the date", .dim)])])
    }

    // MARK: Chair's brief

    static func brief(_ s: AppState) -> SectionModel {
        let reg = s.workspace.risks
        let b = ChairBrief(reg, since: s.since, today: s.today)
        var rows: [Row] = []
        func group(_ title: String, _ ids: [String], note: (Risk) -> String) {
            rows.append(Row(id: "h-" + title, cells: [Span(title + " (\(ids.count))", .heading)], selectable: false))
            if ids.isEmpty { rows.append(Row(id: "none-" + title, cells: [Span("  none", .dim)], selectable: false)) }
            for id in ids {
                guard let r = s.workspace.risk(id) else { continue }
                rows.append(Row(id: title + "-" + id, ref: RecordRef(.risk, id),
                                cells: [Span("  " + r.reference, .recordID), Span(Fmt.score(r.residual), Fmt.bandRole(reg, r.residual)),
                                        Span(r.title), Span(note(r), .dim)]))
            }
        }
        func moved(_ r: Risk) -> String {
            (b.rose + b.fell).first { $0.riskID == r.id }.map { m in "\(m.from?.value ?? 0) → \(m.to.value)" } ?? ""
        }
        group("New risks", b.newRisks) { r in "raised \(Fmt.day(r.raisedOn))" }
        group("Closed", b.closed) { r in r.statusHistory.last { $0.status == .closed }?.reason ?? "" }
        group("Score rose", b.rose.map(\.riskID), note: moved)
        group("Score fell", b.fell.map(\.riskID), note: moved)
        group("Reviews overdue", b.overdue) { r in "due \(Fmt.day(reg.nextReviewDue(r)))" }
        if !b.heatMap.unscored.isEmpty {
            group("Not yet scored", b.heatMap.unscored) { r in "raised \(Fmt.day(r.raisedOn))" }
        }
        group("Outside appetite", b.outsideAppetite) { r in "appetite \(reg.appetite(for: r.category)?.maxScore ?? 0)" }
        group("Top ten by residual score", b.topTen) { r in r.owner }
        rows += changesSince(s)
        rows.append(Row(id: "h-map", cells: [Span("Residual heat map", .heading)], selectable: false))
        for (k, line) in grid(s, b.heatMap, selected: nil).dropFirst().enumerated() {
            var row = Row(id: "map-\(k)", cells: [Span(line.spans.map(\.text).joined())], selectable: false)
            row.line = line.spans
            rows.append(row)
        }
        if let unscored = unscoredLine(b.heatMap, reg) {
            var row = Row(id: "map-unscored", cells: [Span(unscored.spans.map(\.text).joined())], selectable: false)
            row.line = unscored.spans
            rows.append(row)
        }
        let header = [DetailLine([Span("Since the last meeting on ", .dim), Span(s.since.display, .strong),
                                  Span(" · \(b.openCount) open · x: date, export", .dim)])]
        var model = SectionModel(columns: [Column("Risk", width: 5), Column("Res", width: 3, right: true), Column("Title"),
                                           Column("Note", width: 24, minWindow: 90)], rows: rows, empty: "", header: header)
        model.listOnly = true
        return model
    }

    // MARK: Matrix and appetite

    static func matrix(_ s: AppState) -> SectionModel {
        let reg = s.workspace.risks
        var rows: [Row] = []
        func group(_ title: String, _ add: AddTarget) {
            rows.append(Row(id: "h-" + title, cells: [Span(title, .heading)], selectable: false, adds: [add]))
        }
        group("Likelihood (\(reg.matrix.likelihoodSize) levels)", AddTarget(.likelihoodLevel))
        for (k, l) in reg.matrix.likelihood.enumerated() {
            rows.append(Row(id: "l\(k)", ref: RecordRef(.likelihoodLevel, String(k)), cells: [Span("  \(k + 1) " + l.label), Span(l.description, .dim)],
                            adds: [AddTarget(.likelihoodLevel)]))
        }
        group("Impact (\(reg.matrix.impactSize) levels)", AddTarget(.impactLevel))
        for (k, l) in reg.matrix.impact.enumerated() {
            rows.append(Row(id: "i\(k)", ref: RecordRef(.impactLevel, String(k)), cells: [Span("  \(k + 1) " + l.label), Span(l.description, .dim)],
                            adds: [AddTarget(.impactLevel)]))
        }
        group("Bands", AddTarget(.band))
        for (k, b) in reg.matrix.bands.enumerated() {
            rows.append(Row(id: "b\(k)", ref: RecordRef(.band, String(k)),
                            cells: [Span("  " + b.name, Role.band(b.colour)),
                                    Span("from \(b.minScore) · \(b.colour) · review every \(b.reviewDays) days", .dim)],
                            adds: [AddTarget(.band)]))
        }
        group("Appetite by category", AddTarget(.appetite))
        for (k, a) in reg.appetite.enumerated() {
            rows.append(Row(id: "a\(k)", ref: RecordRef(.appetite, String(k)),
                            cells: [Span("  " + a.category), Span("up to \(a.maxScore) · " + a.statement, .dim)],
                            adds: [AddTarget(.appetite)]))
        }
        return SectionModel(columns: [Column("Setting", width: 26), Column("")], rows: rows,
                            header: [DetailLine("Changing the matrix re-bands every risk at once.", .dim)])
    }

    static func matrixDetail(_ s: AppState, _ row: Row) -> [DetailLine] {
        let reg = s.workspace.risks
        guard let ref = row.ref, let k = Int(ref.id) else { return [] }
        var d = DetailBuilder()
        switch ref.kind {
        case .band:
            guard k < reg.matrix.bands.count else { return [] }
            let b = reg.matrix.bands[k]
            let inBand = reg.risks.filter { $0.status == .open && reg.matrix.band(for: $0.residual) == b }
            d.line(DetailLine("\(b.name) band: scores from \(b.minScore)", .strong, ref: ref))
            d.field("Colour", b.colour, ref: ref)
            d.field("Review every", "\(b.reviewDays) days", ref: ref)
            d.heading("Open risks in this band (residual)")
            return d.lines + riskList(s, inBand.map(\.id), title: Fmt.count(inBand.count, "risk"))
        case .appetite:
            guard k < reg.appetite.count else { return [] }
            let a = reg.appetite[k]
            let outside = reg.risks.filter { $0.category.lowercased() == a.category.lowercased() && reg.isOutsideAppetite($0) }
            d.line(DetailLine("Appetite for \(a.category): scores up to \(a.maxScore)", .strong, ref: ref))
            d.paragraph(a.statement, empty: "No statement.", ref: ref)
            return d.lines + riskList(s, outside.map(\.id), title: "Outside this appetite: \(outside.count)")
        case .likelihoodLevel, .impactLevel:
            let levels = ref.kind == .likelihoodLevel ? reg.matrix.likelihood : reg.matrix.impact
            guard k < levels.count else { return [] }
            d.line(DetailLine("\(ref.kind == .likelihoodLevel ? "Likelihood" : "Impact") \(k + 1): \(levels[k].label)", .strong, ref: ref))
            d.paragraph(levels[k].description, empty: "No description.", ref: ref)
            return d.lines
        default: return []
        }
    }
}
