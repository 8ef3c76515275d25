import Foundation
import PlanCore
import PlanUI
import SyntheticWorkspace

/// The real programs on pseudo-terminals at 100×30: saferplan on the synthetic workspace and, when
/// it is on PATH, visidata on the same risk register as JSON. First frame, key latency, idle CPU,
/// bytes per cursor move and peak memory, each goal printed with both figures.
enum PtyBench {
    static let width = 100, height = 30

    struct Figures {
        var firstFrame: Double?
        var keys: [Double] = []
        var moveBytes: Int?
        var fullBytes: Int?
        var peakMiB: Double?
        var idleCPU: Double?
        var idleBytes: Int?
        var p50: Double? { keys.isEmpty ? nil : percentile(keys, 0.5) }
        var p99: Double? { keys.isEmpty ? nil : percentile(keys, 0.99) }
    }

    static func run(scales: [Int], idleSeconds: Int, deadline: Int, visidata: String?) {
        guard let binary = ProcessStart.binary else {
            print("Pseudo-terminal: build saferplan in the same configuration (swift build -c release) to run it")
            return
        }
        let base = Scratch.path("pty")
        let home = base + "/home"
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home, "XDG_DATA_HOME": home,
                   "XDG_CONFIG_HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        // The demo's first frame, best of 5.
        var demo: Double?
        if (try? DemoWorkspaces.write(into: base + "/demo")) != nil {
            for _ in 0..<5 {
                guard let child = ChildOnTerminal([binary, "--read-only", base + "/demo/haringey"], environment: env,
                                                  width: width, height: height, deadlineSeconds: deadline) else { break }
                let t0 = ChildOnTerminal.now()
                if let t = child.waitFor("quit") { demo = min(demo ?? .infinity, Double(t - t0) / 1e6) }
                child.end()
            }
        }
        let idleScale = scales.contains(10) ? 10 : scales.first ?? 1
        var ours: [Int: Figures] = [:], theirs: [Int: Figures] = [:], cells: [Int: (count: Int, bytes: Int)] = [:]
        var dataBytes: [Int: Int] = [:]
        for scale in scales {
            let folder = base + "/\(scale)x"
            let ws = SyntheticWorkspace.make(scale: scale)
            do { try WorkspaceStore.create(ws, at: folder) } catch {
                print("Pseudo-terminal: could not write the \(scale)× workspace: \(error)")
                return
            }
            dataBytes[scale] = folderBytes(folder)
            cells[scale] = changedCells(ws)
            ours[scale] = saferplan(binary, folder: folder, env: env, deadline: deadline,
                                    idleSeconds: scale == idleScale ? idleSeconds : nil)
            if let vd = visidata, let register = registerJSON(ws, at: folder + "-register.json") {
                theirs[scale] = visidataFigures(vd, file: register, rows: ws.risks.risks.count, env: env, deadline: deadline)
            }
        }
        report(scales: scales, demo: demo, ours: ours, theirs: theirs, cells: cells, dataBytes: dataBytes,
               idleScale: idleScale, idleSeconds: idleSeconds, visidata: visidata != nil)
    }

    /// saferplan read-only on the workspace: first frame, then the risk register's keys.
    static func saferplan(_ binary: String, folder: String, env: [String: String], deadline: Int, idleSeconds: Int?) -> Figures {
        var f = Figures()
        guard let child = ChildOnTerminal([binary, "--read-only", folder], environment: env, width: width, height: height,
                                          deadlineSeconds: deadline) else { return f }
        defer { child.end() }
        let t0 = ChildOnTerminal.now()
        guard let first = child.waitFor("quit", within: deadline * 1000) else { return f }
        f.firstFrame = Double(first - t0) / 1e6
        // The first frame leaves the dashboard's checks out; the frame that follows it at once
        // shows them ("… warnings"). Idle is measured after it: it is start-up, not idle work.
        _ = child.waitFor(" warning", within: deadline * 1000)
        child.settle(quietMs: 200, firstMs: 0)
        child.take()
        if let idleSeconds, let c0 = child.cpuMs {
            // Idle on the dashboard: nothing typed, nothing changed on disk.
            let stop = ChildOnTerminal.now() + UInt64(idleSeconds) * 1_000_000_000
            while ChildOnTerminal.now() < stop, !child.pastDeadline { child.settle(quietMs: 200, firstMs: 200) }
            if let c1 = child.cpuMs { f.idleCPU = (c1 - c0) / Double(idleSeconds * 1000) * 100 }
            f.idleBytes = child.take().count
        }
        _ = child.keyLatency("6")
        keysAndBytes(child, into: &f)
        return f
    }

