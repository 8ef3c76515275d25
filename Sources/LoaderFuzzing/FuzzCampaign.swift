#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A run of fuzz cases over loaders, with what was found.
public struct FuzzCampaign: Sendable {
    /// A case whose refusal did not name the file.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The name of the loader the case ran.
        public var target: String
        /// The mutation the case applied first.
        public var mutation: Mutation
        /// The case's own seed, to replay it alone.
        public var seed: UInt64
        /// The refusal's message, which did not name the file.
        public var message: String
        /// The failure on one line: target, mutation, seed and message.
        public var description: String { "\(target) \(mutation.rawValue) seed \(seed): \(message)" }

        /// A failure of the given case with its message.
        public init(target: String, mutation: Mutation, seed: UInt64, message: String) {
            self.target = target
            self.mutation = mutation
            self.seed = seed
            self.message = message
        }
    }

    /// What a campaign found.
    public struct Report: Sendable {
        /// How many cases ran.
        public var cases = 0
        /// Cases whose damaged bytes the loader accepted.
        public var accepted = 0
        /// Cases the loader refused with a message naming the file.
        public var refused = 0
        /// Cases refused without naming the file (or naming another): failures of the loader.
        public var failures: [Failure] = []
        /// The slowest case in seconds, and which.
        public var slowest: (seconds: Double, target: String, mutation: Mutation, seed: UInt64)?
        /// Cases per mutation kind.
        public var perMutation: [Mutation: Int] = [:]

        /// An empty report: no cases run.
        public init() {}
    }

    /// The loaders the cases are drawn from.
    public var targets: [LoaderTarget]
    /// The length of strings the huge-string mutation inserts.
    public var hugeLength: Int

    /// A campaign over `targets`, inserting strings of `hugeLength` bytes (1 MiB by default).
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
        let (target, mutation, bytes) = caseInput(seed: seed)
        return (target.name, mutation, target.run(bytes))
    }

    /// The case with `seed` without running it: its target, its first mutation and the damaged
    /// bytes, so a case that crashes the process can be written to a file and read alone.
    public func caseInput(seed: UInt64) -> (target: LoaderTarget, mutation: Mutation, bytes: [UInt8]) {
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
        return (target, mutation, bytes)
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
