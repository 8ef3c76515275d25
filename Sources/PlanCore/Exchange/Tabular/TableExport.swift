import Spreadsheet

/// Any schema's records written out: CSV with the fields' names as headers (dates as ISO, numbers
/// plain with money's unit in the header, so any program reads them), or a workbook sheet with the labels as headers and values typed.
public enum TableExport {
    /// The CSV document.
    public static func csv<S: TableSchema>(_ schema: S, _ ws: Workspace, today: Day) -> String {
        let fields = schema.fields(ws)
        let rows: [[CSV.Cell]] = schema.records(in: ws).map { r in
            fields.map { f in
                switch schema.value(f.name, of: r, in: ws, today: today) {
                case .empty: return CSV.Cell("")
                case .text(let t): return CSV.Cell(t)
                case .number(let n): return CSV.Cell.number(CSVExport.formatNumber(n))
                case .date(let d): return CSV.Cell(d.iso)
                case .bool(let b): return CSV.Cell(b ? "yes" : "no")
                }
            }
        }
        return CSV.document(header: fields.map(csvHeader), rows: rows)
    }

    /// A field's CSV header: its name, with the unit for money ("amount (£)") and for a percentage,
    /// whose label ends in "%" ("tolerance (%)"), whose cells are plain numbers; the import reads the
    /// header back by its name (the unit is no letter, so "tolerance" and "tolerance (%)" both match).
    static func csvHeader(_ f: FieldDescription) -> String {
        if f.kind == .money { return f.name + " (£)" }
        return f.label.hasSuffix("%") ? f.name + " (%)" : f.name
    }

    /// The workbook sheet.
    public static func sheet<S: TableSchema>(_ schema: S, _ ws: Workspace, today: Day, name: String) -> SheetOutput {
        let fields = schema.fields(ws)
        let columns = fields.map { f -> SheetColumn in
            switch f.kind {
            case .level: return SheetColumn(f.label, width: 10, format: .integer)
            case .derived where f.name.hasSuffix("_score"): return SheetColumn(f.label, width: 9, format: .integer)
            case .date: return SheetColumn(f.label, width: 13, format: .date)
            case .money: return SheetColumn(f.label, width: 14, format: .money)
            case .number: return SheetColumn(f.label, width: 11, format: f.name == "tier" ? .integer : .decimal)
            case .lines: return SheetColumn(f.label, width: 40)
            default:
                let wide = ["title", "latest_commentary", "measure", "target", "note"].contains(f.name)
                return SheetColumn(f.label, width: wide ? 45 : f.name == "id" ? 8 : 16)
            }
        }
        let rows = schema.records(in: ws).map { r in
            fields.map { f -> OutputCell in
                let v = schema.value(f.name, of: r, in: ws, today: today)
                var fill: CellFill?
                if f.kind == .choice(RAG.allCases.map(\.label)) || f.name == "rag" {
                    fill = XLSXExport.fillFor(v.text)
                }
                return OutputCell(XLSXExport.sheetCell(v), fill: fill)
            }
        }
        return SheetOutput(name: name, columns: columns, rows: rows)
    }
}