    /// Forty moves down and up timed key by key, then the bytes of one move and of a full repaint
    /// (Ctrl-L), and the peak memory: the same for either program.
    static func keysAndBytes(_ child: ChildOnTerminal, into f: inout Figures) {
        for k in 0..<40 { if let t = child.keyLatency(k < 20 ? "j" : "k") { f.keys.append(t) } }
        child.take()
        if child.keyLatency("j") != nil { f.moveBytes = child.take().count }
        if child.keyLatency("\u{0C}") != nil { f.fullBytes = child.take().count }
        f.peakMiB = child.peakMiB
    }

    /// visidata on the register (`rows` risks): first frame, then keys.
    static func visidataFigures(_ vd: String, file: String, rows: Int, env: [String: String], deadline: Int) -> Figures {
        var f = Figures()
        guard let child = ChildOnTerminal([vd, "-f", "json", file], environment: env, width: width, height: height,
                                          deadlineSeconds: deadline) else { return f }
        defer { child.end() }
        let t0 = ChildOnTerminal.now()
        // Curses sends only what changed, so the row count never arrives whole: the first frame is
        // taken as the last byte before half a second of quiet once loading has drawn.
        guard let loaded = child.settle(quietMs: 500, firstMs: deadline * 1000) else { return f }
        f.firstFrame = Double(loaded - t0) / 1e6
        child.settle(quietMs: 300, firstMs: 0)
        child.take()
        keysAndBytes(child, into: &f)
        return f
    }

    /// The risk register as one JSON array of risks, for visidata.
    static func registerJSON(_ ws: Workspace, at path: String) -> String? {
        guard let data = try? JSONEncoder().encode(ws.risks.risks) else { return nil }
        return FileManager.default.createFile(atPath: path, contents: data) ? path : nil
    }

