import ArgumentParser
import PlanCore

/// `saferplan import …`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring records in from a spreadsheet or a SaferPlan export.",
        subcommands: [ImportRisksCommand.self])
}

/// `saferplan import risks FILE [WORKSPACE]`.
struct ImportRisksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks",
        abstract: "Import a risk register from a council's own sheet (Excel .xlsx or CSV) or SaferPlan's JSON export.",
        discussion: """
            Columns are matched by name, ignoring case, spaces and punctuation, against each field's name and \
            the words councils use (Ref, Risk / Description, Risk Owner / Lead, Gross / Inherent, Current / Net / \
            Residual and Target likelihood and impact, Existing Controls, Review Date / Next Review, …); a title \
            row above the header is skipped. Rows without a reference are added with the next free one; rows \
            with one update that risk. An unchanged row changes nothing; a changed score records a review dated \
            from the sheet's last review, else today; half a score, a derived score that disagrees with \
            likelihood × impact, or a review date before the last one is refused. Dates are read day first \
            (15/01/2027), as ISO, as "15 Jan 2027" or as Excel dates. CSV may use commas, semicolons or tabs, \
            UTF-8 (with or without a byte-order mark) or Windows-1252. If any row is refused nothing is written, \
            unless --partial.
            """)

    @Argument(help: "The .xlsx, .csv or .json file to import, or - for standard input.")
    var file: String

    @Argument(help: "The workspace folder.")
    var workspace: String?

    @Flag(help: "Say per row what would be added, updated (field: old → new), left unchanged or refused; write nothing.")
    var dryRun = false

    @Option(help: "The workbook sheet to read (default: the first with data).")
    var sheet: String?

    @Flag(help: "Import the rows that are fine even when others are refused.")
    var partial = false

    @Flag(help: "Create a priority or body that a row names but the workspace lacks.")
    var createMissing = false

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let bytes: [UInt8]
        if file == "-" {
            guard let all = StandardInput.readAll(limit: TabularReader.maxBytes) else {
                Console.error("standard input: more than \(TabularReader.maxBytes / 1_048_576) MB; the most SaferPlan imports")
                throw ExitCode(1)
            }
            bytes = all
        } else {
            do { bytes = try FileSystem.read(file) } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        }
        let session: WorkspaceSession
        var ws: Workspace
        do { (session, ws) = try WorkspaceSession.open(folder: folder, readOnly: dryRun) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { session.close() }
        let isJSON = file.lowercased().hasSuffix(".json") || bytes.first { $0 > 0x20 } == UInt8(ascii: "{")
        if isJSON {
            try importJSON(bytes, ws: &ws, session: session, folder: folder)
            return
        }
        let result: TableImportResult
        do {
            let input = try TabularReader.read(bytes, file: file == "-" ? "standard input" : file, sheet: sheet)
            result = try RiskTableImport.run(input, into: ws, options: TableImportOptions(today: Today.resolve(for: ws.info),
                                                                                           createMissing: createMissing))
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        if !result.match.ignored.isEmpty {
            Console.note("columns ignored (no field of that name): " + result.match.ignored.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if !result.match.derived.isEmpty {
            Console.note("columns checked but not stored (worked out from others): " + result.match.derived.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if dryRun {
            for line in result.report() { Console.out(line) }
            Console.out("dry run: would import \(result.summary); nothing was written")
            return
        }
        if result.refused > 0 {
            for line in result.report(onlyRefused: true) { Console.error(line) }
            if !partial {
                Console.error("nothing was imported: \(result.refused) row\(result.refused == 1 ? "" : "s") refused (--partial imports the others)")
                throw ExitCode(1)
            }
        }
        if result.added + result.updated == 0 {
            Console.out("nothing to change: \(result.summary)")
            if result.refused > 0 { throw ExitCode(1) }
            return
        }
        if session.isReadOnly {
            Console.error("the workspace is read-only: " + session.readOnlyReasons.joined(separator: "; "))
            throw ExitCode(1)
        }
        var files: Set<WorkspaceFile> = [.risks]
        if result.workspace.governance != ws.governance { files.insert(.governance) }
        if result.workspace.priorities != ws.priorities { files.insert(.plan) }
        do { try session.save(result.workspace, files: files) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.out("imported \(result.summary) into \(FileSystem.join(folder, WorkspaceFile.risks.fileName))")
        if result.refused > 0 { throw ExitCode(1) }
    }

    /// SaferPlan's own JSON export: ids kept, every bad record named.
    func importJSON(_ bytes: [UInt8], ws: inout Workspace, session: WorkspaceSession, folder: String) throws {
        let result = RiskImport.json(bytes, into: ws.risks)
        if !result.problems.isEmpty {
            for p in result.problems { Console.error("\(file): \(p)") }
            Console.error("nothing was imported: \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        let summary = "\(result.added.count) added, \(result.updated.count) updated"
        if dryRun {
            Console.out("dry run: would import \(summary); nothing was written")
            return
        }
        if session.isReadOnly {
            Console.error("the workspace is read-only: " + session.readOnlyReasons.joined(separator: "; "))
            throw ExitCode(1)
        }
        ws.risks = result.register
        do { try session.save(ws, files: [.risks]) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.out("imported \(summary) into \(FileSystem.join(folder, WorkspaceFile.risks.fileName))")
    }
}
