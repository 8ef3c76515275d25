import Foundation
import PlanCore
import SyntheticWorkspace

/// Importing a 10,000-risk register from CSV and from an Excel workbook, beside Python's csv
/// module reading the same CSV in the same run.
enum ImportBench {
    static let count = 10_000

    static func run() {
        var ws = SyntheticWorkspace.make(scale: 1)
        let template = ws.risks.risks
        ws.risks.risks = (0..<count).map { i in
            var r = template[i % template.count]
            r.id = "R\(i + 1)"
            r.title = "\(r.title) (\(i + 1))"
            return r
        }
        let today = Day(year: 2010, month: 11, day: 15) ?? Day(dayNumber: 0)
        let csv = Array(RiskCSV.export(ws.risks, today: today).utf8)
        let xlsx: [UInt8]
        do { xlsx = try XLSXExport.export(.risks, of: ws, today: today) } catch {
            print("could not write the workbook: \(error)")
            return
        }
        var empty = ws
        empty.risks.risks = []
        let options = TableImportOptions(today: today)
        var added = 0
        let csvTime = bestOf(3) {
            if let r = try? RiskTableImport.run(TabularReader.read(csv, file: "risks.csv"), into: empty, options: options) { added = r.added }
        }
        let csvAdded = added
        var readRows = 0
        let readOnly = bestOf(3) { readRows = (try? TabularReader.read(csv, file: "risks.csv"))?.first?.rows.count ?? 0 }
        let xlsxTime = bestOf(3) {
            if let r = try? RiskTableImport.run(TabularReader.read(xlsx, file: "risks.xlsx"), into: empty, options: options) { added = r.added }
        }
        let unchanged = bestOf(3) { _ = try? RiskTableImport.run(TabularReader.read(csv, file: "risks.csv"), into: ws, options: options) }
        // A council's own sheet has no references: its rows are found again by title.
        let plain = Array(("Risk,Owner,Current likelihood,Current impact\n" + ws.risks.risks.map {
            "\($0.title),\($0.owner),\($0.residual.map { String($0.likelihood) } ?? ""),\($0.residual.map { String($0.impact) } ?? "")\n"
        }.joined()).utf8)
        var byTitleSummary = "n/a"
        let byTitle = bestOf(3) {
            if let r = try? RiskTableImport.run(TabularReader.read(plain, file: "plain.csv"), into: ws, options: options) { byTitleSummary = r.summary }
        }
        // The same sheet into an empty register: every row a new risk, given the next reference.
        var newSummary = "n/a"
        let newRisks = bestOf(3) {
            if let r = try? RiskTableImport.run(TabularReader.read(plain, file: "plain.csv"), into: empty, options: options) { newSummary = r.summary }
        }
        // The workspaces written stay until the benchmark ends (see ``Scratch``).
        let csvWhole = endToEnd(csv, file: "risks.csv", into: empty, options: options)
        let xlsxWhole = endToEnd(xlsx, file: "risks.xlsx", into: empty, options: options)
        let python = pythonCSV(csv)
        func ms(_ v: Double) -> String { String(format: "%.0f", v) }
        func rate(_ v: Double) -> String { String(format: "%.0f", Double(count) / (v / 1000)) }
        func ratio(_ v: Double) -> String { python.map { String(format: "%.2f×", $0 / v) } ?? "n/a" }
        print("Import of \(count) risks (milliseconds, best of 3; rows a second; Python's time over ours, above 1× is faster than Python)")
        printTable(["what", "bytes", "time", "rows/s", "vs python", "rows"], [
            ["CSV read alone (no matching, no records)", "\(csv.count)", ms(readOnly), rate(readOnly), ratio(readOnly), "\(readRows) rows read"],
            ["CSV into an empty register", "\(csv.count)", ms(csvTime), rate(csvTime), ratio(csvTime), "\(csvAdded) added"],
            ["xlsx into an empty register", "\(xlsx.count)", ms(xlsxTime), rate(xlsxTime), ratio(xlsxTime), "\(added) added"],
            ["CSV again, every row unchanged", "\(csv.count)", ms(unchanged), rate(unchanged), ratio(unchanged), "\(count) unchanged"],
            ["council CSV without references, found by title", "\(plain.count)", ms(byTitle), rate(byTitle), ratio(byTitle), byTitleSummary],
            ["council CSV of 10,000 new risks without references", "\(plain.count)", ms(newRisks), rate(newRisks), ratio(newRisks), newSummary],
            ["CSV end to end: read file, import, save workspace", "\(csv.count)", ms(csvWhole.ms), rate(csvWhole.ms), ratio(csvWhole.ms), csvWhole.what],
            ["xlsx end to end: read file, import, save workspace", "\(xlsx.count)", ms(xlsxWhole.ms), rate(xlsxWhole.ms), ratio(xlsxWhole.ms), xlsxWhole.what],
            ["python3 csv.DictReader, same CSV", "\(csv.count)", python.map(ms) ?? "n/a", python.map(rate) ?? "n/a", python == nil ? "n/a" : "1.00×", "read only"],
        ])
        for (name, whole) in [("CSV", csvWhole.ms), ("xlsx", xlsxWhole.ms)] {
            print("\(name) import end to end: \(ms(whole)) ms (goal ≤ 1000 ms: \(verdict(whole <= 1000)))")
        }
        if let python {
            print(String(format: "CSV import in memory: %@ ms, %.2f× Python's csv module's rate on the same CSV (goal ≥ 1×: %@); "
                         + "end to end, which also writes 10,001 files, %.2f×", ms(csvTime), python / csvTime, verdict(python >= csvTime),
                         python / csvWhole.ms))
        }
        print("\"Into an empty register\" reads the bytes, matches the header and checks and applies every row in memory. "
              + "\"End to end\" also reads the file from disk and saves the workspace (one file per risk, the register's own file "
              + "and the change log) through a session, as `saferplan import risks FILE` does. "
              + "Python's figure reads the file from disk and makes a dictionary per row, nothing more.")
    }

