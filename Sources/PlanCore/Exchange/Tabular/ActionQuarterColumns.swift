/// The wide quarter columns of a council's action plan — "Q1 RAG", "Q1 Update" … "Q4 RAG",
/// "Q4 Update" (or "Q1 Progress", "Q1 Commentary", "Quarter 1", "Q1 (Apr-Jun)", "Apr-Jun") — read
/// into the action's quarterly progress updates of the row's plan year.
///
/// Import only: exports give one update per row (the Quarter, Quarter RAG and Commentary columns),
/// which reads back the same.
enum ActionQuarterColumns {
    /// The field of quarter `n`'s RAG.
    static func ragField(_ n: Int) -> String { "q\(n)_rag" }
    /// The field of quarter `n`'s commentary.
    static func commentaryField(_ n: Int) -> String { "q\(n)_commentary" }

    /// The names of every quarter column's field.
    static let names: Set<String> = Set((1...4).flatMap { [ragField($0), commentaryField($0)] })

    /// The RAG and commentary field of each quarter, with the headers councils give them.
    static let fields: [FieldDescription] = (1...4).flatMap { n -> [FieldDescription] in
        let months = ["Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"][n - 1]
        let longMonths = ["April-June", "July-September", "October-December", "January-March"][n - 1]
        let quarter = ["Q\(n)", "Quarter \(n)", "Qtr \(n)", "Q\(n) (\(months))", "Q\(n) \(longMonths)", months, longMonths]
        func both(_ words: [String]) -> [String] { quarter.flatMap { q in words.flatMap { ["\(q) \($0)", "\($0) \(q)"] } } }
        return [
            FieldDescription(ragField(n), "Q\(n) RAG", .choice(RAG.allCases.map(\.label)), synonyms: both(["rag", "rag status", "rating", "rag rating"]),
                             help: "Quarter \(n)'s RAG in the row's plan year"),
            FieldDescription(commentaryField(n), "Q\(n) Update", synonyms: quarter + both(["update", "progress", "progress update", "commentary",
                                                                                          "comments", "narrative", "position"]),
                             help: "Quarter \(n)'s commentary in the row's plan year; a cell saying only Red, Amber or Green is its RAG"),
        ]
    }

    /// The update of quarter `n` of the row's year that the row's columns give: its RAG (the quarter's
    /// RAG cell, else a commentary cell saying only a RAG, else the quarter's update as held, else
    /// the action's RAG) and its commentary (as held when the sheet has no commentary column for
    /// it). Nil when both cells are empty or the row is refused.
    static func update(_ n: Int, _ r: inout RowReader, _ row: ActionSchema.Row, rags: [([String], RAG)]) -> (Quarter, RAG, String)? {
        let ragText = r.text(ragField(n)) ?? "", commentaryText = r.text(commentaryField(n)) ?? ""
        guard !ragText.isEmpty || !commentaryText.isEmpty, let quarter = Quarter(year: row.year, number: n) else { return nil }
        let held = row.action.updates.first { $0.quarter == quarter }
        var given = ragText.isEmpty ? nil : r.choice(ragField(n), rags, expected: "Red, Amber or Green")
        if !ragText.isEmpty && given == nil { return nil }
        var commentary = r.has(commentaryField(n)) ? commentaryText : held?.commentary ?? ""
        let key = FieldDescription.normalise(commentaryText)
        if given == nil, let word = rags.first(where: { $0.0.contains { FieldDescription.normalise($0) == key } }) {
            given = word.1
            commentary = held?.commentary ?? ""
        }
        guard let rag = given ?? held?.rag ?? row.action.rag else {
            let how = r.has(ragField(n)) ? "write Red, Amber or Green in this cell"
                : "add a \"Q\(n) RAG\" column with Red, Amber or Green, " + ActionSchema.ownRAG(r)
            r.refuse(r.has(ragField(n)) ? ragField(n) : commentaryField(n),
                     "the \(quarter) update has commentary but no RAG, and none is held for that quarter or the action to take: \(how)")
            return nil
        }
        return (quarter, rag, commentary)
    }
}

extension ActionSchema {
    /// Each quarter whose wide columns give a RAG or commentary: its update added, or changed where
    /// it differs; `notes` say so. A quarter the row's Quarter column (`longQuarter`) also gives
    /// differently is refused.
    func applyQuarterColumns(_ r: inout RowReader, _ row: inout Row, rags: [([String], RAG)], longQuarter: Quarter?, notes: inout [String]) {
        for n in 1...4 {
            guard let (quarter, rag, commentary) = ActionQuarterColumns.update(n, &r, row, rags: rags) else { continue }
            if quarter == longQuarter {
                let held = row.action.updates.first { $0.quarter == quarter }
                if held?.rag != rag || held?.commentary != commentary {
                    r.refuse(ActionQuarterColumns.ragField(n), "the \(quarter) update is also given by \(r.match.place("latest_quarter")), differently")
                }
                continue
            }
            if let note = Self.record(quarter, rag: rag, commentary: commentary, in: &row.action, today: r.options.today) { notes.append(note) }
        }
    }

    /// Adds `quarter`'s update, or changes it when its RAG or commentary differ; what was done, for
    /// a note ("update 2026-27 Q2: RAG Green → Amber"), or nil when the update was already so.
    static func record(_ quarter: Quarter, rag: RAG, commentary: String, in action: inout PlanAction, today: Day) -> String? {
        guard let i = action.updates.firstIndex(where: { $0.quarter == quarter }) else {
            action.updates.append(ProgressUpdate(quarter: quarter, rag: rag, commentary: commentary, date: today))
            return "update \(quarter): added (\(rag.label)\(commentary.isEmpty ? "" : ": \"\(oneLine(commentary))\""))"
        }
        let old = action.updates[i]
        guard old.rag != rag || old.commentary != commentary else { return nil }
        action.updates[i].rag = rag
        action.updates[i].commentary = commentary
        return "update \(quarter): " + [old.rag != rag ? "RAG \(old.rag.label) → \(rag.label)" : nil,
                                          old.commentary != commentary ? "commentary \"\(oneLine(old.commentary))\" → \"\(oneLine(commentary))\"" : nil]
            .compactMap { $0 }.joined(separator: "; ")
    }

    /// A commentary on one line of a note, its line breaks shown as ⏎ (as a changed field's are).
    private static func oneLine(_ text: String) -> String { CellValues.lines(.text(text)).joined(separator: " ⏎ ") }
}
