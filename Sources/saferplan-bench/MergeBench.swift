import Foundation
import PlanCore
import SyntheticWorkspace

/// Merging two clones of a synthetic workspace, as git's merge driver does file by file.
enum MergeBench {
    static func run(scales: [Int]) {
        var rows: [[String]] = []
        for scale in scales {
            let base = SyntheticWorkspace.make(scale: scale)
            var ours = base, theirs = base
            change(&ours, side: 0)
            change(&theirs, side: 1)
            guard let b = try? encode(base), let o = try? encode(ours), let t = try? encode(theirs) else {
                print("could not encode the workspace")
                return
            }
            var conflicts = 0
            let runs = scale == 1 ? 5 : 3
            let merge = bestOf(runs) {
                conflicts = 0
                for file in WorkspaceFile.allCases {
                    let name = file.fileName
                    guard let out = try? FileMerge.mergeJSON(base: b[name] ?? [], ours: o[name] ?? [], theirs: t[name] ?? [],
                                                             fileName: name, when: "") else { continue }
                    conflicts += out.conflicts.count
                }
            }
            let bytes = b.values.reduce(0) { $0 + $1.count }
            let (save, logged) = saveCosts(base, runs: runs)
            rows.append(["\(scale)×", String(format: "%.1f MB", Double(bytes) / 1e6), "100 + 100", String(format: "%.1f", merge),
                         "1000", merge <= 1000 ? "met" : "NOT met", "\(conflicts)", String(format: "%.1f", save),
                         String(format: "%.1f", logged)])
        }
        print("Merging two clones (every file of the workspace, three-way, in milliseconds, best of several runs;")
        print("saving one edited risk through a session without and with its change log entry)")
        printTable(["scale", "files", "changes per side", "merge", "goal", "", "conflicts", "save risk", "save + log"], rows)
    }

    /// Saving one edited risk: the store's write alone, and with the change log's diff and append.
    static func saveCosts(_ ws: Workspace, runs: Int) -> (Double, Double) {
        let folder = Scratch.path("merge-save-\(ws.risks.risks.count)")
        guard (try? WorkspaceStore.create(ws, at: folder)) != nil, !ws.risks.risks.isEmpty else { return (.nan, .nan) }
        var edited = ws
        var n = 0
        func edit() {
            n += 1
            edited.risks.risks[n % edited.risks.risks.count].owner = "Owner \(n)"
        }
        guard let (session, _) = try? WorkspaceSession.open(folder: folder) else { return (.nan, .nan) }
        defer { session.close() }
        let save = (try? bestOf(runs) {
            edit()
            try session.save(edited, files: [.risks])
        }) ?? .nan
        let logged = (try? bestOf(runs) {
            edit()
            try session.save(edited, files: [.risks], how: "bench", who: "bench")
        }) ?? .nan
        return (save, logged)
    }

    /// 100 changes: edits to risks and actions, and new records, different on each side.
    static func change(_ ws: inout Workspace, side: Int) {
        let risks = ws.risks.risks.count
        for k in 0..<40 where risks > 0 {
            let i = (k * 7 + side * 3) % risks
            if side == 0 { ws.risks.risks[i].owner = "Owner \(k)" } else { ws.risks.risks[i].category = "Category \(k)" }
        }
        var actions = 0
        for p in ws.actionPlans.indices {
            for a in ws.actionPlans[p].actions.indices where actions < 40 {
                if (p + a) % 2 == side {
                    ws.actionPlans[p].actions[a].title += side == 0 ? " (revised)" : " (agreed)"
                    actions += 1
                }
            }
        }
        for k in 0..<10 {
            var r = Risk(id: IDs.unique(prefix: "risk-"), title: "New risk \(side)-\(k)")
            r.ref = "R\(900 + side * 10 + k)"
            ws.risks.risks.append(r)
        }
        if !ws.actionPlans.isEmpty {
            for k in 0..<10 { ws.actionPlans[0].actions.append(PlanAction(id: IDs.unique(prefix: "a-"), title: "New action \(side)-\(k)")) }
        }
    }

    static func encode(_ ws: Workspace) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for file in WorkspaceFile.allCases { out[file.fileName] = try ws.encoded(file) }
        return out
    }
}
