import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Time from starting the `saferplan` process on a pseudo-terminal to its first complete frame
/// (the key-hint line, drawn last, has arrived).
enum ProcessStart {
    /// The saferplan binary built beside this benchmark, if there is one.
    static var binary: String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("saferplan").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Best of `runs` times in milliseconds, or nil when the process could not be run.
    static func firstFrame(binary: String, workspace: String, width: Int, height: Int, runs: Int) -> Double? {
        var best = Double.infinity
        for _ in 0..<runs {
            guard let t = once(binary: binary, workspace: workspace, width: width, height: height) else { return nil }
            best = min(best, t)
        }
        return best
    }

    static func once(binary: String, workspace: String, width: Int, height: Int) -> Double? {
        var master: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(binary), strdup("--read-only"), strdup(workspace), nil]
        defer { argv.forEach { free($0) } }
        let env: [UnsafeMutablePointer<CChar>?] = [strdup("TERM=xterm-256color"), strdup("LANG=C.UTF-8"), nil]
        defer { env.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            execve(binary, argv, env)
            _exit(127)
        }
        guard pid > 0 else { return nil }
        defer {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(master)
        }
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let marker = Array("quit".utf8)
        let deadline = start + 10_000_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 100) > 0 else { continue }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }
            seen += buffer[0..<n]
            if seen.count >= marker.count, containsMarker(seen, marker) {
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            }
        }
        return nil
    }

    static func containsMarker(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        guard bytes.count >= marker.count else { return false }
        for i in 0...(bytes.count - marker.count) where bytes[i] == marker[0] && Array(bytes[i..<(i + marker.count)]) == marker {
            return true
        }
        return false
    }
}
