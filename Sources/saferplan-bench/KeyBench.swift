import Foundation
import PlanCore
import PlanUI
import SyntheticWorkspace

/// A keystroke in-process: the reducer and the renderer (no terminal), key by key, at each scale.
/// Goal: at 10×, ≤ 1 ms median and ≤ 5 ms p99 for a move, a page, a section switch, a search step
/// and a form field.
enum KeyBench {
    static let size = Size(width: 100, height: 30)
    static let sections: [Character] = ["2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "1"]

    static func run(scales: [Int], quick: Bool) {
        var rows: [[String]] = []
        var firstFrames: [[String]] = []
        for scale in scales {
            let folder = Scratch.path("keys-\(scale)")
            do { try WorkspaceStore.create(SyntheticWorkspace.make(scale: scale), at: folder) } catch {
                print("Keys: could not write the \(scale)× workspace: \(error)")
                return
            }
            var state: AppState?
            var load = 0.0
            let first = timed {
                load = timed { state = (try? WorkspaceStore.load(folder: folder).workspace).map { ws in
                    AppState(workspace: ws, folder: folder, today: Today.resolve(for: ws.info), size: size)
                } }
                if let s = state { _ = Renderer.render(s) }
            }
            guard var s = state else { print("Keys: could not load the \(scale)× workspace"); return }
            firstFrames.append(["\(scale)×", String(format: "%.1f", load), String(format: "%.1f", first - load), String(format: "%.1f", first)])
            var samples: [String: [Double]] = [:]
            func press(_ kind: String, _ key: Key) {
                let t = timed {
                    _ = Reducer.reduce(&s, .key(key))
                    _ = Renderer.render(s)
                }
                samples[kind, default: []].append(t)
            }
            for c in sections { press("section, first visit", .char(c)) }
            for _ in 0..<(quick ? 2 : 5) { for c in sections { press("section switch", .char(c)) } }
            press("section switch", .char("6"))
            for _ in 0..<(quick ? 50 : 200) { press("move (j)", .char("j")) }
            for _ in 0..<(quick ? 50 : 200) { press("move (j)", .char("k")) }
            for _ in 0..<20 { press("page", .pageDown) }
            for _ in 0..<20 { press("page", .pageUp) }
            for round in 0..<3 {
                press("search step", .char("/"))
                for c in "staff" { press(round == 0 ? "search step, first" : "search step", .char(c)) }
                for _ in 0..<5 { press("search step", .backspace) }
                press("search step", .escape)
            }
            press("form field", .char("e"))
            for _ in 0..<2 {
                for c in "typed text " { press("form field", .char(c)) }
                press("form field", .tab)
            }
            _ = Reducer.reduce(&s, .key(.escape))
            _ = Reducer.reduce(&s, .key(.char("y")))
            for kind in ["move (j)", "page", "section switch", "section, first visit", "search step", "search step, first", "form field"] {
                guard let values = samples[kind] else { continue }
                let p50 = percentile(values, 0.5), p99 = percentile(values, 0.99)
                let goal = kind.contains("first") ? "—" : (scale == 10 ? verdict(p50 <= 1 && p99 <= 5) : "")
                rows.append(["\(scale)×", kind, "\(values.count)", String(format: "%.3f", p50), String(format: "%.3f", p99), goal])
            }
        }
        print("Keystrokes in-process at 100×30 (reduce + render, milliseconds; goal at 10×: p50 ≤ 1, p99 ≤ 5)")
        printTable(["scale", "key", "n", "p50", "p99", "goal at 10×"], rows)
        print("")
        print("First frame in-process at 100×30 (milliseconds: load the files, then build the state and render)")
        printTable(["scale", "load", "state + render", "total"], firstFrames)
    }
}
