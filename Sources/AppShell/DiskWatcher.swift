#if canImport(Glibc)
import Glibc
#endif
import PlanCore

/// Notices when another hand may have written a workspace file, cheaply enough to ask on every
/// idle wait: inotify on the folder where the system has it (a read that returns at once when
/// nothing happened), else a look at each file's size, time and inode once a second. It only says
/// "look again"; whether a file really changed is decided by its fingerprint.
final class DiskWatcher {
    private let folder: String
    private let names: Set<String>
    private var inotify: Int32 = -1
    private var stamps: [String: [Int]] = [:]
    private var lastPoll = 0

    /// How often the folder is looked at when inotify is not there, in milliseconds.
    static let pollInterval = 1000

    init(folder: String, useInotify: Bool = true) {
        self.folder = folder
        names = Set(WorkspaceFile.allCases.map(\.fileName))
        #if os(Linux)
        if useInotify {
            let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)
            if fd >= 0, inotify_add_watch(fd, folder, mask) >= 0 {
                inotify = fd
            } else if fd >= 0 {
                close(fd)
            }
        }
        #endif
        if inotify < 0 { stamps = currentStamps() }
    }

    deinit { if inotify >= 0 { close(inotify) } }

    /// True when inotify watches the folder (else it is polled).
    var usesInotify: Bool { inotify >= 0 }

    /// True when a workspace file may have changed since the last call.
    func somethingHappened(nowMs: Int) -> Bool {
        if inotify >= 0 { return drainInotify() }
        guard nowMs - lastPoll >= DiskWatcher.pollInterval else { return false }
        lastPoll = nowMs
        let now = currentStamps()
        defer { stamps = now }
        return now != stamps
    }

    /// Reads every pending event; true when one names a workspace file.
    private func drainInotify() -> Bool {
        var hit = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let length = buffer.withUnsafeBytes { raw -> Int in
                    Int(raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self).len)
                }
                let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
                if names.contains(String(decoding: nameBytes, as: UTF8.self)) { hit = true }
                offset += header + length
            }
        }
        return hit
    }

    private func currentStamps() -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for name in names {
            var st = stat()
            if stat(FileSystem.join(folder, name), &st) == 0 {
                out[name] = [Int(st.st_ino), Int(st.st_size), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec)]
            }
        }
        return out
    }
}
