import ArgumentParser
import PlanCore

/// `saferplan import …`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring records in from a spreadsheet or a SaferPlan export.",
        subcommands: [ImportRisksCommand.self])
}

/// `saferplan import risks FILE [WORKSPACE] [--dry-run]`.
struct ImportRisksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks",
        abstract: "Import a risk register from CSV (a spreadsheet export) or from SaferPlan's JSON export.",
        discussion: """
            Rows whose id is already in the register update that risk; others are added. CSV may have a \
            byte-order mark, CRLF line ends, quoted fields and embedded newlines; columns are matched by name \
            (see `saferplan export --what risks --format csv`). Every bad row is reported with its line and \
            reason, and nothing is written if any row is bad.
            """)

    @Argument(help: "The .csv or .json file to import.")
    var file: String

    @Argument(help: "The workspace folder.")
    var workspace: String?

    @Flag(help: "Report what would change without writing anything.")
    var dryRun = false

    @Option(help: ArgumentHelp("While someone else holds the workspace's lock, wait up to this many seconds for it.",
                               valueName: "seconds"))
    var wait: Double = 0

    func run() throws {
        let folder = try WorkspaceArgument.resolve(workspace)
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(file) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let session: WorkspaceSession
        var ws: Workspace
        // The lock is taken before the workspace is read: no other writer can come in between.
        do { (session, ws) = try WorkspaceSession.open(folder: folder, readOnly: dryRun, waitSeconds: wait) } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { session.close() }
        if let holder = session.lockedBy {
            Console.error("the workspace is locked by \(holder.user) on \(holder.host) (process \(holder.pid)) since "
                          + "\(holder.since); nothing was imported. Try again when they have finished, or pass --wait SECONDS")
            throw ExitCode(1)
        }
        let isJSON = file.lowercased().hasSuffix(".json") || bytes.first { $0 > 0x20 } == UInt8(ascii: "{")
        let result: RiskImportResult
        if isJSON {
            result = RiskImport.json(bytes, into: ws.risks)
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                Console.error("\(file): not UTF-8 text; save the spreadsheet as \"CSV UTF-8\"")
                throw ExitCode(1)
            }
            result = RiskImport.csv(text, into: ws.risks)
        }
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
