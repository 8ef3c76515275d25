import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program started on its own pseudo-terminal: keys are written to it, its output is read and
/// counted, and it is killed at the end or when its deadline passes, whichever comes first.
final class ChildOnTerminal {
    let pid: pid_t
    private let master: Int32
    private let deadline: UInt64
    private var ended = false
    /// Bytes read since the last `take()`.
    private(set) var pending: [UInt8] = []

    /// Starts `argv` on a `width`×`height` pseudo-terminal, with `environment` as its whole
    /// environment; nil when it could not be started.
    init?(_ argv: [String], environment: [String: String], width: Int, height: Int, deadlineSeconds: Int) {
        var m: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        let args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let env: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            args.forEach { free($0) }
            env.forEach { free($0) }
        }
        let p = forkpty(&m, nil, nil, &size)
        if p == 0 {
            execve(argv[0], args, env)
            _exit(127)
        }
        guard p > 0 else { return nil }
        pid = p
        master = m
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(deadlineSeconds) * 1_000_000_000
    }

    deinit { end() }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    var pastDeadline: Bool { ChildOnTerminal.now() >= deadline }

    /// Reads what is there within `waitMs`; the time of the read, or nil when nothing came.
    @discardableResult
    private func readOnce(waitMs: Int32) -> UInt64? {
        guard !ended, !pastDeadline else { return nil }
        var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&fds, 1, waitMs) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        pending += buffer[0..<n]
        return ChildOnTerminal.now()
    }

    /// Reads until `marker` (or one of `also`) has arrived; the time it did, or nil at the deadline.
    func waitFor(_ marker: String, or also: [String] = [], within ms: Int = 30_000) -> UInt64? {
        let markers = ([marker] + also).map { Array($0.utf8) }
        let longest = markers.map(\.count).max() ?? 0
        let stop = ChildOnTerminal.now() + UInt64(ms) * 1_000_000
        var searched = 0
        while ChildOnTerminal.now() < stop, !pastDeadline {
            guard let t = readOnce(waitMs: 50) else { continue }
            if markers.contains(where: { find($0, from: max(0, searched - longest)) != nil }) { return t }
            searched = pending.count
        }
        return nil
    }

    private func find(_ marker: [UInt8], from: Int) -> Int? {
        guard pending.count >= marker.count, from <= pending.count - marker.count else { return nil }
        for i in from...(pending.count - marker.count) where pending[i] == marker[0] {
            if pending[i..<(i + marker.count)].elementsEqual(marker) { return i }
        }
        return nil
    }

    /// Waits for output to start (up to `firstMs`) and then to stop for `quietMs`; the time of the
    /// last byte, or nil when nothing came.
    @discardableResult
    func settle(quietMs: Int32 = 40, firstMs: Int = 5_000) -> UInt64? {
        let stop = ChildOnTerminal.now() + UInt64(firstMs) * 1_000_000
        var last: UInt64?
        while last == nil, ChildOnTerminal.now() < stop, !pastDeadline { last = readOnce(waitMs: 20) }
        guard last != nil else { return nil }
        while let t = readOnce(waitMs: quietMs) { last = t }
        return last
    }

    /// The bytes read since the last call.
    @discardableResult
    func take() -> [UInt8] {
        defer { pending = [] }
        return pending
    }

    /// Sends keys as the terminal would.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Milliseconds from sending `key` to the last byte of the answer, or nil when none came.
    func keyLatency(_ key: String, quietMs: Int32 = 40) -> Double? {
        take()
        let t0 = ChildOnTerminal.now()
        send(key)
        return settle(quietMs: quietMs).map { Double($0 - t0) / 1e6 }
    }

    /// User plus system CPU time so far, in milliseconds (from /proc).
    var cpuMs: Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let u = Double(fields[11]), let s = Double(fields[12]) else { return nil }
        return (u + s) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Peak resident memory so far, in MiB (VmHWM from /proc).
    var peakMiB: Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kib / 1024
    }

    /// Kills the program (SIGTERM, then SIGKILL after half a second) and reaps it.
    func end() {
        guard !ended else { return }
        ended = true
        kill(pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        close(master)
    }
}
