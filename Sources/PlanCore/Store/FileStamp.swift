#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// The stamp of `path` now (following links), `.absent` when there is nothing to stat.
    static func current(of path: String) -> FileStamp {
        var st = stat()
        guard stat(path, &st) == 0 else { return .absent }
        return FileStamp(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int64(st.st_size),
                         seconds: Int(st.st_ctim.tv_sec), nanoseconds: Int(st.st_ctim.tv_nsec))
    }
}
