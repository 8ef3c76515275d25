/// The chair's brief on the risk register as a board paper, with the register as an appendix.
public enum RiskPaper {
    /// The chair's brief on the changes to the risk register since `since`, with the register appended.
    public static func brief(_ ws: Workspace, since: Day, today: Day) -> Paper {
        let reg = ws.risks
        let brief = ChairBrief(reg, since: since, today: today)
        var p = Paper(title: "Risk register: report to the board",
                      subtitle: [ws.partnership.name, "Position at \(PaperDate.long(today)); changes " + sinceWords(ws, since: since, today: today)])
        guard !reg.risks.isEmpty else {
            p.heading("The register")
            p.paragraph("The risk register holds no risks yet: add them in the Risks view of saferplan open "
                        + "or with saferplan import --what risks.")
            return p
        }
        p.heading("Summary")
        p.add(.facts([
            PaperFact("Open risks", "\(brief.openCount)"),
            PaperFact("New since \(PaperDate.long(since))", "\(brief.newRisks.count)"),
            PaperFact("Closed since \(PaperDate.long(since))", "\(brief.closed.count)"),
            PaperFact("Score rose / fell", "\(brief.rose.count) / \(brief.fell.count)"),
            PaperFact("Reviews overdue", "\(brief.overdue.count)"),
            PaperFact("Outside appetite", "\(brief.outsideAppetite.count)"),
            PaperFact("Not yet scored", "\(brief.heatMap.unscored.count)"),
        ]))
        p.heading("Residual heat map")
        p.table(heatTable(reg, brief.heatMap))
        section(&p, "New risks", brief.newRisks, reg, today: today, empty: "No risk was raised since \(PaperDate.long(since)).")
        p.heading("Closed risks")
        if brief.closed.isEmpty { p.paragraph("No risk was closed since \(PaperDate.long(since)).") }
        p.bullets(brief.closed.compactMap { id in
            ws.risk(id).map { r in
                let change = r.statusHistory.last { $0.status == .closed }
                return "\(r.reference) \(r.title): closed \(change.map { PaperDate.long($0.date) } ?? "") — \(change?.reason ?? "")"
            }
        })
        p.heading("Scores that moved")
        let moves = brief.rose + brief.fell
        if moves.isEmpty { p.paragraph("No residual score moved since \(PaperDate.long(since)).") } else {
            p.table(PaperTable(header: ["Risk", "Title", "Was", "Now", "Direction", "Latest note"],
                               rows: moves.compactMap { m in
                                   ws.risk(m.riskID).map { r in
                                       [r.reference, r.title, m.from.map { "\($0.value) (\($0.likelihood)×\($0.impact))" } ?? "new",
                                        "\(m.to.value) (\(m.to.likelihood)×\(m.to.impact))", m.direction.label,
                                        r.reviews.last?.note ?? ""]
                                   }
                               }, rightAligned: [2, 3],
                               cellClasses: moves.map { m in [nil, nil, nil, bandClass(reg, m.to), nil, nil] },
                               rowRecords: moves.map { Provenance.key("risk", $0.riskID) },
                               columnFields: [[], ["title"], ["reviews"], ["residual"], ["reviews"], ["reviews"]]))
        }
        if !brief.heatMap.unscored.isEmpty {
            section(&p, "Not yet scored", brief.heatMap.unscored, reg, today: today, empty: "")
        }
        section(&p, "Overdue reviews", brief.overdue, reg, today: today, empty: "Every review is up to date.")
        section(&p, "Outside appetite", brief.outsideAppetite, reg, today: today, empty: "Every open risk is within appetite.")
        section(&p, "Top ten by residual score", brief.topTen, reg, today: today, empty: "There are no open risks.")
        var scoring: [PaperBlock] = [.paragraph("Score = likelihood × impact on a \(reg.matrix.likelihoodSize)×\(reg.matrix.impactSize) matrix. Bands: "
                    + reg.matrix.bands.sorted { $0.minScore < $1.minScore }
                        .map { "\($0.name) from \($0.minScore) (review every \($0.reviewDays) days)" }.joined(separator: "; ") + ".")]
        if !reg.appetite.isEmpty {
            scoring.append(.table(PaperTable(header: ["Category", "Highest acceptable score", "Statement"],
                                             rows: reg.appetite.map { [$0.category, "\($0.maxScore)", $0.statement] }, rightAligned: [1])))
        }
        p.appendices = [PaperAppendix(title: "The register", blocks: [.table(register(reg, today: today))]),
                        PaperAppendix(title: "Scoring", blocks: scoring)]
        return p
    }

    /// "since the last meeting on 24 September 2009" when the brief counts from the last held board
    /// meeting, as the brief in the app says; else "since 1 July 2009".
    public static func sinceWords(_ ws: Workspace, since: Day, today: Day) -> String {
        ws.lastBoardMeeting(onOrBefore: today)?.date == since
            ? "since the last meeting on \(PaperDate.long(since))" : "since \(PaperDate.long(since))"
    }