    /// The bytes of every file under `folder`.
    static func folderBytes(_ folder: String) -> Int {
        guard let walk = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        while let name = walk.nextObject() as? String {
            total += (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0
        }
        return total
    }

    /// The cells a cursor move in the register changes at 100×30, and their bytes as UTF-8.
    static func changedCells(_ ws: Workspace) -> (count: Int, bytes: Int) {
        var s = AppState(workspace: ws, folder: "bench", today: Today.resolve(for: ws.info), size: Size(width: width, height: height))
        _ = Reducer.reduce(&s, .key(.char("6")))
        let before = Renderer.render(s)
        _ = Reducer.reduce(&s, .key(.char("j")))
        let after = Renderer.render(s)
        var count = 0, bytes = 0
        for y in 0..<height {
            for x in 0..<width where before[x, y] != after[x, y] {
                count += 1
                bytes += String(after[x, y].char).utf8.count
            }
        }
        return (count, bytes)
    }

    static func report(scales: [Int], demo: Double?, ours: [Int: Figures], theirs: [Int: Figures],
                       cells: [Int: (count: Int, bytes: Int)], dataBytes: [Int: Int], idleScale: Int, idleSeconds: Int,
                       visidata: Bool) {
        func ms(_ v: Double?) -> String { v.map { String(format: "%.1f", $0) } ?? "n/a" }
        func ratio(_ a: Double?, _ b: Double?) -> String {
            guard let a, let b, b > 0 else { return "n/a" }
            return String(format: "%.2f×", a / b)
        }
        var rows: [[String]] = []
        for scale in scales {
            let o = ours[scale] ?? Figures(), t = theirs[scale] ?? Figures()
            rows.append(["\(scale)×", String(format: "%.1f MB", Double(dataBytes[scale] ?? 0) / 1e6), ms(o.firstFrame), ms(t.firstFrame),
                         ratio(o.firstFrame, t.firstFrame), ms(o.p50) + " / " + ms(o.p99), ms(t.p50) + " / " + ms(t.p99),
                         ms(o.peakMiB), ms(t.peakMiB), ratio(o.peakMiB, t.peakMiB)])
        }
        print("On a pseudo-terminal at \(width)×\(height): saferplan --read-only beside visidata on the same register as JSON"
              + (visidata ? "" : " (vd not on PATH: its columns are n/a)"))
        print("(first frame and key in milliseconds, key = sending j or k to the last byte of the answer; memory = peak resident MiB)")
        printTable(["scale", "files", "first frame", "vd", "ratio", "key p50 / p99", "vd key p50 / p99", "peak MiB", "vd MiB", "ratio"], rows)
        print("")
        var bytes: [[String]] = []
        for scale in scales {
            let o = ours[scale] ?? Figures(), t = theirs[scale] ?? Figures()
            let c = cells[scale] ?? (0, 0)
            bytes.append(["\(scale)×", "\(c.count) (\(c.bytes) B)", o.moveBytes.map(String.init) ?? "n/a",
                          o.moveBytes.map { String(format: "%.2f×", Double($0) / Double(max(1, c.bytes))) } ?? "n/a",
                          o.fullBytes.map(String.init) ?? "n/a",
                          ratio(o.moveBytes.map(Double.init), o.fullBytes.map(Double.init)).replacingOccurrences(of: "×", with: ""),
                          t.moveBytes.map(String.init) ?? "n/a", t.fullBytes.map(String.init) ?? "n/a",
                          ratio(t.moveBytes.map(Double.init), t.fullBytes.map(Double.init)).replacingOccurrences(of: "×", with: "")])
        }
        print("Bytes written for one cursor move in the register (j) against the cells it changed and a full repaint (Ctrl-L)")
        printTable(["scale", "cells changed", "bytes", "per changed byte", "full repaint", "move / full", "vd bytes", "vd full", "vd move / full"], bytes)
        print("")
        print("Goals")
        let o10 = ours[10], t10 = theirs[10], o1 = ours[1]
        if let d = demo { print(String(format: "  first frame on the demo: %.1f ms (goal ≤ 100 ms): %@", d, verdict(d <= 100))) }
        if let a = o10?.firstFrame {
            if let b = t10?.firstFrame {
                print(String(format: "  first frame at 10×: %.0f ms, visidata %.0f ms, %.2f× (goal ≤ 0.5×): %@", a, b, a / b, verdict(a <= 0.5 * b)))
            } else {
                print(String(format: "  first frame at 10×: %.0f ms (visidata not measured)", a))
            }
        }
        if let a = o10?.p50, let b = o1?.p50 {
            print(String(format: "  key p50 at 10× on a terminal: %.1f ms, 1× %.1f ms, %.2f× (goal ≤ 1.5×): %@", a, b, a / b, verdict(a <= 1.5 * b)))
            if let v = t10?.p50 {
                print(String(format: "  key p50 at 10×: %.1f ms, visidata %.1f ms (goal: well under): %@", a, v, verdict(a < 0.5 * v)))
            }
        }
        if let o = ours[idleScale], let cpu = o.idleCPU {
            print(String(format: "  idle CPU at %d× over %d s on the dashboard: %.2f %% of a core, %d bytes written (goal 0 %%): %@",
                         idleScale, idleSeconds, cpu, o.idleBytes ?? 0, verdict(cpu < 0.1 && (o.idleBytes ?? 0) == 0)))
        }
        for scale in scales where scale == 10 || scales.count == 1 {
            guard let o = ours[scale], let moved = o.moveBytes, let full = o.fullBytes, let c = cells[scale] else { continue }
            let perCell = Double(moved) / Double(max(1, c.bytes)), share = Double(moved) / Double(max(1, full))
            print(String(format: "  bytes per move at %d×: %d for %d changed bytes, %.2f× (goal ≤ 2×): %@; %.1f %% of a full repaint (goal ≤ 5 %%): %@",
                         scale, moved, c.bytes, perCell, verdict(perCell <= 2), share * 100, verdict(share <= 0.05)))
        }
        if let a = o10?.peakMiB {
            if let b = t10?.peakMiB {
                print(String(format: "  peak memory at 10×: %.0f MiB, visidata %.0f MiB (goal ≤): %@", a, b, verdict(a <= b)))
            } else {
                print(String(format: "  peak memory at 10×: %.0f MiB (visidata not measured)", a))
            }
        }
        let measured = scales.filter { ours[$0]?.peakMiB != nil && dataBytes[$0] != nil }
        if let lo = measured.first, let hi = measured.last, lo != hi, let a = ours[lo]?.peakMiB, let b = ours[hi]?.peakMiB,
           let da = dataBytes[lo], let db = dataBytes[hi] {
            let grew = b / a, data = Double(db) / Double(da)
            print(String(format: "  memory from %d× to %d×: grew %.2f× while the files grew %.2f× (goal: no faster): %@",
                         lo, hi, grew, data, verdict(grew <= data)))
        }
    }
}

/// visidata, when `vd` is on PATH.
enum Visidata {
    static var path: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = String(dir) + "/vd"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}
