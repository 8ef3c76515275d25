import Foundation
import PlanCore
import SyntheticWorkspace

enum BenchMain {
    static func run() {
        let args = CommandLine.arguments.dropFirst()
        let scales = args.contains("--quick") ? [1] : [1, 10]
        print("SaferPlan benchmark (release build, \(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print("")
        if args.contains("--merge-only") {
            MergeBench.run(scales: scales)
            return
        }
        StoreBench.run(scales: scales)
        print("")
        ImportBench.run()
        print("")
        MergeBench.run(scales: scales)
        if !args.contains("--store-only") {
            print("")
            TerminalBench.run()
        }
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

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

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
