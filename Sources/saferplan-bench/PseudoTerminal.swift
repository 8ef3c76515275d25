import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal pair for the benchmark: curses writes to the slave side, a reader thread
/// empties the master side and counts the bytes.
final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let lock = NSLock()
    private var count = 0
    private var reader: Thread?

    private init(master: Int32, slave: Int32) {
        self.master = master
        self.slave = slave
    }

    /// Opens a pair and starts counting, or nil when the system has none to give.
    static func open() -> PseudoTerminal? {
        var m: Int32 = -1, s: Int32 = -1
        guard openpty(&m, &s, nil, nil, nil) == 0 else { return nil }
        let pty = PseudoTerminal(master: m, slave: s)
        let thread = Thread { [pty] in pty.readLoop() }
        pty.reader = thread
        thread.start()
        return pty
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if n <= 0 { return }
            lock.lock()
            count += n
            lock.unlock()
        }
    }

    /// Sets the window size the slave reports.
    func setSize(width: Int, height: Int) {
        var ws = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &ws)
    }

    /// Waits until the output has settled and returns the bytes written since the last call.
    @discardableResult
    func drain() -> Int {
        var last = -1
        while true {
            usleep(20_000)
            lock.lock()
            let now = count
            lock.unlock()
            if now == last { break }
            last = now
        }
        lock.lock()
        defer { count = 0; lock.unlock() }
        return count
    }

    func close() {
        Glibc.close(slave)
        Glibc.close(master)
    }
}
