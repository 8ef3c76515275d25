import Spreadsheet

/// Excel workbooks of the tabular sections: numbers as numbers, pounds and dates formatted,
/// statuses filled and worded, totals on a summary sheet of their own.
public enum XLSXExport {
    /// The workbook for `subject`; the plan's paper is not tabular and has none. `quarter` limits
    /// the action sheet's updates to that quarter's.
    public static func export(_ subject: ExportSubject, of ws: Workspace, today: Day, quarter: Quarter? = nil) throws(ExportError) -> [UInt8] {
        let sheets: [SheetOutput]
        switch subject {
        case .risks: sheets = risks(ws.risks, today: today)
        case .plan: sheets = [typed(name: "Priorities", csv: CSVExport.export(.plan, of: ws, today: today))]
        case .actions: sheets = [TableExport.sheet(ActionSchema(quarter: quarter), ws, today: today, name: "Actions")]
        case .indicators: sheets = [TableExport.sheet(IndicatorSchema(), ws, today: today, name: "Indicators")]
        case .governance: sheets = [TableExport.sheet(BodySchema(), ws, today: today, name: "Bodies")]
        case .partners: sheets = [TableExport.sheet(PartnerSchema(), ws, today: today, name: "Partners")]
        case .engagement: sheets = [TableExport.sheet(EngagementSchema(), ws, today: today, name: "Engagement")]
        case .timetable: sheets = [TableExport.sheet(MilestoneSchema(), ws, today: today, name: "Timetable")]
        case .glossary: sheets = [TableExport.sheet(GlossarySchema(), ws, today: today, name: "Glossary")]
        case .budget: sheets = [TableExport.sheet(FundingSchema(), ws, today: today, name: "Funding"), budgetTotals(ws)]
        }
        do { return try XLSXWriter.write(sheets) } catch {
            throw ExportError("could not write the workbook: \(error)")
        }
    }

    /// The register (labels as headers, scores as numbers, dates as dates, the residual band
    /// filled) and a summary sheet of open risks by band.
    static func risks(_ register: RiskRegister, today: Day) -> [SheetOutput] {
        var sheet = TableExport.sheet(RiskSchema(), Workspace(risks: register), today: today, name: "Risks")
        let bandColumn = RiskFields.all(matrix: register.matrix).firstIndex { $0.name == "residual_band" }
        if let c = bandColumn {
            for (i, r) in register.risks.enumerated() { sheet.rows[i][c].fill = fillFor(register.matrix.band(for: r.residual)?.colour) }
        }
        let open = register.risks.filter { $0.status == .open }
        var summary: [[OutputCell]] = register.matrix.bands.map { band in
            let n = open.filter { register.matrix.band(for: $0.residual)?.name == band.name }.count
            return [OutputCell(.text(band.name), fill: fillFor(band.colour)), OutputCell(.number(Double(n)))]
        }
        let unscored = open.filter { !$0.isScored }.count
        if unscored > 0 { summary.append([OutputCell(.text("Not yet scored")), OutputCell(.number(Double(unscored)))]) }
        summary.append([OutputCell(.text("Open risks")), OutputCell(.number(Double(open.count)))])
        summary.append([OutputCell(.text("Reviews overdue")), OutputCell(.number(Double(open.filter { register.isOverdue($0, today: today) }.count)))])
        summary.append([OutputCell(.text("Outside appetite")), OutputCell(.number(Double(open.filter(register.isOutsideAppetite).count)))])
        return [sheet,
                SheetOutput(name: "Summary", columns: [SheetColumn("Residual band", width: 22), SheetColumn("Risks", width: 8, format: .integer)],
                            rows: summary)]
    }

