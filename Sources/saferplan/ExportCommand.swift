import ArgumentParser
import PlanCore

extension ExportSubject: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}

/// `saferplan export [WORKSPACE] --what … --format … [--output FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export part of the plan as JSON, CSV, or a board paper in Markdown or HTML.",
        discussion: """
            json is a stable machine form; csv opens in a spreadsheet (RFC 4180, UTF-8, one row per record; \
            the budget with totals per year); md and html are board papers ready to print.
            """)

    @Argument(help: "The workspace folder.")
    var workspace: String?

    @Option(help: "What to export: \(ExportSubject.allCases.map(\.rawValue).joined(separator: ", ")).")
    var what: ExportSubject

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "The file to write (standard output when absent or '-').")
    var output: String?

    @Option(help: "For papers: the date of the last meeting to compare with (YYYY-MM-DD).")
    var since: String?

    @Option(help: "For performance reports: the quarter, e.g. \"2009-10 Q2\" (default: the latest).")
    var quarter: String?

    @Flag(help: "For --what plan: the short public summary instead of the whole plan.")
    var summary = false

    @Flag(help: "For csv: start with a byte-order mark even on standard output (files always have one, for Excel).")
    var bom = false

    func validate() throws {
        if let since, Day(lenient: since) == nil {
            throw ValidationError("--since \"\(since)\" is not a date; expected YYYY-MM-DD")
        }
        if let quarter, Quarter(text: quarter) == nil {
            throw ValidationError("--quarter \"\(quarter)\" is not a quarter; expected e.g. \"2009-10 Q2\"")
        }
    }

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let ws = try WorkspaceArgument.load(folder)
        let today = Today.resolve(for: ws.info)
        let options = PaperOptions(since: since.flatMap { Day(lenient: $0) }, quarter: quarter.flatMap { Quarter(text: $0) },
                                   summary: summary, today: today)
        let text: String
        do {
            switch format {
            case .json: text = try JSONExport.export(what, of: ws)
            case .csv: text = CSVExport.export(what, of: ws, today: today)
            case .md, .html: text = try Papers.render(what, format: format, of: ws, options: options)
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        try Console.emit(Self.byteOrderMark(text, format: format, toFile: output.map { $0 != "-" } ?? false, forced: bom),
                         to: output)
    }

    /// CSV files start with a byte-order mark so Excel reads them as UTF-8; on standard output (a
    /// terminal, a pipe into another tool) the mark is dropped unless `forced`.
    static func byteOrderMark(_ text: String, format: ExportFormat, toFile: Bool, forced: Bool) -> String {
        guard format == .csv else { return text }
        let marked = text.hasPrefix("\u{FEFF}")
        if toFile || forced { return marked ? text : "\u{FEFF}" + text }
        return marked ? String(text.unicodeScalars.dropFirst()) : text
    }
}
