#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of fuzz cases over loaders, with what was found.
public struct FuzzCampaign: Sendable {
    /// A case whose refusal did not name the file.
    public struct Failure: Sendable, CustomStringConvertible {
        public var target: String
        public var mutation: Mutation
        public var seed: UInt64
        public var message: String
        public var description: String { "\(target) \(mutation.rawValue) seed \(seed): \(message)" }

        public init(target: String, mutation: Mutation, seed: UInt64, message: String) {
            self.target = target
            self.mutation = mutation
            self.seed = seed
            self.message = message
        }
    }

    /// What a campaign found.
    public struct Report: Sendable {
        public var cases = 0
        public var accepted = 0
        public var refused = 0
        public var failures: [Failure] = []
        /// The slowest case in seconds, and which.
        public var slowest: (seconds: Double, target: String, mutation: Mutation, seed: UInt64)?
        /// Cases per mutation kind.
        public var perMutation: [Mutation: Int] = [:]

        public init() {}
    }

    public var targets: [LoaderTarget]
    /// The length of strings the huge-string mutation inserts.
    public var hugeLength: Int

    public init(targets: [LoaderTarget] = LoaderTarget.all, hugeLength: Int = 1 << 20) {
        self.targets = targets
        self.hugeLength = hugeLength
    }

    /// The case with number `index` of a campaign started from `seed`: which target, which
    /// mutation(s), and its own seed, so any case can be replayed alone.
    public func caseSeed(_ seed: UInt64, _ index: Int) -> UInt64 {
        var r = FuzzRandom(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        return r.next()
    }

    /// Runs one case and returns the target's name, the mutation and the outcome.
    public func runCase(seed: UInt64) -> (target: String, mutation: Mutation, outcome: LoaderTarget.Outcome) {
        var random = FuzzRandom(seed: seed)
        let target = targets[random.below(targets.count)]
        let donors = targets.flatMap(\.seeds)
        var bytes = target.seeds[random.below(target.seeds.count)]
        let mutation = Mutation.allCases[random.below(Mutation.allCases.count)]
        bytes = mutation.apply(to: bytes, donors: donors, hugeLength: hugeLength, random: &random)
        // Sometimes stack a few more small mutations on top.
        for _ in 0..<random.below(3) {
            let extra = [Mutation.bitFlip, .randomBytes, .deletion, .typeSwap][random.below(4)]
            bytes = extra.apply(to: bytes, donors: donors, hugeLength: hugeLength, random: &random)
        }
        return (target.name, mutation, target.run(bytes))
    }

    /// Runs `count` cases from `seed`, calling `progress` every 1,000 cases.
    public func run(count: Int, seed: UInt64, progress: (Report) -> Void = { _ in }) -> Report {
        var report = Report()
        for i in 0..<count {
            let s = caseSeed(seed, i)
            let start = monotonicSeconds()
            let (target, mutation, outcome) = runCase(seed: s)
            let took = monotonicSeconds() - start
            report.cases += 1
            report.perMutation[mutation, default: 0] += 1
            if took > (report.slowest?.seconds ?? -1) { report.slowest = (took, target, mutation, s) }
            switch outcome {
            case .accepted: report.accepted += 1
            case .refused: report.refused += 1
            case .unnamedRefusal(let message):
                report.failures.append(Failure(target: target, mutation: mutation, seed: s, message: message))
            }
            if (i + 1) % 1000 == 0 { progress(report) }
        }
        return report
    }

    /// Seconds on a clock that only goes forward.
    public static func now() -> Double { monotonicSeconds() }
}

private func monotonicSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
