/// One way to produce an export's file, for the command line and the TUI alike.
public enum PaperExport {
    /// The bytes of `subject` in `format`: data (json, csv) or a paper (md, html, docx, pdf).
    public static func bytes(_ subject: ExportSubject, format: ExportFormat, of ws: Workspace,
                             options: PaperOptions) throws -> [UInt8] {
        switch format {
        case .json: return Array(try JSONExport.export(subject, of: ws).utf8)
        case .csv: return Array(CSVExport.export(subject, of: ws, today: options.today, quarter: options.quarter).utf8)
        case .xlsx: return try XLSXExport.export(subject, of: ws, today: options.today, quarter: options.quarter)
        case .md, .html, .docx: return try Papers.file(subject, format: format, of: ws, options: options)
        case .pdf:
            guard let tool = PDFConverter.find() else { throw ExportError(PDFConverter.installHint) }
            return try PDFConverter.convert(try Papers.paper(subject, of: ws, options: options), with: tool)
        }
    }

    /// The cover fields for a workspace folder: its papers config with `given` laid over it.
    public static func cover(folder: String, given: PaperCoverFields) throws -> PaperCoverFields {
        try PaperConfig.load(folder: folder).overlaid(by: given)
    }
}
