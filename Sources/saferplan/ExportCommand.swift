import ArgumentParser
import Foundation
import PlanCore

extension ExportSubject: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension PaperStatus: ExpressibleByArgument {}

/// `saferplan export [WORKSPACE] --what … --format … [--output FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export part of the plan as JSON, CSV, an Excel workbook, or a board paper in Markdown, HTML, Word or PDF.",
        discussion: """
            json is a stable machine form; csv opens in a spreadsheet (RFC 4180, UTF-8, one row per record; \
            funding lines only, totals being worked out); xlsx is an Excel workbook (numbers, pounds and dates \
            typed, a frozen header, totals on a sheet of their own); md, html, docx and pdf are board papers in \
            the committee-report shape, ready to print. pdf needs LibreOffice or Chromium on PATH. Cover fields not given here are \
            read from papers.json in the workspace folder.
            """)

    @Argument(help: "The workspace folder.", completion: .directory)
    var workspace: String?

    @Option(help: "What to export: \(ExportSubject.allCases.map(\.rawValue).joined(separator: ", ")).")
    var what: ExportSubject

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "The file to write (standard output when absent or '-').")
    var output: String?

    @Option(help: "For papers: the date of the last meeting to compare with (YYYY-MM-DD).")
    var since: String?

    @Option(help: "For performance reports: the quarter, e.g. \"2009-10 Q2\" (default: the latest). For actions as csv or xlsx: only that quarter's updates, one row per action (default: a row per update).")
    var quarter: String?

    @Flag(help: "For --what plan: the short public summary instead of the whole plan.")
    var summary = false

    @Option(help: "For papers: the meeting (body) the paper goes to, e.g. \"Safer Communities Executive Board\", or a recorded meeting's id (its body and date, e.g. csp-2008-03-28).")
    var meeting: String?

    @Option(help: "For papers: the date of the meeting (YYYY-MM-DD).")
    var date: String?

    @Option(help: "For papers: the author, as \"Name\" or \"Name, Role\".")
    var author: String?

    @Option(help: "For papers: the wards or area affected (default: the partnership's area).")
    var wards: String?

    @Option(name: .customLong("for"), help: "For papers: decision or information.")
    var status: PaperStatus?

    /// The cover fields given on the command line.
    var givenCover: PaperCoverFields {
        var f = PaperCoverFields(meeting: meeting, date: date.flatMap { Day(lenient: $0) }, wards: wards, status: status)
        if let author {
            let parts = author.split(separator: ",", maxSplits: 1).map { String($0).trimmingSpaces() }
            f.author = parts.first
            f.role = parts.count > 1 ? parts[1] : nil
        }
        return f
    }

    @Flag(help: "For csv: start with a byte-order mark even on standard output (files always have one, for Excel).")
    var bom = false

    func validate() throws {
        if let since, Day(lenient: since) == nil {
            throw ValidationError("--since \"\(since)\" is not a date; expected YYYY-MM-DD")
        }
        if let date, Day(lenient: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date; expected YYYY-MM-DD")
        }
        if let quarter, Quarter(text: quarter) == nil {
            throw ValidationError("--quarter \"\(quarter)\" is not a quarter; expected e.g. \"2009-10 Q2\"")
        }
    }

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let ws = try WorkspaceArgument.load(folder)
        let today = Today.resolve(for: ws.info)
        let bytes: [UInt8]
        do {
            var given = givenCover
            if let meeting, let from = ws.cover(fromMeeting: meeting) {
                given.meeting = from.meeting
                given.date = given.date ?? from.date
            }
            let cover = try PaperExport.cover(folder: folder, given: given)
            let options = PaperOptions(since: since.flatMap { Day(lenient: $0) }, quarter: quarter.flatMap { Quarter(text: $0) },
                                       summary: summary, today: today, cover: cover)
            if (format == .docx || format == .pdf || format == .xlsx) && (output == nil || output == "-") && isatty(1) != 0 {
                throw ExportError(format == .xlsx ? "a workbook is not for the terminal: give --output FILE.xlsx (or redirect standard output)"
                                  : "a \(format.rawValue) paper is a binary file: name it with --output FILE")
            }
            bytes = try PaperExport.bytes(what, format: format, of: ws, options: options)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        if format.isText {
            let text = String(decoding: bytes, as: UTF8.self)
            try Console.emit(Self.byteOrderMark(text, format: format, toFile: output.map { $0 != "-" } ?? false, forced: bom), to: output)
        } else {
            try Console.emit(bytes: bytes, to: output)
        }
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