    /// A table of the given risks with their scores, owner and next review.
    static func section(_ p: inout Paper, _ title: String, _ ids: [String], _ reg: RiskRegister, today: Day, empty: String) {
        p.heading(title)
        let risks = ids.compactMap { id in reg.risks.first { $0.id == id } }
        if risks.isEmpty {
            p.paragraph(empty)
            return
        }
        p.table(PaperTable(header: ["Risk", "Title", "Owner", "Residual", "Direction", "Next review"],
                           rows: risks.map { r in
                               [r.reference, r.title, r.owner, scoreWithBand(reg, r.residual),
                                r.direction.label, (reg.nextReviewDue(r).map(PaperDate.long) ?? "—") + (reg.isOverdue(r, today: today) ? " (overdue)" : "")]
                           }, rightAligned: [3],
                           cellClasses: risks.map { [nil, nil, nil, bandClass(reg, $0.residual), nil, nil] },
                           rowRecords: risks.map { Provenance.key("risk", $0.id) },
                           columnFields: [[], ["title"], ["owner"], ["residual"], ["reviews"], ["reviews"]]))
    }

    /// The heat map as a table: likelihood down (highest first), impact across; risks named by reference.
    public static func heatTable(_ reg: RiskRegister, _ map: RiskHeatMap) -> PaperTable {
        let m = reg.matrix
        var rows: [[String]] = []
        var classes: [[String?]] = []
        for l in stride(from: m.likelihoodSize, through: 1, by: -1) {
            var row = ["\(l) \(m.likelihood[l - 1].label)"]
            var cls: [String?] = [nil]
            for i in 1...max(1, m.impactSize) where i <= m.impactSize {
                let cell = RiskHeatMap.Cell(likelihood: l, impact: i)
                let refs = (map.risks[cell] ?? []).map { id in reg.risks.first { $0.id == id }?.reference ?? id }
                let band = reg.matrix.band(for: RiskScore(likelihood: l, impact: i))?.name ?? ""
                row.append(refs.isEmpty ? band : band + "\n" + Plural.count(refs.count, "risk") + ": " + refs.joined(separator: ", "))
                cls.append("cell " + (bandClass(reg, RiskScore(likelihood: l, impact: i)) ?? ""))
            }
            rows.append(row)
            classes.append(cls)
        }
        let header = ["Likelihood \\ impact"] + m.impact.enumerated().map { "\($0.offset + 1) \($0.element.label)" }
        let unscored = map.unscored.isEmpty ? ""
            : "; " + Plural.count(map.unscored.count, "risk") + " \(Risk.notYetScoredText) ("
                + map.unscored.map { id in reg.risks.first { $0.id == id }?.reference ?? id }.joined(separator: ", ") + ") not shown"
        return PaperTable(caption: "\(map.kind.label) scores of open risks: each cell names its band, then the risks in it" + unscored,
                          header: header, rows: rows, cellClasses: classes)
    }

    /// The whole register, open and closed.
    static func register(_ reg: RiskRegister, today: Day) -> PaperTable {
        PaperTable(header: ["Risk", "Title and cause", "Category", "Owner", "Inh", "Res", "Tgt", "Controls", "Status", "Next review"],
                   rows: reg.risks.map { r in
                       [r.reference, r.title + (r.cause.isEmpty ? "" : "\nCause: " + r.cause), r.category, r.owner,
                        scoreWithBand(reg, r.inherent), scoreWithBand(reg, r.residual), scoreWithBand(reg, r.target),
                        r.controls.joined(separator: "\n"), r.status.label + (reg.isOutsideAppetite(r) ? "\noutside appetite" : ""),
                        (reg.nextReviewDue(r).map(PaperDate.long) ?? "—") + (reg.isOverdue(r, today: today) ? " (overdue)" : "")]
                   }, rightAligned: [4, 5, 6],
                   cellClasses: reg.risks.map { r in
                       [nil, nil, nil, nil, bandClass(reg, r.inherent), bandClass(reg, r.residual), bandClass(reg, r.target), nil, nil, nil]
                   }, rowRecords: reg.risks.map { Provenance.key("risk", $0.id) },
                   columnFields: [[], ["title", "cause"], ["category"], ["owner"], ["inherent"], ["residual"], ["target"],
                                  ["controls"], ["status"], ["reviews"]])
    }

    /// "16 High": a score with its band's name, so the band never rests on colour alone;
    /// "not yet scored" for a risk without scores.
    static func scoreWithBand(_ reg: RiskRegister, _ score: RiskScore?) -> String {
        guard let score else { return Risk.notYetScoredText }
        return "\(score.value)" + (reg.matrix.band(for: score).map { " " + $0.name } ?? "")
    }

    static func bandClass(_ reg: RiskRegister, _ score: RiskScore?) -> String? {
        reg.matrix.band(for: score).map { "band-" + $0.colour.lowercased() }
    }
}
