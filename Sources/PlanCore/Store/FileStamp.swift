#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// What `stat` says of a file — device, inode, size, change time — or that it is absent: a cheap
/// first look when polling for changes. Equal stamps mean the file was not touched; different ones
/// mean its contents must be compared (a `touch` or an identical rewrite changes the stamp only).
struct FileStamp: Hashable, Sendable {
    private let device: UInt64
    private let inode: UInt64
    private let size: Int64
    private let seconds: Int
    private let nanoseconds: Int

    static let absent = FileStamp(device: 0, inode: 0, size: -1, seconds: 0, nanoseconds: 0)

    private init(device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The stamp of what `stat` or `fstat` returned.
    init(_ st: stat) {
        self.init(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                  seconds: Int(st.st_ctim.tv_sec), nanoseconds: Int(st.st_ctim.tv_nsec))
    }

    /// The stamp of `path` now (following links), `.absent` when there is nothing to stat.
    static func current(of path: String) -> FileStamp {
        StampCount.counter?.add()
        var st = stat()
        guard stat(path, &st) == 0 else { return .absent }
        return FileStamp(st)
    }
}

/// A seam for tests: counts the paths stamped by ``FileStamp/current(of:)`` in the task that set
/// a counter, so a test can tell a second pass of `stat` over every file from none.
enum StampCount {
    /// The counter of the current task; nil (the default) counts nothing.
    @TaskLocal static var counter: Counter?

    /// How many stamps were taken.
    final class Counter: Sendable {
        private let taken = Mutex(0)
        /// A counter at zero.
        init() {}
        /// The stamps taken so far.
        var count: Int { taken.withLock { $0 } }
        func add() { taken.withLock { $0 += 1 } }
    }
}
