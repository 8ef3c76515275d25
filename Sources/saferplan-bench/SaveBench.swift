import Foundation
import PlanCore
import SyntheticWorkspace

/// What a save costs in the record-file layout: writing a whole workspace into a new folder, loading
/// it, and saving one edited record (through a session, with the change log) at each scale; and,
/// for comparison, what rewriting the whole risk register as one file costs.
enum SaveBench {
    static func run(scales: [Int]) {
        var rows: [[String]] = []
        var writers: [[String]] = []
        for scale in scales {
            let ws = SyntheticWorkspace.make(scale: scale)
            let folder = Scratch.path("save-\(scale)")
            let writeAll = (try? bestOf(1) { try WorkspaceStore.create(ws, at: folder) }) ?? .nan
            let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".json") }.count
            let runs = scale == 1 ? 7 : 3
            let load = (try? bestOf(runs) { _ = try WorkspaceStore.load(folder: folder) }) ?? .nan
            // The same workspace as older builds wrote it, each part in one file.
            let single = folder + "-one-file"
            try? FileManager.default.createDirectory(atPath: single, withIntermediateDirectories: true)
            for file in WorkspaceFile.allCases {
                if let bytes = try? ws.encoded(file) { try? FileSystem.writeAtomically(bytes, to: single + "/" + file.fileName) }
            }
            let loadSingle = (try? bestOf(runs) { _ = try WorkspaceStore.load(folder: single) }) ?? .nan
            var edited = ws
            var n = 0
            var session: WorkspaceSession?
            if let (s, _) = try? WorkspaceSession.open(folder: folder) { session = s }
            defer { session?.close() }
            func saveOne(_ file: WorkspaceFile, _ edit: (inout Workspace, Int) -> Void) -> Double {
                guard let session else { return .nan }
                return (try? bestOf(runs) {
                    n += 1
                    edit(&edited, n)
                    try session.save(edited, files: [file], how: "bench", who: "bench")
                }) ?? .nan
            }
            let risk = saveOne(.risks) { w, n in w.risks.risks[n % w.risks.risks.count].owner = "Owner \(n)" }
            let indicator = saveOne(.indicators) { w, n in w.indicators[n % w.indicators.count].title += "." }
            let plan = saveOne(.actions) { w, n in w.actionPlans[n % w.actionPlans.count].lead = "Lead \(n)" }
            let whole = bestOf(1) {
                guard let bytes = try? edited.encoded(.risks) else { return }
                try? FileSystem.writeAtomically(bytes, to: folder + "/single-risks.json")
            }
            func ms(_ v: Double) -> String { String(format: "%.1f", v) }
            rows.append(["\(scale)×", "\(files)", ms(writeAll), ms(load), ms(loadSingle), ms(risk), ms(indicator), ms(plan), ms(whole)])
            // JSONEncoder against the project's encoder, on every record file's record and the other parts.
            let foundation = JSONEncoder()
            foundation.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            func everyRecord(_ encode: (any Encodable) throws -> [UInt8]) -> (bytes: Int, all: [[UInt8]]) {
                var all: [[UInt8]] = []
                do {
                    for r in ws.risks.risks { all.append(try encode(r)) }
                    for i in ws.indicators { all.append(try encode(i)) }
                    for p in ws.actionPlans { all.append(try encode(p)) }
                    all.append(try encode(ws.governance))
                    all.append(try encode(ws.budget))
                    all.append(try encode(ws.priorities))
                } catch { return (0, []) }
                return (all.reduce(0) { $0 + $1.count }, all)
            }
            var viaFoundation: [[UInt8]] = [], viaProject: [[UInt8]] = []
            var total = 0
            let foundationTime = bestOf(runs) { viaFoundation = everyRecord { try Array(foundation.encode($0)) }.all }
            let projectTime = bestOf(runs) { (total, viaProject) = everyRecord { try PrettyJSONEncoder.encode($0) } }
            writers.append(["\(scale)×", "\(viaProject.count)", String(format: "%.1f MB", Double(total) / 1e6), ms(foundationTime), ms(projectTime),
                            String(format: "%.1f×", foundationTime / projectTime), viaFoundation == viaProject ? "yes" : "NO"])
        }
        print("Saves in the record-file layout (milliseconds; a save goes through a session with the change log)")
        printTable(["scale", "json files", "write all (new folder)", "load", "load (one file per part)", "save 1 risk", "save 1 indicator",
                    "save 1 action plan", "whole risks.json (old layout)"], rows)
        print("")
        print("Encoding every record and part as the files hold them: Foundation's JSONEncoder against the project's PrettyJSONEncoder "
              + "(which the store writes with), milliseconds")
        printTable(["scale", "values", "bytes", "JSONEncoder", "PrettyJSONEncoder", "speed-up", "same bytes"], writers)
    }
}
