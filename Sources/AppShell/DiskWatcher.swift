#if canImport(Glibc)
import Glibc
#endif
import PlanCore

/// Notices when another hand may have written a workspace file, cheaply enough to ask on every
/// idle wait: inotify on the folder and its record folders (`risks/`…) where the system has it (a
/// read that returns at once when nothing happened), else a look at each file's size, time and
/// inode once a second. It only says "look again"; whether a file really changed is decided by
/// its fingerprint.
final class DiskWatcher {
    private let folder: String
    private let names: Set<String>
    private let recordFolders = Set(RecordFiles.parts.map(\.recordFolder))
    private var inotify: Int32 = -1
    /// The inotify watch of each record folder being watched.
    private var recordWatches: [Int32: String] = [:]
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
                for name in recordFolders { watchRecordFolder(name) }
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

    /// The descriptor that becomes readable when something happens in the folder, for the loop to
    /// sleep on; nil when the folder is polled.
    var descriptor: Int32? { inotify >= 0 ? inotify : nil }

    /// How long the loop may sleep before the folder must be looked at: nil (for ever) with
    /// inotify, the poll interval without.
    var wakeIntervalMs: Int32? { inotify >= 0 ? nil : Int32(DiskWatcher.pollInterval) }

    /// True when a workspace file may have changed since the last call.
    func somethingHappened(nowMs: Int) -> Bool {
        if inotify >= 0 { return drainInotify() }
        guard nowMs - lastPoll >= DiskWatcher.pollInterval else { return false }
        lastPoll = nowMs
        let now = currentStamps()
        defer { stamps = now }
        return now != stamps
    }

    /// Watches a record folder too, when it is there.
    private func watchRecordFolder(_ name: String) {
        #if os(Linux)
        guard !recordWatches.values.contains(name) else { return }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)
        let wd = inotify_add_watch(inotify, FileSystem.join(folder, name), mask)
        if wd >= 0 { recordWatches[wd] = name }
        #endif
    }

    /// Watches a record folder afresh after the folder itself was created, removed or moved (a
    /// `git checkout` removes and makes it again): a watch follows the folder it was added on, so
    /// the old one is dropped and the folder now under the name, if any, is watched.
    private func rewatchRecordFolder(_ name: String) {
        #if os(Linux)
        for (wd, watched) in recordWatches where watched == name {
            inotify_rm_watch(inotify, wd)
            recordWatches[wd] = nil
        }
        watchRecordFolder(name)
        #endif
    }

    /// Reads every pending event; true when one names a workspace file or a record file.
    private func drainInotify() -> Bool {
        var hit = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let event = buffer.withUnsafeBytes { raw in
                    raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                }
                let length = Int(event.len)
                let nameBytes = buffer[(offset + header)..<min(n, offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if recordWatches[event.wd] != nil {
                    if event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF) != 0 {
                        // The folder is gone: its watch with it. The folder's own entry in the
                        // workspace folder says when one is made again.
                        if event.mask & UInt32(IN_IGNORED) != 0 { recordWatches[event.wd] = nil }
                        hit = true
                    } else if RecordFiles.isRecordFileName(name) {
                        hit = true
                    }
                } else if names.contains(name) {
                    hit = true
                } else if recordFolders.contains(name) {
                    rewatchRecordFolder(name)
                    hit = true
                }
                offset += header + length
            }
        }
        return hit
    }

    private func currentStamps() -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        var all = Array(names)
        for dir in recordFolders {
            for name in FileSystem.list(FileSystem.join(folder, dir)) where RecordFiles.isRecordFileName(name) {
                all.append(dir + "/" + name)
            }
        }
        for name in all {
            var st = stat()
            if stat(FileSystem.join(folder, name), &st) == 0 {
                out[name] = [Int(st.st_ino), Int(st.st_size), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec)]
            }
        }
        return out
    }
}
