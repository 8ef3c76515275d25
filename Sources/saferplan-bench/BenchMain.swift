import ArgumentParser
import Foundation
import PlanCore
import SyntheticWorkspace

/// `swift run -c release saferplan-bench`: the benchmark tables, each goal printed with its figure
/// and its peer's from the same run.
@main
struct BenchMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saferplan-bench",
        abstract: "Times SaferPlan on synthetic workspaces and prints each goal beside its figure and its peer's.",
        discussion: """
            1× is 50 bodies, 2,000 actions, 500 risks with 12 reviews each and 100 indicators with 12 quarters; \
            10× and 30× are that many times more. Figures on a pseudo-terminal need saferplan built in the same \
            configuration beside this program (swift build -c release); visidata's figures need `vd` on PATH. \
            Every program started has a deadline and is killed at the end.
            """)

    @Option(name: .customLong("write-workspace"), help: ArgumentHelp("Write the synthetic workspace into this folder and stop.", valueName: "dir"))
    var writeWorkspace: String?

    @Option(help: "The scale of the workspace --write-workspace writes.")
    var scale = 1

    @Option(help: ArgumentHelp("The scales the keystroke, first-frame and memory figures are taken at, comma-separated.", valueName: "list"))
    var scales = "1,10,30"

    @Option(help: ArgumentHelp("Parts to run, comma-separated: store, import, merge, keys, terminal, pty (default: all).", valueName: "list"))
    var only: String?

    @Flag(help: "Scale 1 only, fewer runs.")
    var quick = false

    @Option(help: "Seconds the idle CPU is measured over.")
    var idleSeconds = 10

    @Option(help: "Seconds any program started may run before it is killed.")
    var deadline = 120

    @Flag(name: .customLong("no-visidata"), help: "Leave visidata out even when vd is on PATH.")
    var noVisidata = false

    func validate() throws {
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1 (got \(scale))") }
        guard !parsedScales.isEmpty else { throw ValidationError("--scales needs whole numbers of at least 1, e.g. 1,10,30 (got \"\(scales)\")") }
        let known: Set<String> = ["store", "import", "merge", "keys", "terminal", "pty"]
        if let bad = parts?.first(where: { !known.contains($0) }) {
            throw ValidationError("--only: no part \"\(bad)\"; the parts are " + known.sorted().joined(separator: ", "))
        }
        guard idleSeconds >= 1, deadline >= 5 else { throw ValidationError("--idle-seconds must be ≥ 1 and --deadline ≥ 5") }
    }

    var parsedScales: [Int] {
        if quick { return [1] }
        let list = scales.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        // A scale given twice is measured once.
        var seen = Set<Int>()
        return list.allSatisfy { $0 >= 1 } ? list.filter { seen.insert($0).inserted } : []
    }

    var parts: Set<String>? { only.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) } }

    func wants(_ part: String) -> Bool { parts?.contains(part) ?? true }

    func run() throws {
        if let folder = writeWorkspace {
            try WorkspaceStore.create(SyntheticWorkspace.make(scale: scale), at: folder)
            print("Wrote the \(scale)× synthetic workspace to \(folder)")
            return
        }
        defer { Scratch.removeAll() }
        let scales = parsedScales
        let storeScales = quick ? [1] : scales.filter { $0 <= 10 }
        #if DEBUG
        let build = "DEBUG build: figures are not comparable with a release build's"
        #else
        let build = "release build"
        #endif
        print("SaferPlan benchmark (\(build), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Machine.describe()))")
        print("")
        if wants("store") { StoreBench.run(scales: storeScales); print("") }
        if wants("import") { ImportBench.run(); print("") }
        if wants("merge") { MergeBench.run(scales: storeScales); print("") }
        if wants("keys") { KeyBench.run(scales: scales, quick: quick); print("") }
        if wants("terminal") { TerminalBench.run(); print("") }
        if wants("pty") {
            PtyBench.run(scales: scales, idleSeconds: idleSeconds, deadline: deadline,
                         visidata: noVisidata ? nil : Visidata.path)
        }
    }
}

/// The machine the figures were taken on: its processor, as the system names it.
enum Machine {
    static func describe() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        let memory = info.isEmpty ? nil : (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { line in line.split(separator: " ").dropFirst().first.flatMap { Double($0) } }
            .map { String(format: ", %.0f GiB", $0 / 1_048_576) }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").first.map { ", load average \($0) at the start" }
        return (model ?? "processor unknown") + (memory ?? "") + (load ?? "")
    }
}

/// Times a block: the best of `runs` wall-clock times, in milliseconds.
func bestOf(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        let t1 = DispatchTime.now().uptimeNanoseconds
        best = min(best, Double(t1 - t0) / 1e6)
    }
    return best
}

/// Wall-clock milliseconds of one run of a block.
func timed(_ body: () throws -> Void) rethrows -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
}

/// The value at fraction `q` (0.5, 0.99) of sorted samples.
func percentile(_ samples: [Double], _ q: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * q).rounded()))]
}

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// "met" or "NOT met".
func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }

/// Pads cells into a table with a header rule.
func printTable(_ header: [String], _ rows: [[String]]) {
    let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { i, s in
            i == 0 ? s.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[i] - s.count) + s
        }.joined(separator: "  ")
    }
    print(line(header))
    print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
    rows.forEach { print(line($0)) }
}