    /// Each year's totals, worked out: confirmed, projected, carried forward, total, allocated, left.
    static func budgetTotals(_ ws: Workspace) -> SheetOutput {
        let columns = [SheetColumn("Year", width: 10), SheetColumn("Confirmed (£)", format: .money), SheetColumn("Projected (£)", format: .money),
                       SheetColumn("Carried forward (£)", width: 18, format: .money), SheetColumn("Total (£)", format: .money),
                       SheetColumn("Allocated (£)", format: .money), SheetColumn("Unallocated (£)", width: 16, format: .money),
                       SheetColumn("Not yet known", width: 30)]
        let rows = ws.budget.allTotals.map { t in
            let lines = ws.budget.fundingLines.filter { $0.year == t.year && $0.amount == nil }
            let unknownConfirmed = lines.filter { $0.certainty == .confirmed }.count
            let unknownCarried = ws.budget.carryForwards.filter { $0.year == t.year && $0.amount == nil }.count
            var unallocated = pounds(t.unallocated, notYetKnown: t.notYetKnown.count)
            if t.overAllocated { unallocated.fill = .red }
            return [OutputCell(.text(t.year.description)), pounds(t.confirmed, notYetKnown: unknownConfirmed),
                    pounds(t.projected, notYetKnown: lines.count - unknownConfirmed), pounds(t.carriedForward, notYetKnown: unknownCarried),
                    pounds(t.total, notYetKnown: t.notYetKnown.count), pounds(t.allocated, notYetKnown: 0), unallocated,
                    OutputCell(t.isComplete ? .empty : .text(t.notYetKnown.joined(separator: "; ")))]
        }
        return SheetOutput(name: "Totals", columns: columns, rows: rows)
    }

    /// A sum of pounds as a number; beside parts not yet known, words as the papers say it ("not
    /// yet known", "£85,000 plus a sum not yet known"), never a bare £0.00.
    static func pounds(_ known: Money, notYetKnown: Int) -> OutputCell {
        if notYetKnown == 0 { return OutputCell(.number(Double(known.pence) / 100)) }
        if known == .zero { return OutputCell(.text(Money.notYetKnownText)) }
        return OutputCell(.text("\(known) plus \(notYetKnown == 1 ? "a sum" : "\(notYetKnown) sums") \(Money.notYetKnownText)"))
    }

    static func fillFor(_ colour: String?) -> CellFill? {
        switch colour?.lowercased() {
        case "red": return .red
        case "amber", "orange", "yellow": return .amber
        case "green": return .green
        default: return nil
        }
    }

    static func sheetCell(_ v: RawCell) -> SheetCell {
        switch v {
        case .empty: return .empty
        case .text(let t): return .text(t)
        case .number(let n): return .number(n)
        case .date(let d): return .date(serial: d.excelSerial)
        case .bool(let b): return .bool(b)
        }
    }

    /// A sheet from one of the CSV exports, with numbers, ISO dates and pounds typed: columns whose
    /// name speaks of money (amount, allocated, budget, funding, £) are formatted as pounds.
    static func typed(name: String, csv: String) -> SheetOutput {
        let records = (try? CSV.read(csv)) ?? []
        guard let head = records.first else { return SheetOutput(name: name, columns: [], rows: []) }
        let moneyWords = ["amount", "allocated", "budget", "funding", "total", "unallocated", "confirmed", "projected", "£"]
        let columns = head.fields.map { h -> SheetColumn in
            let lower = h.lowercased()
            let isMoney = moneyWords.contains { lower.contains($0) }
            return SheetColumn(h, width: max(10, min(40, Double(h.count) + 4)), format: isMoney ? .money : .text)
        }
        let rows = records.dropFirst().map { r in
            r.fields.enumerated().map { i, text -> OutputCell in
                if text.isEmpty { return OutputCell(.empty) }
                if let d = Day(iso: text) { return OutputCell(.date(serial: d.excelSerial)) }
                if i < columns.count, let n = Double(text), text.first != "+", !text.hasPrefix("0") || text == "0" || text.hasPrefix("0.") {
                    return OutputCell(.number(n))
                }
                switch text.lowercased() {
                case "red": return OutputCell(.text(text), fill: .red)
                case "amber": return OutputCell(.text(text), fill: .amber)
                case "green": return OutputCell(.text(text), fill: .green)
                default: return OutputCell(.text(text))
                }
            }
        }
        return SheetOutput(name: name, columns: columns, rows: rows)
    }
}
