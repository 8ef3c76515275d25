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
        let python = pythonCSV(csv)
        func ms(_ v: Double) -> String { String(format: "%.0f", v) }
        func rate(_ v: Double) -> String { String(format: "%.0f", Double(count) / (v / 1000)) }
        print("Import of \(count) risks (milliseconds, best of 3; rows a second)")
        printTable(["what", "bytes", "time", "rows/s", "rows"], [
            ["CSV read alone (no matching, no records)", "\(csv.count)", ms(readOnly), rate(readOnly), "\(readRows) rows read"],
            ["CSV into an empty register", "\(csv.count)", ms(csvTime), rate(csvTime), "\(csvAdded) added"],
            ["xlsx into an empty register", "\(xlsx.count)", ms(xlsxTime), rate(xlsxTime), "\(added) added"],
            ["CSV again, every row unchanged", "\(csv.count)", ms(unchanged), rate(unchanged), "\(count) unchanged"],
            ["council CSV without references, found by title", "\(plain.count)", ms(byTitle), rate(byTitle), byTitleSummary],
            ["council CSV of 10,000 new risks without references", "\(plain.count)", ms(newRisks), rate(newRisks), newSummary],
            ["python3 csv.DictReader, same CSV", "\(csv.count)", python.map(ms) ?? "n/a", python.map(rate) ?? "n/a", "read only"],
        ])
        if let python {
            print(String(format: "CSV import is %.2f× Python's csv module reading the same file (goal: at least 1×, and ≤ 1 s each); "
                         + "reading alone is %.2f×", python / csvTime, python / readOnly))
        }
        print("An import here reads the bytes, matches the header and checks and applies every row to the workspace in memory; "
              + "reading the file from disk and saving the workspace are not included (the save is in the store figures). "
              + "Python's figure reads the file from disk and makes a dictionary per row, nothing more.")
    }

    /// Python's csv.DictReader over the same bytes, best of 3, in milliseconds.
    static func pythonCSV(_ bytes: [UInt8]) -> Double? {
        let path = NSTemporaryDirectory() + "saferplan-bench-import-\(getpid()).csv"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
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
