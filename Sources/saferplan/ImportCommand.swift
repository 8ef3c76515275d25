import ArgumentParser
import PlanCore

/// `saferplan import …`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring records in from a council's own sheets (Excel .xlsx or CSV), or from SaferPlan's exports.",
        discussion: """
            Columns are matched by name, ignoring case, spaces and punctuation, against each field's name and \
            the words councils use; a title row above the header is skipped and unmatched columns are listed as \
            ignored. Rows without a reference are added with the next free one; rows with one update that \
            record. An unchanged row changes nothing. Dates are read day first (15/01/2027), as ISO, as \
            "15 Jan 2027" or as Excel dates; money as 120000, £120,000.00 or (1,000). CSV may use commas, \
            semicolons or tabs, UTF-8 (with or without a byte-order mark) or Windows-1252. If any row is refused \
            nothing is written, unless --partial; every refusal names the file, row, column and what was expected.
            """,
        subcommands: [ImportRisksCommand.self, ImportActionsCommand.self, ImportIndicatorsCommand.self, ImportBudgetCommand.self,
                      ImportPartnersCommand.self, ImportBodiesCommand.self, ImportEngagementCommand.self, ImportMilestonesCommand.self,
                      ImportGlossaryCommand.self])

    /// Refuses `import WORD …` when WORD names no kind of record, listing the kinds (the argument
    /// parser would only say the words were unexpected). `arguments` follow the program's name.
    static func refuseUnknownKind(_ arguments: [String]) {
        guard arguments.count >= 2, arguments[0] == "import", let word = arguments.dropFirst().first, !word.hasPrefix("-") else { return }
        let kinds = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !kinds.contains(word) else { return }
        Console.error("there is no kind of record \"\(word)\" to import; the kinds are " + kinds.joined(separator: ", ")
                      + " (saferplan import KIND FILE [WORKSPACE])")
        exit(withError: ExitCode(64))
    }
}

/// What every import takes.
struct ImportArguments: ParsableArguments {
    @Argument(help: "The .xlsx or .csv file to import, or - for standard input.", completion: .file(extensions: ["xlsx", "csv"]))
    var file: String

    @Argument(help: "The workspace folder.", completion: .directory)
    var workspace: String?

    @Flag(help: "Say per row what would be added, updated (field: old → new), left unchanged or refused; write nothing.")
    var dryRun = false

    @Option(help: "The workbook sheet to read (default: the first whose header fits).")
    var sheet: String?

    @Flag(help: "Import the rows that are fine even when others are refused.")
    var partial = false

    @Flag(help: "Create a priority, body or partner that a row names but the workspace lacks.")
    var createMissing = false

    @Option(help: ArgumentHelp("While someone else holds the workspace's lock, wait up to this many seconds for it.",
                               valueName: "seconds"))
    var wait: Double = 0

    @Option(name: .customLong("map"), help: ArgumentHelp("A TOML file naming the field for headers the matching does not know: \"Their header\" = \"field\", or = \"\" to leave the column out (a [risks], [actions]… table for several kinds).", valueName: "file"))
    var mapFile: String?

