import Spreadsheet

/// How an indicator return's cells are read beyond plain numbers: the words a return writes where
/// it has no figure, a baseline year given in the header, and the sheet's own RAG set beside the
/// one SaferPlan works out.
extension IndicatorSchema {
    /// What returns write in a cell that has no figure (compared in lower case, trimmed).
    static let noFigureWords: Set<String> = ["n/a", "na", "n.a.", "n.a", "-", "--", "–", "—", "tbc", "tba", "tbd", "tbc.",
                                             "not available", "not yet available", "no data", "awaited", "\"\""]

    /// The polarity a return gives as an arrow, "↓" (lower is better) or "↑"; nil for anything else,
    /// which is read as words. (Words are compared by their letters, which an arrow has none of.)
    func polarityArrow(_ r: RowReader) -> Polarity? {
        switch r.text("polarity") {
        case "↓", "⬇", "▼", "⇩": return .lowerIsBetter
        case "↑", "⬆", "▲", "⇧": return .higherIsBetter
        default: return nil
        }
    }

    /// A figure of `field` (`.some(nil)` for an empty cell, or for a word meaning no figure, such as
    /// "n/a", "-" or "TBC", which a note names; never zero); nil without a column or when refused.
    /// `what` says whose figure it is, for the note: "2026-27 Q2".
    func figure(_ r: inout RowReader, _ field: String, for what: String) -> Double?? {
        if case .text(let raw)? = r.cell(field) {
            let t = RawCell.trimmed(raw)
            if Self.noFigureWords.contains(t.lowercased()) {
                r.note("\(r.match.place(field)): \"\(t)\" taken as no figure for \(what)")
                return .some(nil)
            }
        }
        return r.number(field)
    }

    /// The baseline's year from a header such as "Baseline (2025/26)", kept as the baseline period
    /// when the sheet has no column for it, the row gives a baseline, and the period held names
    /// another year (or none).
    func applyBaselinePeriod(_ r: RowReader, to i: inout Indicator) {
        guard !r.has("baseline_period"), let year = r.match.periods["baseline"], i.baseline != nil,
              let cell = r.cell("baseline"), !cell.isBlank else { return }
        if FinancialYear(text: i.baselinePeriod) != year { i.baselinePeriod = year.description }
    }

    /// The sheet's RAG is not stored: SaferPlan works it out from the latest actual, the target
    /// for its year, the polarity and the tolerance. Where the sheet's word differs, a note says
    /// both, so the difference is seen rather than taken silently.
    func noteRAG(_ r: inout RowReader, _ i: Indicator) {
        guard let t = r.text("rag"), !t.isEmpty else { return }
        let given = RAG.allCases.first { [$0.label.lowercased(), $0.letter.lowercased()].contains(t.lowercased()) }
        let worked = i.rag
        if let given, given == worked { return }
        let place = r.match.place("rag")
        guard given != nil else {
            r.note("\(place): \"\(t)\" is not red, amber or green; the RAG is not stored (SaferPlan works it out)")
            return
        }
        guard let rag = worked, let latest = i.latest, let target = i.target(for: latest.quarter.year) else {
            r.note("\(place): the sheet says \(t); SaferPlan works out no RAG yet (it needs an actual and the target for the same year), "
                   + "and does not store the sheet's")
            return
        }
        r.note("\(place): the sheet says \(t); SaferPlan works out \(rag.label) (\(SheetCell.format(latest.value)) in \(latest.quarter) "
               + "against the \(latest.quarter.year) target of \(SheetCell.format(target)), \(i.polarity.label.lowercased()), "
               + "\(SheetCell.format(i.tolerance))% tolerance) and does not store the sheet's")
    }
}
