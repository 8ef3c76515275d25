#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LoaderFuzzing
import PlanCore

/// `saferplan-fuzz [--cases N] [--seed S] [--huge BYTES] [--limit SECONDS] [--replay CASESEED [--out FILE]]`
///
/// Damages valid workspace, import, config and theme files in thousands of ways and feeds them to
/// every loader: no crash, no hang (a case over the CPU-time limit aborts the run, naming its seed;
/// so does a case that crashes the process), every refusal names the file. Exit status 0 when
/// nothing was found, 1 otherwise. `--replay CASESEED --out FILE` writes that case's damaged bytes
/// to FILE instead of running it, to read it alone or keep it as a test.
///
/// `saferplan-fuzz synthetic DIR SCALE` and `saferplan-fuzz save DIR` serve `Scripts/crash-test.sh`.
let usage = """
    usage: saferplan-fuzz [--cases N] [--seed S] [--huge BYTES] [--limit SECONDS] [--replay CASESEED [--out FILE]]
           saferplan-fuzz synthetic DIR SCALE   (writes the large synthetic workspace)
           saferplan-fuzz save DIR              (changes and saves every file, as the app does)

    """
if let tool = CrashTool(CommandLine.arguments.dropFirst()) { exit(tool.run()) }
var cases = 100_000
var seed: UInt64 = 1
var huge = 1 << 20
var limit: UInt32 = 20
var replay: UInt64?
var out: String?
var args = CommandLine.arguments.dropFirst()
while let flag = args.popFirst() {
    guard let value = args.popFirst() else {
        _ = usage.withCString { write(2, $0, strlen($0)) }
        exit(2)
    }
    switch flag {
    case "--cases": cases = Int(value) ?? cases
    case "--seed": seed = UInt64(value) ?? seed
    case "--huge": huge = Int(value) ?? huge
    case "--limit": limit = UInt32(value) ?? limit
    case "--replay": replay = UInt64(value)
    case "--out": out = value
    default:
        _ = usage.withCString { write(2, $0, strlen($0)) }
        exit(2)
    }
}

/// The seed of the case running now, in decimal, for the time-limit handler to print.
nonisolated(unsafe) let currentCase = UnsafeMutablePointer<CChar>.allocate(capacity: 64)
currentCase.initialize(repeating: 0, count: 64)
// The limit counts the case's own CPU time, so a loaded machine does not pass for a hang.
signal(SIGVTALRM) { _ in
    let head = "saferplan-fuzz: a case used more than the CPU-time limit (a hang); replay it with --replay "
    _ = head.withCString { write(2, $0, strlen($0)) }
    _ = write(2, currentCase, strlen(currentCase))
    _ = write(2, "\n", 1)
    _exit(3)
}
// A case that crashes the process names its seed before the signal takes the process down.
for crash in [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP] {
    signal(crash) { sig in
        let head = "saferplan-fuzz: a case crashed the process; replay it with --replay "
        _ = head.withCString { write(2, $0, strlen($0)) }
        _ = write(2, currentCase, strlen(currentCase))
        let tail = " (add --out FILE to keep its bytes)\n"
        _ = tail.withCString { write(2, $0, strlen($0)) }
        signal(sig, SIG_DFL)
        raise(sig)
    }
}

/// Prints a line at once, so progress shows up while a long campaign runs into a file.
func say(_ line: String) {
    print(line)
    fflush(nil)
}

let campaign = FuzzCampaign(hugeLength: huge)
if let replay, let out {
    let (target, mutation, bytes) = campaign.caseInput(seed: replay)
    do { try FileSystem.writeAtomically(bytes, to: out) } catch {
        say("saferplan-fuzz: \(error)")
        exit(1)
    }
    say("\(target.name) \(mutation.rawValue): \(bytes.count) bytes written to \(out)")
    exit(0)
}
if let replay {
    _ = String(replay).withCString { strncpy(currentCase, $0, 63) }
    let (target, mutation, outcome) = campaign.runCase(seed: replay)
    print("\(target) \(mutation.rawValue): \(outcome)")
    exit(0)
}
let started = FuzzCampaign.now()
var report = FuzzCampaign.Report()
for i in 0..<cases {
    let s = campaign.caseSeed(seed, i)
    _ = String(s).withCString { strncpy(currentCase, $0, 63) }
    var timer = itimerval(it_interval: timeval(), it_value: timeval(tv_sec: Int(limit), tv_usec: 0))
    setitimer(__itimer_which_t(ITIMER_VIRTUAL.rawValue), &timer, nil)
    let start = FuzzCampaign.now()
    let (target, mutation, outcome) = campaign.runCase(seed: s)
    let took = FuzzCampaign.now() - start
    report.cases += 1
    report.perMutation[mutation, default: 0] += 1
    if took > (report.slowest?.seconds ?? -1) { report.slowest = (took, target, mutation, s) }
    switch outcome {
    case .accepted: report.accepted += 1
    case .refused: report.refused += 1
    case .unnamedRefusal(let message):
        report.failures.append(FuzzCampaign.Failure(target: target, mutation: mutation, seed: s, message: message))
        say("FAILURE \(target) \(mutation.rawValue) case \(s): \(message)")
    }
    if (i + 1) % 10_000 == 0 {
        say("\(i + 1) cases, \(report.failures.count) failures, \(Int(FuzzCampaign.now() - started)) s")
    }
}
var off = itimerval()
setitimer(__itimer_which_t(ITIMER_VIRTUAL.rawValue), &off, nil)
let slowest = report.slowest.map { String(format: "%.3f s (%@ %@, case %llu)", $0.seconds, $0.target, $0.mutation.rawValue, $0.seed) } ?? "-"
print("""
    \(report.cases) cases in \(String(format: "%.1f", FuzzCampaign.now() - started)) s: \(report.accepted) accepted, \
    \(report.refused) refused naming the file, \(report.failures.count) failures, 0 crashes, 0 hangs; slowest \(slowest)
    """)
exit(report.failures.isEmpty ? 0 : 1)
