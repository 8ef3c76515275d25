/// Stretch and local targets in a sheet: one column per kind, one target a line, written
/// `value | year | note` with the parts after the value left off when empty. A value not recorded is
/// written "agreed, value not recorded"; a lone target with only a value is a plain number, so a
/// workbook holds it as one.
enum AgreedTargetCells {
    /// The value of a target agreed without its figure, as a cell says it.
    static let notRecorded = "agreed, value not recorded"

    /// Words that say a target is agreed without giving its value (normalised).
    static let agreedWords: Set<String> = ["agreed", "agreedvaluenotrecorded", "valuenotrecorded", "notrecorded", "yes", "y",
                                           "tbc", "tobeconfirmed", "notknown", "unknown"]

    /// Words that, as the whole cell, say there is no target of the kind (normalised).
    static let noneWords: Set<String> = ["no", "n", "none", "na"]

    /// The targets of one kind as a sheet holds them.
    static func cell(_ targets: [AgreedTarget]) -> RawCell {
        if targets.count == 1, let value = targets[0].value, targets[0].year == nil, targets[0].note.isEmpty { return .number(value) }
        let lines = targets.map { t -> String in
            var parts = [t.value.map(CSVExport.formatNumber) ?? notRecorded, t.year?.description ?? "", t.note]
            while parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
            return parts.joined(separator: " | ")
        }
        return lines.isEmpty ? .empty : .text(lines.joined(separator: "\n"))
    }

    /// The targets of `kind` a cell gives: a number, "agreed, value not recorded" (or "agreed", "yes",
    /// "TBC"), or lines of `value | year | note`; none for an empty cell or "no".
    static func read(_ cell: RawCell, kind: TargetKind) -> Result<[AgreedTarget], CellProblem> {
        switch cell {
        case .empty: return .success([])
        case .number(let n): return .success([AgreedTarget(kind: kind, value: n)])
        case .bool(let b): return .success(b ? [AgreedTarget(kind: kind)] : [])
        case .date: return .failure(CellProblem("expected a target value or \"\(notRecorded)\", found the date \(cell.text)"))
        case .text(let text):
            if noneWords.contains(FieldDescription.normalise(text)) { return .success([]) }
            var out: [AgreedTarget] = []
            for line in CellValues.lines(cell) {
                let parts = line.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
                var target = AgreedTarget(kind: kind)
                let value = parts[0]
                if !value.isEmpty && !agreedWords.contains(FieldDescription.normalise(value)) {
                    guard case .success(let n?) = CellValues.number(.text(value)) else {
                        return .failure(CellProblem("expected a target value or \"\(notRecorded)\", then optionally | year | note; found \"\(line)\""))
                    }
                    target.value = n
                }
                if parts.count > 1, !parts[1].isEmpty {
                    guard let year = FinancialYear(text: parts[1]) else {
                        return .failure(CellProblem("expected a financial year such as 2008-09 after the value, found \"\(parts[1])\" in \"\(line)\""))
                    }
                    target.year = year
                }
                if parts.count > 2 { target.note = parts[2] }
                out.append(target)
            }
            return .success(out)
        }
    }
}