    /// `saferplan import risks FILE` without its messages: reads the file, imports it into a workspace
    /// on disk holding no risks, and saves what changed. Best of 3, each into a new folder.
    static func endToEnd(_ bytes: [UInt8], file: String, into ws: Workspace, options: TableImportOptions)
        -> (ms: Double, what: String) {
        let source = Scratch.path("import-" + file)
        guard FileManager.default.createFile(atPath: source, contents: Data(bytes)) else { return (.nan, "could not write the file") }
        var best = Double.infinity
        var what = "n/a"
        for run in 0..<3 {
            let folder = Scratch.path("import-\(file)-\(run)")
            guard (try? WorkspaceStore.create(ws, at: folder)) != nil, let (session, loaded) = try? WorkspaceSession.open(folder: folder) else {
                return (.nan, "could not make the workspace")
            }
            defer { session.close() }
            var failure: String?
            let t = timed {
                do {
                    let read = try FileSystem.read(source)
                    let tables = try TabularReader.read(read, file: file)
                    let result = try TableImport.run(RiskSchema(), tables, into: loaded, options: options)
                    try session.save(result.workspace, files: result.workspace.changedFiles(since: loaded), how: "import \(file)", who: "bench")
                    what = "\(result.added) added, \(FileSystem.list(FileSystem.join(folder, "risks")).count) risk files"
                } catch {
                    failure = "\(error)"
                }
            }
            if let failure { return (.nan, failure) }
            best = min(best, t)
        }
        return (best, what)
    }

    /// Python's csv.DictReader over the same bytes, best of 3, in milliseconds.
    static func pythonCSV(_ bytes: [UInt8]) -> Double? {
        let path = Scratch.path("python-import.csv")
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
        let script = """
            import csv, sys, time
            best = float('inf')
            for _ in range(3):
                t0 = time.perf_counter()
                with open(sys.argv[1], newline='', encoding='utf-8-sig') as h:
                    rows = list(csv.DictReader(h))
                best = min(best, time.perf_counter() - t0)
            print(best * 1000)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
