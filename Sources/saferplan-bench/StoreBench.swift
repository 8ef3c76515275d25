import Foundation
import PlanCore
import SyntheticWorkspace

/// Load, validate, save and export of synthetic workspaces.
enum StoreBench {
    static func run(scales: [Int]) {
        var rows: [[String]] = []
        for scale in scales {
            let ws = SyntheticWorkspace.make(scale: scale)
            let folder = Scratch.path("store-\(scale)")
            do { try WorkspaceStore.create(ws, at: folder) } catch {
                print("could not write the workspace: \(error)")
                return
            }
            let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".json") }
            let bytes = names.reduce(0) { total, name in
                total + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0)
            }
            let runs = scale == 1 ? 7 : 3
            let load = (try? bestOf(runs) { _ = try WorkspaceStore.load(folder: folder) }) ?? .nan
            let python = pythonLoad(folder: folder, runs: runs)
            let validate = bestOf(runs) { _ = ws.validate(today: Day(year: 2010, month: 11, day: 15) ?? Day(dayNumber: 0)) }
            var prints = (try? WorkspaceStore.fingerprints(folder: folder)) ?? [:]
            let save = (try? bestOf(runs) {
                prints.merge(try WorkspaceStore.save(ws, files: Set(WorkspaceFile.allCases), to: folder, expecting: prints)) { $1 }
            }) ?? .nan
            let saveRisks = (try? bestOf(runs) {
                prints.merge(try WorkspaceStore.save(ws, files: [.risks], to: folder, expecting: prints)) { $1 }
            }) ?? .nan
            let exportJSON = (try? bestOf(runs) { _ = try JSONExport.export(.plan, of: ws) }) ?? .nan
            let today = Day(year: 2010, month: 11, day: 15) ?? Day(dayNumber: 0)
            let exportCSV = bestOf(runs) {
                for s in ExportSubject.allCases { _ = CSVExport.export(s, of: ws, today: today) }
            }
            func ms(_ v: Double) -> String { String(format: "%.1f", v) }
            rows.append(["\(scale)×", String(format: "%.1f MB", Double(bytes) / 1e6), ms(load), python.map(ms) ?? "n/a",
                         python.map { String(format: "%.2f×", $0 / load) } ?? "n/a", ms(validate), ms(save), ms(saveRisks),
                         ms(exportJSON), ms(exportCSV), String(format: "%.0f", peakMemoryMiB())])
        }
        print("Workspace store (milliseconds, best of several runs; peak memory of the whole run in MiB)")
        printTable(["scale", "files", "load", "python json.load", "speed vs python", "validate", "save all",
                    "save risks", "export json", "export csv ×6", "peak MiB"], rows)
        print("")
        SaveBench.run(scales: scales.contains(10) ? scales + [30] : scales)
    }

    /// Python's json.load of the same files (the parts' own and the record files), best of `runs`,
    /// in milliseconds.
    static func pythonLoad(folder: String, runs: Int) -> Double? {
        let script = """
            import glob, json, sys, time
            files = glob.glob(sys.argv[1] + '/*.json') + glob.glob(sys.argv[1] + '/*/*.json')
            best = float('inf')
            for _ in range(int(sys.argv[2])):
                t0 = time.perf_counter()
                for f in files:
                    with open(f, 'rb') as h:
                        json.load(h)
                best = min(best, time.perf_counter() - t0)
            print(best * 1000)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, folder, String(runs)]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