    /// The `--map` file's header → field pairs for `kind`; none without the option.
    func headerMap(kind: String, fields: [FieldDescription]) throws -> [String: String] {
        guard let mapFile else { return [:] }
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(mapFile) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            Console.error("\(mapFile): not UTF-8 text")
            throw ExitCode(1)
        }
        do { return try ImportMap.parse(text, file: mapFile, kind: kind, fields: fields) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The file's bytes, from standard input for `-`.
    func bytes() throws -> [UInt8] {
        if file == "-" {
            guard let all = StandardInput.readAll(limit: TabularReader.maxBytes) else {
                Console.error("standard input: more than \(TabularReader.maxBytes / 1_048_576) MB; the most SaferPlan imports")
                throw ExitCode(1)
            }
            return all
        }
        do { return try FileSystem.read(file) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Imports `bytes` through `schema` into the workspace and saves what changed.
    func run<S: TableSchema>(_ schema: S, kind: String, bytes: [UInt8], ws: Workspace, session: WorkspaceSession, folder: String) throws {
        let result: TableImportResult
        var headers: [String: String] = [:]
        do {
            headers = try headerMap(kind: kind, fields: schema.importFields(ws))
            let tables = try TabularReader.read(bytes, file: file == "-" ? "standard input" : file, sheet: sheet)
            result = try TableImport.run(schema, tables, into: ws, options: TableImportOptions(today: Today.resolve(for: ws.info), map: headers,
                                                                                                createMissing: createMissing))
        } catch let e as ExitCode {
            throw e
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        let leftOut = Set(headers.filter { $0.value.isEmpty }.keys.map(FieldDescription.normalise))
        let unmatched = result.match.ignored.filter { !leftOut.contains(FieldDescription.normalise($0)) }
        if !unmatched.isEmpty {
            Console.note("columns ignored (no field of that name): " + unmatched.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if unmatched.count < result.match.ignored.count {
            Console.note("columns left out by --map: "
                         + result.match.ignored.filter { leftOut.contains(FieldDescription.normalise($0)) }.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        let derived = schema.derivedHeaders(result.match)
        if !derived.checked.isEmpty {
            Console.note("columns checked against the others, not stored: " + derived.checked.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if !derived.workedOut.isEmpty {
            Console.note("columns not stored (SaferPlan works them out from the others): " + derived.workedOut.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        if dryRun {
            for line in result.report() { Console.out(line) }
            Console.out("dry run: would import \(result.summary(of: schema)); nothing was written")
            // As the import itself would, a refused row makes the exit non-zero.
            if result.refused > 0 { throw ExitCode(1) }
            return
        }
        if result.refused > 0 {
            for line in result.report(onlyRefused: true) { Console.error(line) }
            if !partial {
                Console.error("nothing was imported: \(result.refused) row\(result.refused == 1 ? "" : "s") refused (--partial imports the others)")
                throw ExitCode(1)
            }
        }
        // What the dry run notes of a row (a value taken otherwise than the sheet gives it, a sheet's
        // RAG that differs, an update added) is said by the import itself too.
        for line in result.notedReport() { Console.out(line) }
        if result.added + result.updated == 0 {
            Console.out("nothing to change: \(result.summary(of: schema))")
            if result.refused > 0 { throw ExitCode(1) }
            return
        }
        if session.isReadOnly {
            Console.error("the workspace is read-only: " + session.readOnlyReasons.joined(separator: "; "))
            throw ExitCode(1)
        }
        let files = result.workspace.changedFiles(since: ws)
        let saved: SavedFiles
        do { saved = try session.save(result.workspace, files: files, how: "import " + FileSystem.baseName(of: file)) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.out("imported \(result.summary(of: schema)) into " + saved.written(in: folder))
        if result.refused > 0 { throw ExitCode(1) }
    }

    /// Opens the workspace (read-only for a dry run).
    func open() throws -> (WorkspaceSession, Workspace, String) {
        let folder = try WorkspaceArgument.resolve(workspace)
        let session: WorkspaceSession
        let ws: Workspace
        // The lock is taken before the workspace is read: no other writer can come in between.
        do { (session, ws) = try WorkspaceSession.open(folder: folder, readOnly: dryRun, waitSeconds: wait) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if !dryRun, let holder = session.lockedBy {
            session.close()
            Console.error("the workspace is locked by \(holder.user) on \(holder.host) (process \(holder.pid)) since "
                          + "\(holder.since); nothing was imported. Try again when they have finished, or pass --wait SECONDS")
            throw ExitCode(1)
        }
        return (session, ws, folder)
    }
}

/// `saferplan import actions FILE [WORKSPACE]`.
struct ImportActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Import action plans: one row per action or per quarterly update, with its priority, lead, due date, SMART target, RAG and the quarter's commentary.",
        discussion: """
            The priority is named by id, code or title. RAG and commentary become that quarter's update (the \
            Quarter column, else the current quarter); an update already recorded with the same words is left \
            alone. Rows naming one action for several quarters each give their quarter's update; the action's \
            own status and RAG are read from its latest quarter's row. Without a Status column an action given \
            updates is in progress. A sheet kept wide gives each quarter columns of its own instead: "Q1 RAG" and "Q1 Update" \
            (or "Q1 Progress", "Q1 Commentary", "Q1 (Apr-Jun)", "Quarter 1") to "Q4 RAG" and "Q4 Update", \
            each the update of that quarter of the row's plan year; an empty quarter changes nothing, a quarter \
            column saying only Red, Amber or Green is its RAG, and a quarter without a RAG takes the action's. \
            Exports write one row per update, as the Quarter columns (--quarter: one quarter's). Columns: \
            \(ActionSchema().fields(Workspace()).map(\.label).joined(separator: ", ")), and Q1 RAG, Q1 Update … Q4 Update.
            """)

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(ActionSchema(), kind: "actions") }
}

/// `saferplan import indicators FILE [WORKSPACE]`.
struct ImportIndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Import indicators and a quarterly return: definition, baseline, a target per year, an actual per quarter.",
        discussion: """
            Indicators are found by code (NI 15) or id. Target columns are "Target 2026-27" (or "Target" for the \
            current year); actual columns are "Actual 2026-27 Q1" (or "Q1", "Apr-Jun" for the current year). A \
            year in a header names that year ("Target (2026/27)"); "Baseline (2025/26)" also gives the baseline's \
            period. An empty actual cell, or one saying n/a, - or TBC, is no figure (never zero) and removes that \
            quarter's actual. Percent-formatted cells are read as the percentage they show. The sheet's RAG is not \
            stored: SaferPlan works it out, and a row whose RAG differs says so.
            """)

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(IndicatorSchema(), kind: "indicators") }
}

/// `saferplan import budget FILE [WORKSPACE]`.
struct ImportBudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Import the funding table: one row per funding line (source, year, amount, confirmed or projected).",
        discussion: """
            Lines are found by id, else by source and year. Amounts as 120000, £120,000.00 or (1,000); a totals \
            row is skipped, since totals are worked out.
            """)

    @OptionGroup var arguments: ImportArguments

    func run() throws { try arguments.runAll(FundingSchema(), kind: "budget") }
}

/// `saferplan import risks FILE [WORKSPACE]`.
struct ImportRisksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks",
        abstract: "Import a risk register from a council's own sheet (Excel .xlsx or CSV) or SaferPlan's JSON export.",
        discussion: """
            Headers such as Ref, Risk / Description, Risk Owner / Lead, Gross / Inherent, Current / Net / Residual \
            and Target likelihood and impact, Existing Controls, Review Date / Next Review are recognised. A \
            changed score records a review dated from the sheet's last review, else today; half a score, a score \
            column that disagrees with likelihood × impact, or a review date before the last one is refused.
            """)

    @OptionGroup var arguments: ImportArguments

    func run() throws {
        let bytes = try arguments.bytes()
        let (session, ws, folder) = try arguments.open()
        defer { session.close() }
        let isJSON = arguments.file.lowercased().hasSuffix(".json") || bytes.first { $0 > 0x20 } == UInt8(ascii: "{")
        if isJSON {
            try importJSON(bytes, ws: ws, session: session, folder: folder)
        } else {
            try arguments.run(RiskSchema(), kind: "risks", bytes: bytes, ws: ws, session: session, folder: folder)
        }
    }

    /// SaferPlan's own JSON export: ids kept, every bad record named.
    func importJSON(_ bytes: [UInt8], ws: Workspace, session: WorkspaceSession, folder: String) throws {
        var ws = ws
        let result = RiskImport.json(bytes, into: ws.risks)
        if !result.problems.isEmpty {
            for p in result.problems { Console.error("\(arguments.file): \(p)") }
            Console.error("nothing was imported: \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        let summary = result.summary
        if arguments.dryRun {
            Console.out("dry run: would import \(summary); nothing was written")
            return
        }
        if result.added.isEmpty && result.updated.isEmpty && result.register == ws.risks {
            Console.out("nothing to change: \(summary)")
            return
        }
        if session.isReadOnly {
            Console.error("the workspace is read-only: " + session.readOnlyReasons.joined(separator: "; "))
            throw ExitCode(1)
        }
        ws.risks = result.register
        let saved: SavedFiles
        do { saved = try session.save(ws, files: [.risks], how: "import " + FileSystem.baseName(of: arguments.file)) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.out("imported \(summary) into " + saved.written(in: folder))
    }
}
